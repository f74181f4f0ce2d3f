/// A value written once per language, with the site's fallback rule: a missing language uses Finnish.
public struct Localized<Value: Sendable>: Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) { self.values = values }

    public subscript(language: String) -> Value? {
        get { values[language] }
        set { values[language] = newValue }
    }

    /// The value for `language`, or the fallback language's value, with the language actually used
    /// (pages mark fallback text with that `lang`).
    public func resolved(_ language: String, fallback: String) -> (value: Value, language: String)? {
        if let value = values[language] { return (value, language) }
        if let value = values[fallback] { return (value, fallback) }
        return nil
    }
}

public typealias LocalizedText = Localized<String>

extension Localized where Value == String {
    /// The text in `language`, falling back to `fallback`, or "" when neither exists.
    public func text(_ language: String, fallback: String = "fi") -> String {
        resolved(language, fallback: fallback)?.value ?? ""
    }
}
