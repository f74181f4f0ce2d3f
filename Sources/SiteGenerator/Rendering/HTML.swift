/// HTML escaping. Every text that reaches a page goes through one of these; templates never concatenate
/// unescaped content.
enum HTML {
    /// Escapes text for element content and double-quoted attribute values.
    static func escape(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8 where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// ` lang="fi"` when `language` differs from the page's language (fallback text), else "".
    static func langAttribute(_ language: String, page: String) -> String {
        language == page ? "" : " lang=\"\(escape(language))\""
    }
}
