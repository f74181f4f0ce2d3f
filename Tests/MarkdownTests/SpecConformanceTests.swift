import Foundation
import Markdown
import Testing

/// One example of the CommonMark spec, named by section and number in test output.
struct SpecExample: CustomTestStringConvertible, Sendable {
    var markdown: String
    var html: String
    var number: Int
    var section: String

    var testDescription: String { "\(section) #\(number)" }
}

enum SpecFile {
    /// `COMMONMARK_SPEC`, or `../shared/conformance/commonmark-spec.json` beside the package root.
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["COMMONMARK_SPEC"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // This file is Tests/MarkdownTests/SpecConformanceTests.swift; the package root is three levels up.
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance/commonmark-spec.json")
    }

    static let examples: [SpecExample] = {
        guard let data = try? Data(contentsOf: url),
            let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else {
            print("⚠️  CommonMark spec not found at \(url.path): the 652 conformance examples are SKIPPED. "
                + "Set COMMONMARK_SPEC to the path of commonmark-spec.json.")
            return []
        }
        return list.compactMap { entry in
            guard let markdown = entry["markdown"] as? String, let html = entry["html"] as? String,
                let number = entry["example"] as? Int, let section = entry["section"] as? String
            else { return nil }
            return SpecExample(markdown: markdown, html: html, number: number, section: section)
        }
    }()
}

@Suite("CommonMark 0.31.2 spec")
struct SpecConformanceTests {
    @Test("All 652 examples are present", .enabled(if: !SpecFile.examples.isEmpty, "spec file not found"))
    func allExamplesPresent() {
        #expect(SpecFile.examples.count == 652)
    }

    @Test("Spec example", arguments: SpecFile.examples)
    func example(_ example: SpecExample) {
        let html = MarkdownDocument(parsing: example.markdown, options: .commonMark).html()
        #expect(html == example.html, "markdown: \(example.markdown.debugDescription)")
    }
}
