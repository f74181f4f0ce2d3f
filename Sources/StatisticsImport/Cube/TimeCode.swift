import Dashboard

/// Statistics Finland's time codes: `2026M06` (month), `2024Q1` (quarter), `2025` (year).
enum TimeCode {
    /// The period a code stands for, or nil when the code is not one of the three forms.
    static func period(_ code: String) -> Period? {
        let bytes = Array(code.utf8)
        guard bytes.count >= 4, let year = digits(bytes[0..<4]), year >= 1900 else { return nil }
        switch bytes.count {
        case 4:
            return Period(year: year)
        case 6 where bytes[4] == UInt8(ascii: "Q"):
            guard let quarter = digits(bytes[5..<6]), (1...4).contains(quarter) else { return nil }
            return Period(year: year, quarter: quarter)
        case 7 where bytes[4] == UInt8(ascii: "M"):
            guard let month = digits(bytes[5..<7]), (1...12).contains(month) else { return nil }
            return Period(year: year, month: month)
        default:
            return nil
        }
    }

    /// How a period looks as a time code, for hints.
    static let examples = "2026M06 (month), 2024Q1 (quarter) or 2025 (year)"

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

/// The dates publishers write for "updated": ISO 8601 (`2025-05-28T08:00:00`), StatFin PxWeb's dotted form
/// (`2026-07-21T05.00.00Z`), a plain date, or PX's `20241029 08:00`. Only the date is kept: the site shows dates.
enum UpdatedDate {
    static func parse(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") {
            return CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self))
        }
        if bytes.count >= 8, bytes[0..<8].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
           bytes.count == 8 || bytes[8] == UInt8(ascii: " ") {
            let date = String(decoding: bytes[0..<4], as: UTF8.self) + "-"
                + String(decoding: bytes[4..<6], as: UTF8.self) + "-" + String(decoding: bytes[6..<8], as: UTF8.self)
            return CalendarDate(date)
        }
        return nil
    }
}
