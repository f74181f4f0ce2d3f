import Publishing

/// The numbers one chart shows, as the two CSV files beside it: a tidy file for programs (UTF-8 without a
/// byte order mark, `,` between fields, `.` as the decimal mark) and one that Finnish and Swedish
/// spreadsheet programs open as they are (UTF-8 with a byte order mark, `;` between fields, `,` as the
/// decimal mark). One row per period and place, as the chart draws them, with a note column for provisional
/// values, breaks in series and the reason a value is missing.
struct ChartCSV {
    struct Row {
        /// The period in its canonical form, e.g. `2026-09`, `2026-Q3`, `2026`.
        var period: String
        var place: String
        var value: Double?
        var note: String
    }

    /// The column names, in the page language: period, place, value, note.
    var header: [String]
    var decimals: Int
    var rows: [Row]

    /// The file for programs.
    var tidy: [UInt8] { document(separator: ",", decimalMark: ".", byteOrderMark: false) }

    /// The file for spreadsheets set to Finnish or Swedish.
    var spreadsheet: [UInt8] { document(separator: ";", decimalMark: ",", byteOrderMark: true) }

    private func document(separator: Unicode.Scalar, decimalMark: Character, byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVWriter(header: header, byteOrderMark: byteOrderMark, separator: separator)
        for row in rows {
            let number = row.value.map { PlainDecimal.format($0, decimals: decimals) } ?? ""
            let value = String(number.map { $0 == "." ? decimalMark : $0 })
            csv.append([row.period, row.place, value, row.note])
        }
        return csv.bytes
    }
}
