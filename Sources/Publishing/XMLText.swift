/// Escaping of strings for XML 1.0 documents (sitemap, Atom feed, SVG).
///
/// Characters that XML 1.0 cannot represent at all, not even as character references (control characters other
/// than tab, line feed and carriage return, and U+FFFE/U+FFFF), are replaced by U+FFFD so the output always
/// parses.
public enum XMLText {
    /// `text` escaped for element content: `&`, `<` and `>` (the last so that `]]>` cannot occur), and a carriage
    /// return as `&#13;`, which a parser would otherwise turn into a line feed.
    public static func escapingText(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `value` escaped for an attribute value in either kind of quotes: `&`, `<`, `>`, `"` and `'`, and tab, line
    /// feed and carriage return as character references, which attribute-value normalisation would otherwise
    /// turn into spaces.
    public static func escapingAttribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
