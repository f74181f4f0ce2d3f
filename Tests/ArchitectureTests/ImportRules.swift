/// Which modules each module of ours may import, as docs/ARCHITECTURE.md declares them in its fenced `imports`
/// block, and the `import` lines of a source file checked against that.
///
/// The block has one line per module, `Module: Allowed, Other`, in target names as Package.swift spells them
/// (`build-site`); a `toolchain:` line names the toolchain's modules that any module may import. `#` starts a
/// comment.
struct ImportRules: Equatable {
    /// An `import` the rules do not allow.
    struct Violation: Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var module: String
        var imported: String

        var description: String {
            "\(file):\(line): \(module) imports \(imported), which the imports table in docs/ARCHITECTURE.md "
                + "does not allow"
        }
    }

    /// For each module (target name), the modules of ours it may import (target names).
    var allowed: [String: Set<String>]
    /// The toolchain's modules (Foundation, Dispatch, the C library) that every module may import.
    var toolchain: Set<String>

    /// Reads the first ```` ```imports ```` block of `markdown`; nil when there is none.
    init?(markdown: String) {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingSpaces == "```imports" }) else { return nil }
        var allowed: [String: Set<String>] = [:]
        var toolchain: Set<String> = []
        for line in lines[(start + 1)...] {
            let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingSpaces
            if text == "```" { break }
            guard !text.isEmpty, let colon = text.firstIndex(of: ":") else { continue }
            let module = text[..<colon].trimmingSpaces
            let names = Set(text[text.index(after: colon)...].split(separator: ",").map(\.trimmingSpaces))
                .subtracting([""])
            if module == "toolchain" { toolchain = names } else { allowed[module] = names }
        }
        self.allowed = allowed
        self.toolchain = toolchain
    }

    /// The imports in `source`, a file of `module`, that are neither allowed modules of ours nor the toolchain's.
    /// `ours` lists every module of the package (target names), so an import of one is told from a third-party one.
    func violations(in source: String, file: String, module: String, ours: Set<String>) -> [Violation] {
        let importName = { (target: String) in target.replacingOccurrences(of: "-", with: "_") }
        let allowedNames = Set((allowed[module] ?? []).map(importName))
        let ourNames = Set(ours.map(importName))
        var violations: [Violation] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let imported = Self.importedModule(line) else { continue }
            let isAllowed =
                ourNames.contains(imported) ? allowedNames.contains(imported) || imported == importName(module)
                : toolchain.contains(imported)
            if !isAllowed {
                violations.append(Violation(file: file, line: index + 1, module: module, imported: imported))
            }
        }
        return violations
    }

    /// The top-level module an `import` line names (`Foundation` for `@preconcurrency import struct
    /// Foundation.URL`), or nil for any other line.
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let first = words.first, first.hasPrefix("@") || accessModifiers.contains(String(first)) {
            words = words.dropFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        words = words.dropFirst()
        if words.count >= 2, importKinds.contains(String(words.first!)) { words = words.dropFirst() }
        return words.first.map { String($0.prefix { $0 != "." && $0 != ";" }) }
    }

    private static let accessModifiers: Set<String> = ["public", "package", "internal", "fileprivate", "private"]
    private static let importKinds: Set<String> = [
        "typealias", "struct", "class", "enum", "protocol", "let", "var", "func",
    ]
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
