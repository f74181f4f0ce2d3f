import Foundation
import Testing
@testable import Diagnostics

/// Every code declared in Sources/ is unique, well named, and listed with an example and its fix in all three
/// parts of docs/EDITING.md (Finnish, English and Swedish); the doc lists no code that does not exist.
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

    /// Every declared code with its English templates, read from the string literals of its declaration
    /// (`"…"` joined by `+`, then `hint:` or `hints: [ … ]`).
    static let declaredTemplates: [(code: String, english: Diagnostic.Template, path: String)] = {
        var result: [(String, Diagnostic.Template, String)] = []
        for (path, text) in sources {
            var rest = Substring(text)
            while let start = rest.firstRange(of: "Diagnostic.Code(") {
                let (arguments, end) = argumentText(rest[start.upperBound...])
                rest = rest[end...]
                guard let category = arguments.firstMatch(of: /^\s*\.(\w+)/).flatMap({ match in
                    Diagnostic.Category.allCases.first { "\($0)" == match.output.1 }
                }) else { continue }
                let literals = stringLiterals(in: arguments)
                guard literals.count >= 2 else { continue }
                let code = "\(category.rawValue).\(literals[0])"
                let english = Diagnostic.Template(message: literals[1], hints: Array(literals.dropFirst(2)))
                result.append((code, english, path))
            }
        }
        return result
    }()

    /// The text up to the parenthesis that closes the call, skipping string literals; and where it ends.
    static func argumentText(_ text: Substring) -> (Substring, Substring.Index) {
        var depth = 1
        var inString = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if character == "\\" { index = text.index(after: index) }
                else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
                if depth == 0 { return (text[..<index], text.index(after: index)) }
            }
            index = text.index(after: index)
        }
        return (text, text.endIndex)
    }

    /// The string arguments of a call, with literals joined by `+` made one and escapes decoded.
    static func stringLiterals(in arguments: Substring) -> [String] {
        var literals: [String] = []
        var joinNext = false
        for match in arguments.matches(of: /"((?:[^"\\]|\\.)*)"|(\+)/) {
            if match.output.2 != nil { joinNext = true; continue }
            let decoded = decode(match.output.1 ?? "")
            if joinNext, !literals.isEmpty { literals[literals.count - 1] += decoded } else { literals.append(decoded) }
            joinNext = false
        }
        return literals
    }

    /// A Swift string literal's escapes (`\"`, `\\`, `\n`, `\t`) as the characters they stand for.
    static func decode(_ literal: Substring) -> String {
        var result = ""
        var escaped = false
        for character in literal {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    @Test func everyDeclarationHasTheFormTheseTestsRead() {
        let uses = Self.sources.map { $0.text.matches(of: /Diagnostic\.Code\(/).count }.reduce(0, +)
        #expect(uses == Self.declared.count)
        #expect(Self.declaredTemplates.map(\.code) == Self.declared.map(\.code))
        let unknownArea = Self.declaredTemplates.first { $0.code == "metric.unknown-area" }?.english
        #expect(unknownArea == Diagnostic.Template(
            message: "unknown area \"{area}\": it is not in areas.json or regions.json, and not \"FI\"",
            hints: ["did you mean '{suggestion}'?"]))
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

    @Test(arguments: ["Suomeksi", "In English", "På svenska"])
    func editingGuideListsEveryCode(part: String) throws {
        let path = Self.repositoryRoot.appendingPathComponent("docs/EDITING.md")
        let guide = try String(contentsOf: path, encoding: .utf8)
        let english = try #require(guide.range(of: "\n## In English\n"))
        let swedish = try #require(guide.range(of: "\n## På svenska\n"))
        let text = switch part {
        case "Suomeksi": guide[..<english.lowerBound]
        case "In English": guide[english.upperBound..<swedish.lowerBound]
        default: guide[swedish.upperBound...]
        }
        let listed = Self.listed(in: text)
        let declared = Set(Self.declared.map(\.code))
        #expect(Set(listed).subtracting(declared).sorted() == [], "listed in \(part) but not declared")
        #expect(declared.subtracting(listed).sorted() == [], "declared but not listed in \(part)")
        #expect(listed.count == Set(listed).count, "listed twice in \(part)")
    }
}
