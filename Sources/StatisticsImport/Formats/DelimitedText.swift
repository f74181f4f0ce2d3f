import Diagnostics

/// A CSV file as spreadsheets save it: cells separated by commas, semicolons (Finnish and Swedish Excel, where the
/// comma is the decimal separator) or tabs, the separator recognised from the header line; fields in double quotes
/// may hold separators, line breaks and doubled quotes (`""`). Every cell remembers its line and column.
struct DelimitedText {
    struct Cell: Equatable {
        var text: String
        var line: Int
        /// 1-based, in Unicode scalars, where the cell starts (at its opening quote when quoted).
        var column: Int
    }

    /// The non-empty rows, the header first.
    var rows: [[Cell]]
    var separator: Unicode.Scalar

    /// Reads `text` (already UTF-8 with `\n` line ends, see `StatisticsText`).
    init(_ text: String, file: String, log: inout DiagnosticLog) {
        let scalars = Array(text.unicodeScalars)
        separator = Self.separator(of: scalars)
        rows = []
        var row: [Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var start = (line: 1, column: 1)
        var quoted = false
        var quoteOpen: (line: Int, column: Int)?
        var index = 0
        func endField() {
            row.append(Cell(text: String(field), line: start.line, column: start.column))
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRow() {
            if row.contains(where: { !$0.text.trimmingSpaces.isEmpty }) { rows.append(row) }
            row = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if quoteOpen != nil {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    quoteOpen = nil
                } else {
                    field.append(scalar)
                    if scalar == "\n" {
                        line += 1
                        column = 0
                    }
                }
            } else if scalar == "\"" && field.allSatisfy({ $0 == " " }) && !quoted {
                field = String.UnicodeScalarView()
                quoted = true
                quoteOpen = (line, column)
            } else if scalar == separator {
                endField()
                start = (line, column + 1)
            } else if scalar == "\n" {
                endField()
                endRow()
                start = (line + 1, 1)
                line += 1
                column = 0
            } else {
                field.append(scalar)
            }
            index += 1
            column += 1
        }
        if let open = quoteOpen {
            log.error(.importUnclosedQuote, at: SourceLocation(file: file, line: open.line, column: open.column))
        }
        if !field.isEmpty || !row.isEmpty { endField() }
        endRow()
    }

    /// The separator of the first line: whichever of `;`, tab and `,` occurs most outside quotes (`;` on a tie,
    /// since a Finnish number such as `12,5` brings commas of its own).
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [";": 0, "\t": 0, ",": 0]
        var inQuotes = false
        for scalar in scalars {
            if scalar == "\n" && !inQuotes { break }
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        return [";", "\t", ","].max { counts[$0]! < counts[$1]! } ?? ";"
    }
}

extension String {
    /// Without spaces (also no-break ones) at either end.
    var trimmingSpaces: String {
        let spaces: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\t"]
        var text = Substring(self)
        while let first = text.first, spaces.contains(first) { text.removeFirst() }
        while let last = text.last, spaces.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension Diagnostic.Code {
    static let importUnclosedQuote = Diagnostic.Code(
        .importing, "unclosed-quote", "this quoted cell is not closed: the file ends inside it",
        hint: "add the closing \" or remove the opening one")
}
