/// A cell written as text (PxWeb JSON values, PX data): a number with a decimal point, or one of Statistics
/// Finland's markers for a missing figure.
enum CellText: Equatable {
    case number(Double)
    /// A missing figure and the marker that says why: `...` suppressed (confidential), `..` not available,
    /// `.` not applicable, `-` magnitude nil; an empty cell has an empty marker.
    case missing(String)
    case invalid

    init(_ text: Substring) {
        if let number = Self.number(text) {
            self = .number(number)
        } else if Self.isMarker(text) {
            self = .missing(String(text))
        } else {
            self = .invalid
        }
    }

    /// Missing-value markers. A dash means "magnitude nil" in StatFin, but the importer still treats it as
    /// missing rather than zero: it never turns a marker into a number.
    static func isMarker(_ text: Substring) -> Bool {
        text.isEmpty || text == "-" || text == "…" || (text.count <= 6 && text.allSatisfy { $0 == "." })
    }

    /// Plain decimal numbers only (`-12`, `12.8`, `1.5e3`): no thousands separators, no decimal comma, no
    /// `inf` or hexadecimal, which `Double.init` would otherwise accept.
    static func number(_ text: Substring) -> Double? {
        let bytes = text.utf8
        guard !bytes.isEmpty else { return nil }
        var sawDigit = false
        var index = bytes.startIndex
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index = bytes.index(after: index) }
        var sawPoint = false, sawExponent = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard sawDigit, !sawExponent else { return nil }
                sawExponent = true
                sawDigit = false
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: "-") || bytes[next] == UInt8(ascii: "+") {
                    index = next
                }
            default:
                return nil
            }
            index = bytes.index(after: index)
        }
        guard sawDigit, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
