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

    /// A string with `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) { text = text.replacingAll("{\(name)}", with: value) }
        return text
    }
}

extension String {
    /// Plain replacement without Foundation, so formatting stays independent of locale settings.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
