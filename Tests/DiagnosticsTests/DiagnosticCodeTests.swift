import Foundation
import Testing
@testable import Diagnostics

/// Every code declared in Sources/ is unique and well named.
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

    @Test func termKeysAreUnique() {
        var seen: Set<String> = []
        for (path, text) in Self.sources {
            for match in text.matches(of: /Diagnostic\.Term\(\s*"([^"]*)"/) {
                #expect(seen.insert(String(match.output.1)).inserted, "\(match.output.1) again in \(path)")
            }
        }
    }
}
