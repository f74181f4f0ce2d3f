import Diagnostics

extension ContentResolver {
    /// UI string catalogs. The default language's catalog defines the keys; others are checked against it.
    static func readCatalogs(_ nodes: [String: JSONNode], content: ContentFiles, context: Context,
                             log: inout DiagnosticLog) -> [String: [String: String]] {
        var catalogs: [String: [String: String]] = [:]
        for (language, node) in nodes.sorted(by: { $0.key < $1.key }) {
            guard var object = JSONObjectReader(node, context: .term(.stringsObject), log: &log) else { continue }
            var strings: [String: String] = [:]
            for key in object.allKeys {
                if let text = object.string(key, log: &log) { strings[key] = text }
            }
            catalogs[language] = strings
        }
        guard let primary = catalogs[context.defaultLanguage] else {
            let path = content.displayPath("i18n/\(context.defaultLanguage).json")
            log.error(.missingDefaultStrings, at: SourceLocation(file: path))
            return catalogs
        }
        for language in context.languages where language != context.defaultLanguage {
            let path = content.displayPath("i18n/\(language).json")
            guard let catalog = catalogs[language] else {
                log.warning(.missingStrings, at: SourceLocation(file: path),
                            ["language": Diagnostic.Term.language(language)])
                continue
            }
            for key in primary.keys.sorted() where catalog[key] == nil {
                log.warning(.missingString, at: SourceLocation(file: path), [
                    "language": Diagnostic.Term.language(language), "key": key, "fallback": context.defaultLanguage,
                ])
            }
            for key in catalog.keys.sorted() where primary[key] == nil {
                log.warning(.unusedString, at: SourceLocation(file: path),
                            ["key": key, "suggestion": Suggestion.closest(to: key, among: primary.keys.sorted())])
            }
        }
        return catalogs
    }
}

extension Diagnostic.Code {
    static let missingDefaultStrings = Diagnostic.Code(
        .strings, "missing-default", "the UI strings of the default language are missing")
    static let missingStrings = Diagnostic.Code(
        .strings, "missing-language", "the UI strings in {language} are missing; Finnish is shown instead")
    static let missingString = Diagnostic.Code(
        .strings, "missing-string", "missing {language} UI string \"{key}\"",
        hint: "copy it from i18n/{fallback}.json and translate it")
    static let unusedString = Diagnostic.Code(
        .strings, "unused-string", "the UI string \"{key}\" is not used", hint: "did you mean '{suggestion}'?")
}

extension Diagnostic.Term {
    static let stringsObject = Diagnostic.Term("object.strings", "the UI strings")
}
