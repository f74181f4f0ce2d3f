/// The table of wrong terms in docs/GLOSSARY.md, and the check that finds them in a text.
struct Glossary {
    struct WrongTerm: Equatable, CustomStringConvertible {
        var language: String
        var term: String
        var instead: String

        var description: String { "\"\(term)\" (write: \(instead))" }
    }

    var wrongTerms: [WrongTerm]

    /// The rows of the table under the heading "## Wrong terms": language, wrong terms in backticks (several
    /// separated by commas), what to write instead, why.
    init(markdown: String) {
        var terms: [WrongTerm] = []
        var inSection = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line == "## Wrong terms"; continue }
            guard inSection, line.hasPrefix("|") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, ContentText.languages.contains(cells[1]) else { continue }
            for term in Self.codeSpans(cells[2]) {
                terms.append(WrongTerm(language: cells[1], term: term, instead: cells[3]))
            }
        }
        wrongTerms = terms
    }

    /// The wrong terms of `language` that `text` contains. A term matches anywhere, ignoring case unless it has
    /// a capital letter itself ("manner-Suomi" is wrong, "Manner-Suomi" right).
    func wrongTerms(in text: String, language: String) -> [WrongTerm] {
        let lowercased = text.lowercased()
        return wrongTerms.filter { wrong in
            guard wrong.language == language else { return false }
            let caseMatters = wrong.term != wrong.term.lowercased()
            return caseMatters ? text.contains(wrong.term) : lowercased.contains(wrong.term)
        }
    }

    /// The contents of the `code spans` in a table cell.
    static func codeSpans(_ cell: String) -> [String] {
        let parts = cell.split(separator: "`", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }
}
