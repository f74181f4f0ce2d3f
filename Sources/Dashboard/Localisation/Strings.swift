/// UI strings of one page language, from the catalogs in `Content/i18n/`, falling back to the default language.
public struct Strings: Sendable {
    public let language: String
    private let primary: [String: String]
    private let fallback: [String: String]
    public let fallbackLanguage: String

    public init(language: String, catalogs: [String: [String: String]], fallbackLanguage: String) {
        self.language = language
        self.primary = catalogs[language] ?? [:]
        self.fallback = catalogs[fallbackLanguage] ?? [:]
        self.fallbackLanguage = fallbackLanguage
    }

    /// The text and the language it is actually in (fallback text is marked with its `lang` on the page).
    public func lookup(_ key: String) -> (text: String, language: String) {
        if let text = primary[key] { return (text, language) }
        if let text = fallback[key] { return (text, fallbackLanguage) }
        return (key, language)
    }

    public subscript(_ key: String) -> String { lookup(key).text }

    /// A string with `{name}` placeholders filled in, in one pass; unknown placeholders stay as written.
    /// When `{count}` is 1 and the catalog has a `<key>.one` form, that form is used ("1 kunta", not "1 kuntaa").
    public func format(_ key: String, _ values: [String: String]) -> String {
        let template = self[templateKey(key, values)]
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = String(rest[afterOpen..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// `<key>.one` for a count of exactly 1 when this language has it (or, lacking the key itself, the fallback
    /// language has it); otherwise `key`.
    func templateKey(_ key: String, _ values: [String: String]) -> String {
        guard values["count"] == "1" else { return key }
        let singular = key + ".one"
        let hasSingular = primary[singular] != nil || (primary[key] == nil && fallback[singular] != nil)
        return hasSingular ? singular : key
    }
}
