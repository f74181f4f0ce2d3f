import Foundation
import Testing

/// Page and chart code writes markup only through the `HTML` builder: literal parts are markup, every
/// interpolated `String` is escaped. The one way around that, `HTML(trusted:)`, is allowed only where listed
/// here with the reason; and no code escapes by hand, since a forgotten call is exactly the bug the builder
/// prevents.
@Suite struct RawMarkupTests {
    /// Every way to turn a `String` into markup without escaping it.
    static let trustGates = ["HTML(trusted:", "HTML(trustedBytes:", "stringLiteral:", "stringInterpolation:",
                             "appendLiteral("]

    /// The allowed trust gates: file, how many, and why it is safe.
    static let allowed: [(file: String, count: Int, reason: String)] = [
        ("Sources/SiteGenerator/Rendering/Components.swift", 1,
         "Markdown output: the Markdown renderer escapes text and neutralises unsafe links itself"),
        ("Sources/SiteGenerator/Rendering/ChartExport.swift", 1,
         "the drawing rules of our own charts.css, embedded in the <style> of exported SVG files"),
    ]

    /// Escaping by hand, with helpers of today or of the past, instead of through the builder.
    static let handEscaping = ["Escape.htmlText(", "Escape.htmlAttribute(", "HTML.escape(", "Markup.text(",
                               "Markup.attribute(", "Markup.optionalAttribute(", ".replacingOccurrences(of: \"<\""]

    /// `HTML(text:)` leaves quotes alone, so it is for element content only. Charts use it there to keep their
    /// text as it was; page code interpolates, which is safe in attributes too.
    static let textOnlyEscaping = "HTML(text:"
    static let textEscapingInAttribute = "=\\\"\\(HTML(text:"

    static let scannedFolders = ["Sources/SiteGenerator", "Sources/Charts"]

    /// The problems in one source file, as "file: what".
    static func problems(in text: String, file: String) -> [String] {
        var problems: [String] = []
        let gates = trustGates.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +)
        let allowance = allowed.first { $0.file == file }?.count ?? 0
        if gates != allowance {
            problems.append("\(file): \(gates) unescaped markup conversions (HTML(trusted:) and the like), "
                + "\(allowance) allowed; build the markup with HTML interpolation, or list the exception in "
                + "RawMarkupTests.allowed with the reason it is safe")
        }
        for helper in handEscaping where text.contains(helper) {
            problems.append("\(file): escapes by hand with \(helper); interpolate the text into HTML instead")
        }
        if file.hasPrefix("Sources/SiteGenerator/") && text.contains(textOnlyEscaping) {
            problems.append("\(file): uses HTML(text:), which does not escape quotes; interpolate the text instead")
        }
        if text.contains(textEscapingInAttribute) {
            problems.append("\(file): HTML(text:) in an attribute value, where quotes must be escaped; interpolate it")
        }
        return problems
    }

    static func sourceFiles() throws -> [(path: String, text: String)] {
        let root = SiteFixture.repositoryRoot
        return try scannedFolders.flatMap { folder -> [(path: String, text: String)] in
            let url = root.appendingPathComponent(folder)
            let paths = FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
            return try paths.filter { $0.hasSuffix(".swift") }.sorted().map { relative in
                (folder + "/" + relative, try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8))
            }
        }
    }

    @Test func pageAndChartCodeWritesMarkupOnlyThroughTheBuilder() throws {
        let files = try Self.sourceFiles()
        #expect(files.count > 40, "the scan found only \(files.count) files")
        let problems = files.flatMap { Self.problems(in: $0.text, file: $0.path) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        for entry in Self.allowed {
            #expect(files.contains { $0.path == entry.file }, "the allowed file \(entry.file) no longer exists")
        }
    }

    @Test func theScanCatchesEveryWayAround() {
        let page = "Sources/SiteGenerator/Pages/SomePage.swift"
        #expect(Self.problems(in: "body += \"<p>\\(x)</p>\"", file: page).isEmpty)
        for gate in Self.trustGates {
            #expect(Self.problems(in: "let a = \(gate) text)", file: page).count == 1, "\(gate)")
        }
        for helper in Self.handEscaping {
            #expect(Self.problems(in: "let a = \(helper)text)", file: page).count == 1, "\(helper)")
        }
        #expect(Self.problems(in: "HTML(text: a)", file: page).count == 1)
        let chart = "Sources/Charts/SomeChart.swift"
        #expect(Self.problems(in: "\"<title>\\(HTML(text: a))</title>\"", file: chart).isEmpty)
        #expect(Self.problems(in: "\"<a title=\\\"\\(HTML(text: a))\\\">\"", file: chart).count == 1)
        // An allowed file may not grow a second exception.
        let components = Self.allowed[0].file
        #expect(Self.problems(in: "HTML(trusted: a)", file: components).isEmpty)
        #expect(Self.problems(in: "HTML(trusted: a) HTML(trusted: b)", file: components).count == 1)
    }
}
