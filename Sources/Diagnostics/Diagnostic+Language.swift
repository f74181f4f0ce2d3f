extension Diagnostic {
    /// The language of messages and hints. The rest of a diagnostic is the same in every language, so tools read
    /// it alike: `path:line:col: error: message [code]`, where `error`/`warning` and the code are never translated.
    public enum Language: String, Sendable, CaseIterable {
        case english = "en"
        case finnish = "fi"
        case swedish = "sv"

        /// The language the environment asks for, as the C library decides: the first of `LC_ALL`, `LC_MESSAGES`
        /// and `LANG` that is set and not empty; Finnish when it starts with `fi`, Swedish with `sv`, else English.
        public init(environment: [String: String]) {
            let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
            self = Self.allCases.first { $0 != .english && setting?.hasPrefix($0.rawValue) == true } ?? .english
        }

        /// The table of this language's templates and terms; nil for English, which the codes carry themselves.
        public var translation: Translation? {
            switch self {
            case .english: nil
            case .finnish: Translation.finnish
            case .swedish: Translation.swedish
            }
        }

        /// The label of a report's hint line.
        var hintLabel: String {
            switch self {
            case .english: "hint"
            case .finnish: "vihje"
            case .swedish: "tips"
            }
        }

        /// The last line of a report cut at its limit.
        func more(_ count: Int, errors: Int, warnings: Int) -> String {
            switch self {
            case .english: "… and \(count) more (\(errors) errors, \(warnings) warnings in all)"
            case .finnish: "… ja \(count) muuta (yhteensä virheitä \(errors), varoituksia \(warnings))"
            case .swedish: "… och \(count) till (sammanlagt \(errors) fel, \(warnings) varningar)"
            }
        }
    }
}
