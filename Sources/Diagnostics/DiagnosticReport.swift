/// Renders diagnostics the way compilers do: the `path:line:col: error: message` line, the offending source
/// line with a caret under the column, and the hint. Pure, so tests compare the exact text.
public struct DiagnosticReport {
    /// How many diagnostics are printed in full; the rest are counted.
    public var limit = 50
    /// Returns a file's text by its display path, for quoting the offending line.
    public var source: (String) -> String?
    /// The language of messages, hints and the last line; the summary line's severity and code stay English.
    public var language: Diagnostic.Language

    public init(limit: Int = 50, language: Diagnostic.Language = .english, source: @escaping (String) -> String?) {
        self.limit = limit
        self.language = language
        self.source = source
    }

    public func render(_ log: DiagnosticLog) -> String {
        let diagnostics = log.sorted
        var output = ""
        var lineCache: [String: [Substring]] = [:]
        for diagnostic in diagnostics.prefix(limit) {
            output += diagnostic.summaryLine(in: language) + "\n"
            if diagnostic.line > 0 {
                if lineCache[diagnostic.file] == nil {
                    lineCache[diagnostic.file] = source(diagnostic.file).map {
                        $0.split(separator: "\n", omittingEmptySubsequences: false)
                    } ?? []
                }
                let lines = lineCache[diagnostic.file]!
                if diagnostic.line <= lines.count {
                    let line = lines[diagnostic.line - 1].replacingTabs
                    let (text, caret) = Self.excerpt(line, column: diagnostic.column)
                    output += "    " + text + "\n"
                    if caret > 0 {
                        output += "    " + String(repeating: " ", count: caret - 1) + "^\n"
                    }
                }
            }
            if let hint = diagnostic.hint(in: language) { output += "    \(language.hintLabel): \(hint)\n" }
        }
        if diagnostics.count > limit {
            let more = diagnostics.count - limit
            output += language.more(more, errors: log.errorCount, warnings: log.warningCount) + "\n"
        }
        return output
    }

    /// The widest source line quoted in full; a longer one (minified JSON, a runaway export) is quoted around
    /// the column, with "…" where it is cut.
    static let excerptWidth = 120

    /// The part of `line` to quote and the caret's column in it (0: no caret).
    static func excerpt(_ line: String, column: Int) -> (text: String, caret: Int) {
        let characters = Array(line.unicodeScalars)
        guard characters.count > excerptWidth else { return (line, column) }
        let half = excerptWidth / 2
        let start = max(0, min(column - 1 - half, characters.count - excerptWidth))
        let end = min(characters.count, start + excerptWidth)
        var text = String(String.UnicodeScalarView(characters[start..<end]))
        var caret = column > 0 ? column - start : 0
        if start > 0 {
            text = "…" + text
            caret += caret > 0 ? 1 : 0
        }
        if end < characters.count { text += "…" }
        return (text, caret)
    }

    /// "2 errors, 1 warning".
    public static func counts(_ log: DiagnosticLog) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(log.errorCount, "error")), \(plural(log.warningCount, "warning"))"
    }
}

extension Substring {
    /// Tabs become one space so the caret lines up with the column count.
    var replacingTabs: String { String(map { $0 == "\t" ? " " : $0 }) }
}
