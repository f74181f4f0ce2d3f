import Diagnostics
import Markdown

/// Web addresses written in JSON (the licence and contact links of site.json, an area's sources): the same
/// scheme check as Markdown links, then the form a page can link to, `http://` or `https://` with a host.
enum WebAddress {
    /// Whether `text` is a safe, absolute web address; reports why not at `location` (the value's position).
    @discardableResult
    static func check(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        if let scheme = LinkSafety.dangerousScheme(inUndecoded: text) {
            log.error(.unsafeLink, at: location, ["scheme": scheme])
            return false
        }
        guard isWebAddress(text) else {
            log.error(.invalidWebAddress, at: location, ["url": text])
            return false
        }
        return true
    }

    /// `http://host…` or `https://host…` (any case), with no spaces, control characters or characters that
    /// cannot appear in a URL unescaped.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let prefix = ["https://", "http://"].first(where: lowered.hasPrefix) else { return false }
        let rest = text.unicodeScalars.dropFirst(prefix.count)
        guard let first = rest.first, first != "/" else { return false }
        let forbidden: Set<Unicode.Scalar> = ["\"", "<", ">", "\\", "^", "`", "{", "|", "}"]
        return !text.unicodeScalars.contains {
            $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || forbidden.contains($0)
                || $0.properties.isWhitespace || CharacterName.lookalikes[$0.value] != nil
        }
    }

    /// `name@example.fi`: one `@`, something before it, a domain with a dot after it, nothing a `mailto:` link
    /// or a reader's mail program would read differently.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix(".") else { return false }
        let forbidden: Set<Unicode.Scalar> = ["\"", "<", ">", "\\", "(", ")", ",", ":", ";", "[", "]", "?", "#", "/"]
        return !text.unicodeScalars.contains {
            $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || forbidden.contains($0)
                || $0.properties.isWhitespace || CharacterName.lookalikes[$0.value] != nil
        }
    }
}

extension Diagnostic.Code {
    static let invalidWebAddress = Diagnostic.Code(
        .link, "invalid-web-address", "\"{url}\" is not a web address a page can link to",
        hint: "write the address in full, starting with https://")
}
