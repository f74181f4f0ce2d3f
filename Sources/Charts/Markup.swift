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
}
