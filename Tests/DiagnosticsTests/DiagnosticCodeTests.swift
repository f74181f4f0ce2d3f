import Foundation
import Testing
@testable import Diagnostics

/// Every code declared in Sources/ is unique, well named, and listed with an example and its fix in both parts
/// of docs/EDITING.md (Finnish and English); the doc lists no code that does not exist.
///
/// Codes are declared beside their rules, so this test finds them the way a reader would: by reading the
/// sources for `Diagnostic.Code(.category, "name", …)`.
@Suite struct DiagnosticCodeTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Swift sources without comment lines, by path.
    static let sources: [(path: String, text: String)] = {
        let root = repositoryRoot.appendingPathComponent("Sources")
        let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
            guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
                return nil
            }
            let code = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
            return ("Sources/" + path, code)
        }
    }()

    /// Every declared code, as `category.name`, with the file that declares it.
    static let declared: [(code: String, path: String)] = {
        let declaration = /Diagnostic\.Code\(\s*\.(\w+),\s*"([^"]*)"/
        var codes: [(String, String)] = []
        for (path, text) in sources {
            for match in text.matches(of: declaration) {
                let category = Diagnostic.Category.allCases.first { "\($0)" == match.output.1 }
                codes.append(("\(category?.rawValue ?? "?\(match.output.1)").\(match.output.2)", path))
            }
        }
        return codes
    }()

    @Test func everyDeclarationHasTheFormTheseTestsRead() {
        let uses = Self.sources.map { $0.text.matches(of: /Diagnostic\.Code\(/).count }.reduce(0, +)
        #expect(uses == Self.declared.count)
        #expect(Self.declared.count > 100)
    }

    @Test func codesAreUniqueAndWellNamed() {
        var seen: [String: String] = [:]
        for (code, path) in Self.declared {
            #expect(code.wholeMatch(of: /[a-z-]+\.[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(code) in \(path)")
            #expect(seen[code] == nil, "\(code) is declared in \(seen[code] ?? "") and \(path)")
            seen[code] = path
        }
    }

    /// A message that is only a placeholder carries a whole English sentence in an argument, which no
    /// translation can reach: every importer code says its message in its own template (as they did not).
    @Test func importerCodesHaveMessagesOfTheirOwn() {
        for (path, text) in Self.sources {
            let wholeSentence = /Diagnostic\.Code\(\s*\.importing,\s*"[^"]*",\s*"\{\w+\}"/
            #expect(text.matches(of: wholeSentence).isEmpty, "\(path)")
            #expect(!text.contains("hint: \"{hint}\""), "\(path)")
        }
    }

    @Test func termKeysAreUnique() {
        var seen: Set<String> = []
        for (path, text) in Self.sources {
            for match in text.matches(of: /Diagnostic\.Term\(\s*"([^"]*)"/) {
                #expect(seen.insert(String(match.output.1)).inserted, "\(match.output.1) again in \(path)")
            }
        }
    }

    /// The codes listed in a part of the doc: table rows that start with a code in backticks.
    static func listed(in part: Substring) -> [String] {
        let categories = Set(Diagnostic.Category.allCases.map(\.rawValue))
        return part.split(separator: "\n").compactMap { line in
            guard let match = line.prefixMatch(of: /\| `([a-z-]+)\.([a-z0-9-]+)` \|/),
                  categories.contains(String(match.output.1)) else { return nil }
            return "\(match.output.1).\(match.output.2)"
        }
    }

    @Test(arguments: ["Suomeksi", "In English"])
    func editingGuideListsEveryCode(part: String) throws {
        let path = Self.repositoryRoot.appendingPathComponent("docs/EDITING.md")
        let guide = try String(contentsOf: path, encoding: .utf8)
        let english = try #require(guide.range(of: "\n## In English\n"))
        // The Swedish part, last, has the commands and checklists; its code tables are still to come.
        let swedish = guide.range(of: "\n## På svenska\n")?.lowerBound ?? guide.endIndex
        let text = part == "Suomeksi" ? guide[..<english.lowerBound] : guide[english.upperBound..<swedish]
        let listed = Self.listed(in: text)
        let declared = Set(Self.declared.map(\.code))
        #expect(Set(listed).subtracting(declared).sorted() == [], "listed in \(part) but not declared")
        #expect(declared.subtracting(listed).sorted() == [], "declared but not listed in \(part)")
        #expect(listed.count == Set(listed).count, "listed twice in \(part)")
    }
}
