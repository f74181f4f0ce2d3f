import Markup

/// A CSV document per RFC 4180: a header row, then records, every line ended by CRLF, UTF-8.
///
/// Fields are quoted by `Escape.csvField` when they contain a comma, a double quote, CR or LF (quotes inside are
/// doubled), and here also when a field is the only one of its record and empty (an empty line would read as no
/// record). Other fields are written as they are, so numbers stay plain (`12.3`, `-0.5`). Values are not altered
/// to defend against spreadsheet formula injection (a leading `=`, `+`, `-`, `@`): that would corrupt negative
/// numbers, and the data comes from our own content.
///
/// No byte order mark is written by default, as RFC 4180 and most tools expect. Excel on Windows, though, reads
/// BOM-less CSV in the legacy code page and shows `ä` as `Ã¤`; ``init(header:byteOrderMark:)`` with
/// `byteOrderMark: true` adds the UTF-8 BOM (EF BB BF) for files meant to be opened in Excel.
public struct CSVWriter: Sendable {
    /// The number of fields in every record, set by the header.
    public let columnCount: Int
    /// Whether ``bytes`` starts with the UTF-8 byte order mark.
    public let byteOrderMark: Bool
    /// The field separator: `,` per RFC 4180, or `;` for spreadsheets set to a language whose decimal mark is a
    /// comma (Finnish, Swedish), which read `,` as part of a number.
    public let separator: Unicode.Scalar
    private var text: String

    /// Starts a document with its header row.
    public init(header: [String], byteOrderMark: Bool = false, separator: Unicode.Scalar = ",") {
        precondition(!header.isEmpty, "A CSV document needs at least one column.")
        self.columnCount = header.count
        self.byteOrderMark = byteOrderMark
        self.separator = separator
        self.text = ""
        appendLine(header)
    }

    /// Appends a record. It must have as many fields as the header: a mismatch is a programming error.
    public mutating func append(_ record: [String]) {
        precondition(record.count == columnCount, "CSV record has \(record.count) fields, header has \(columnCount).")
        appendLine(record)
    }

    /// The document as UTF-8 bytes, with the byte order mark if requested.
    public var bytes: [UInt8] {
        (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    private mutating func appendLine(_ fields: [String]) {
        if fields.count == 1 && fields[0].isEmpty {
            text += "\"\"\r\n"
        } else {
            text += fields.map { Escape.csvField($0, separator: separator) }
                .joined(separator: String(Character(separator))) + "\r\n"
        }
    }
}
