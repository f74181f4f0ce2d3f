/// Escaping and number printing shared by every chart renderer.
///
/// Charts are strings of SVG and HTML built by hand, so every piece of caller text goes through
/// `text(_:)` or `attribute(_:)`, and every coordinate through `coordinate(_:)`: one decimal,
/// no locale, no exponent, so the same input always gives byte-identical output.
enum Markup {
    /// Escapes `&`, `<` and `>` for element content, and drops control characters that HTML forbids.
    static func text(_ string: String) -> String {
        escape(string, quotes: false)
    }

    /// Escapes text for a double-quoted attribute value.
    static func attribute(_ string: String) -> String {
        escape(string, quotes: true)
    }

    /// Prints a coordinate with at most one decimal place ("12", "12.5", "-0.3").
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        if magnitude % 10 == 0 {
            return "\(sign)\(magnitude / 10)"
        }
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// ` name="value"` with the value escaped, or nothing when `value` is nil.
    static func optionalAttribute(_ name: String, _ value: String?) -> String {
        guard let value else { return "" }
        return " \(name)=\"\(attribute(value))\""
    }

    private static func escape(_ string: String, quotes: Bool) -> String {
        if isClean(string, quotes: quotes) { return string }
        var result = ""
        result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                // C0/C1 controls and noncharacters are parse errors in HTML; they never carry meaning here.
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE
                {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True when `string` has nothing to escape or drop: the common case, checked on UTF-8 bytes without
    /// building a new string.
    private static func isClean(_ string: String, quotes: Bool) -> Bool {
        var utf8 = string.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case ..<0x20, 0x7F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): return false
            case UInt8(ascii: "\""): if quotes { return false }
            case 0xC2:  // U+0080–U+00BF: only the C1 controls (U+0080–U+009F) need dropping
                guard let next = utf8.next(), next >= 0xA0 else { return false }
            case 0xEF, 0xF0...0xF4: return false  // possible noncharacters: take the careful path
            default: continue
            }
        }
        return true
    }
}
