/// One escaping routine per output language. Every text the site writes into a file goes through exactly one of
/// these (HTML pages and inline SVG through ``HTML``, which calls the first two).
///
/// Markdown's own renderer keeps cmark's escaping, byte for byte, so that it matches the CommonMark spec; the site
/// wraps its output as trusted markup.
public enum Escape {
    /// Text for HTML element content (also inline SVG, which HTML parses): `&`, `<` and `>` become references;
    /// C0 and C1 control characters other than tab, line feed and carriage return, and Unicode noncharacters, are
    /// dropped, since HTML forbids them and they never carry meaning in our texts.
    public static func htmlText(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        appendHTML(text, quotes: false, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A double- or single-quoted HTML attribute value: as ``htmlText(_:)``, and `"` as `&quot;` and `'` as `&#39;`.
    /// This is also what ``HTML`` interpolation uses, because it is safe in either place.
    public static func htmlAttribute(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        appendHTML(text, quotes: true, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text for an XML 1.0 document (sitemap, Atom feed, standalone SVG), safe in element content and in attribute
    /// values in either quotes: `&`, `<`, `>`, `"`, `'` as references (`>` so that `]]>` cannot occur), tab, line
    /// feed and carriage return as character references (a parser would otherwise normalise them), and characters
    /// XML 1.0 cannot carry at all (other controls, U+FFFE, U+FFFF) replaced by U+FFFD so the document always parses.
    public static func xml(_ text: some StringProtocol) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
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

    /// A JSON string literal, with its quotes (RFC 8259, section 7): `"` and `\` escaped, line feed, carriage
    /// return and tab as `\n`, `\r`, `\t`, other control characters as `\u00XX`. Everything else stays UTF-8.
    public static func json(_ text: some StringProtocol) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds the separator, a quote, CR or LF;
    /// otherwise as it is, so numbers stay plain. `separator` is `,` for standard CSV and `;` for the variant that
    /// Finnish and Swedish spreadsheet programs open.
    public static func csvField(_ value: some StringProtocol, separator: Unicode.Scalar = ",") -> String {
        guard value.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" })
        else { return String(value) }
        // Scalars, not Characters: a quote followed by a combining mark is one Character but still a quote.
        var quoted = "\""
        for scalar in value.unicodeScalars {
            quoted.unicodeScalars.append(scalar)
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    // MARK: - HTML on bytes

    /// Appends `text` escaped for HTML to `bytes`, without building intermediate strings. Runs of bytes that need
    /// nothing are copied at once.
    static func appendHTML(_ text: String, quotes: Bool, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendHTML($0, quotes: quotes, to: &bytes) }
    }

    static func appendHTML(_ text: some StringProtocol, quotes: Bool, to bytes: inout [UInt8]) {
        // Strings take the path above: unoptimised (debug) builds would otherwise look up generic metadata for
        // every value a page interpolates, which made the debug build of the site a fifth slower.
        if let string = text as? String { return appendHTML(string, quotes: quotes, to: &bytes) }
        let utf8 = text.utf8
        let done = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            appendHTML(buffer, quotes: quotes, to: &bytes)
            return true
        }
        if done == nil { Array(utf8).withUnsafeBufferPointer { appendHTML($0, quotes: quotes, to: &bytes) } }
    }

    private static func appendHTML(_ input: UnsafeBufferPointer<UInt8>, quotes: Bool, to bytes: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let end = input.count
        bytes.reserveCapacity(bytes.count + input.count)
        func flush(upTo stop: Int) {
            if runStart < stop { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<stop])) }
        }
        while index < end {
            let byte = input[index]
            let replacement: StaticString?
            var skip = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\"") where quotes: replacement = "&quot;"
            case UInt8(ascii: "'") where quotes: replacement = "&#39;"
            case 0x09, 0x0A, 0x0D: index += 1; continue
            case ..<0x20, 0x7F: replacement = ""
            case 0xC2 where index + 1 < end && input[index + 1] < 0xA0:
                replacement = ""  // U+0080–U+009F, the C1 controls
                skip = 2
            case 0xEF where index + 2 < end && isNoncharacter3(input[index + 1], input[index + 2]):
                replacement = ""
                skip = 3
            case 0xF0...0xF4 where index + 3 < end && input[index + 2] == 0xBF && input[index + 3] >= 0xBE
                && (input[index + 1] & 0x0F) == 0x0F:
                replacement = ""  // U+1FFFE, U+1FFFF, … U+10FFFF
                skip = 4
            default: index += 1; continue
            }
            flush(upTo: index)
            if let replacement { replacement.withUTF8Buffer { bytes.append(contentsOf: $0) } }
            index += skip
            runStart = index
        }
        flush(upTo: end)
    }

    /// U+FDD0–U+FDEF (EF B7 90–AF) and U+FFFE, U+FFFF (EF BF BE, BF), from the two bytes after EF.
    private static func isNoncharacter3(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third >= 0xBE)
    }
}
