import Dashboard
import Diagnostics
import Foundation
import Publishing
@testable import SiteGenerator

/// Builds the fixture site in Tests/Fixtures/minimal-site (with the real UI catalogs and assets) in memory.
enum SiteFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relativeFolder: String) -> [String: [UInt8]] {
        (try? DirectoryReader.read(repositoryRoot.appendingPathComponent(relativeFolder).path)) ?? [:]
    }

    static func content(_ changes: [String: String?] = [:]) -> ContentFiles {
        var files = read("Tests/Fixtures/minimal-site/Content")
        for (path, bytes) in read("Content/i18n") { files["i18n/" + path] = bytes }
        for (path, text) in changes { files[path] = text.map { Array($0.utf8) } }
        return ContentFiles(root: "Content", files: files)
    }

    static var assets: [String: [UInt8]] { read("Assets") }

    static func build(_ changes: [String: String?] = [:], options: SiteBuilder.Options = .init()) -> SiteBuilder.Output {
        SiteBuilder(options: options).build(content(changes), assets: assets)
    }

    /// The fixture's files as text; fails loudly if the fixture does not build.
    static let site: [String: String] = {
        let output = build()
        guard let files = output.files else {
            fatalError("the fixture does not build:\n" + output.diagnostics.sorted.map(\.summaryLine).joined(separator: "\n"))
        }
        return files.mapValues { String(decoding: $0, as: UTF8.self) }
    }()
}

/// Minimal HTML inspection for tests: attribute values of elements, without a parser dependency.
enum HTMLProbe {
    /// Every value of `attribute` in the document (e.g. all `href`s).
    static func values(of attribute: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = Substring(html)
        let marker = " \(attribute)=\""
        while let start = rest.range(of: marker) {
            let afterQuote = rest[start.upperBound...]
            guard let end = afterQuote.firstIndex(of: "\"") else { break }
            result.append(String(afterQuote[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = afterQuote[end...]
        }
        return result
    }

    /// The text of the first `<tag ...>…</tag>`.
    static func firstElementText(_ tag: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(tag)"), let close = html.range(of: "</\(tag)>", range: open.upperBound..<html.endIndex),
              let contentStart = html.range(of: ">", range: open.upperBound..<close.lowerBound) else { return nil }
        return String(html[contentStart.upperBound..<close.lowerBound])
    }

    /// Resolves a relative link against the path of the page it is on; nil for external or in-page links.
    static func resolve(_ link: String, from page: String) -> String? {
        if link.hasPrefix("#") || link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("tel:") { return nil }
        var target = link
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for segment in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..": if !parts.isEmpty { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(segment).removingPercentEncoding ?? String(segment))
            }
        }
        var path = parts.joined(separator: "/")
        if target.hasSuffix("/") || target.isEmpty { path += (path.isEmpty ? "" : "/") + "index.html" }
        return path
    }
}

extension Diagnostic {
    /// Where and which problem, as tests assert it: `path:line:col code`, not the English sentence.
    var identity: String { "\(position) \(code)" }
}

extension DiagnosticLog {
    var errors: [String] { sorted.filter { $0.severity == .error }.map(\.identity) }
    var warnings: [String] { sorted.filter { $0.severity == .warning }.map(\.identity) }
}
