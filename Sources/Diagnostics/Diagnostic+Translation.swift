extension Diagnostic {
    /// The templates of every code and the words of every term in one language other than English, read from a
    /// plain-text table (`Translations/<Language>.swift`) that a translator edits without knowing Swift:
    ///
    /// ```
    /// # A comment. Codes in any order, each with its message after the colon:
    /// metric.unknown-area: tuntematon alue "{area}"
    ///     hint: tarkoititko '{suggestion}'?
    /// term language.sv: ruotsi
    /// ```
    ///
    /// A code's line is its name (`category.name`), a colon and the message; the indented `hint:` lines below it
    /// are its hints, as many as the English code has and in the same order. A `term` line gives a term's key and
    /// its words. Each template uses exactly the placeholders of the English one; the tests check that, and that
    /// every code and term has a line. A code missing here is shown in English.
    public struct Translation: Sendable {
        /// Templates by code, `metric.unknown-area`.
        public var templates: [String: Template] = [:]
        /// Words by term key, `language.sv`.
        public var terms: [String: String] = [:]
        /// Lines the reader could not make sense of (1-based numbers), and codes or terms given twice.
        public var problems: [String] = []

        /// Reads a table in the format above.
        public init(_ table: String) {
            var lastCode: String?
            for (offset, rawLine) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.trimmingSuffixSpaces
                let trimmed = line.drop { $0 == " " }
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let number = offset + 1
                if trimmed.count < line.count {
                    guard trimmed.hasPrefix("hint: "), let code = lastCode else {
                        problems.append("line \(number): an indented line must be '    hint: …' below a code")
                        continue
                    }
                    templates[code]?.hints.append(String(trimmed.dropFirst("hint: ".count)))
                    continue
                }
                guard let colon = line.firstRange(of: ": ") else {
                    problems.append("line \(number): expected 'category.name: message' or 'term key: words'")
                    continue
                }
                let key = line[..<colon.lowerBound]
                let text = String(line[colon.upperBound...])
                if key.hasPrefix("term ") {
                    let term = String(key.dropFirst("term ".count))
                    if terms[term] != nil { problems.append("line \(number): the term \(term) again") }
                    terms[term] = text
                    lastCode = nil
                } else if !key.contains(" ") && key.contains(".") {
                    let code = String(key)
                    if templates[code] != nil { problems.append("line \(number): the code \(code) again") }
                    templates[code] = Template(message: text)
                    lastCode = code
                } else {
                    problems.append("line \(number): '\(key)' is neither a code (category.name) nor 'term key'")
                }
            }
        }
    }
}

extension Substring {
    fileprivate var trimmingSuffixSpaces: Substring {
        var text = self
        while text.last == " " || text.last == "\r" { text.removeLast() }
        return text
    }
}
