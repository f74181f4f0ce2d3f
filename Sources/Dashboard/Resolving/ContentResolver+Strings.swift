import Diagnostics

extension ContentResolver {
    /// UI string catalogs. The default language's catalog defines the keys; others are checked against it.
    static func readCatalogs(_ nodes: [String: JSONNode], content: ContentFiles, context: Context,
                             log: inout DiagnosticLog) -> [String: [String: String]] {
        var catalogs: [String: [String: String]] = [:]
        for (language, node) in nodes.sorted(by: { $0.key < $1.key }) {
            guard var object = JSONObjectReader(node, context: "the UI strings", log: &log) else { continue }
            var strings: [String: String] = [:]
            for key in object.allKeys {
                if let text = object.string(key, log: &log) { strings[key] = text }
            }
            catalogs[language] = strings
        }
        guard let primary = catalogs[context.defaultLanguage] else {
            log.error("the UI strings of the default language are missing",
                      at: SourceLocation(file: content.displayPath("i18n/\(context.defaultLanguage).json")))
            return catalogs
        }
        for language in context.languages where language != context.defaultLanguage {
            let path = content.displayPath("i18n/\(language).json")
            guard let catalog = catalogs[language] else {
                log.warning("the UI strings in \(languageName(language)) are missing; Finnish is shown instead",
                            at: SourceLocation(file: path))
                continue
            }
            for key in primary.keys.sorted() where catalog[key] == nil {
                log.warning("missing \(languageName(language)) UI string \"\(key)\"", at: SourceLocation(file: path),
                            hint: "copy it from i18n/\(context.defaultLanguage).json and translate it")
            }
            for key in catalog.keys.sorted() where primary[key] == nil {
                log.warning("the UI string \"\(key)\" is not used", at: SourceLocation(file: path),
                            hint: Suggestion.hint(for: key, among: primary.keys.sorted()))
            }
        }
        return catalogs
    }
}
