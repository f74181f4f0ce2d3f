import Diagnostics

extension ContentResolver {
    /// The UI string catalogs and where each string is written. URL path segments (`path.*`) are checked here,
    /// at their own line; which keys the site needs is checked by ``checkStrings(in:keys:log:)``, which knows
    /// the templates' keys.
    static func readCatalogs(_ nodes: [String: JSONNode], content: ContentFiles, context: Context,
                             log: inout DiagnosticLog)
        -> (texts: [String: [String: String]], locations: [String: [String: SourceLocation]])
    {
        var catalogs: [String: [String: String]] = [:]
        var locations: [String: [String: SourceLocation]] = [:]
        for (language, node) in nodes.sorted(by: { $0.key < $1.key }) {
            let path = content.displayPath("i18n/\(language).json")
            guard context.languages.contains(language) else {
                log.warning(.unusedFile, at: SourceLocation(file: path), [
                    "suggestion": Suggestion.closest(to: language, among: context.languages).map { "\($0).json" },
                ])
                continue
            }
            guard var object = JSONObjectReader(node, context: .term(.stringsObject), log: &log) else { continue }
            var strings: [String: String] = [:]
            var positions: [String: SourceLocation] = ["": node.location]
            for key in object.allKeys {
                guard let text = object.string(key, log: &log) else { continue }
                let location = object.valueLocation(key)
                positions[key] = location
                if key.hasPrefix("path."), let reason = pathSegmentProblem(text) {
                    log.error(.invalidPathSegment, at: location, ["key": key, "value": text, "reason": reason])
                    continue
                }
                strings[key] = text
            }
            catalogs[language] = strings
            locations[language] = positions
        }
        let defaultPath = "i18n/\(context.defaultLanguage).json"
        if catalogs[context.defaultLanguage] == nil && nodes[context.defaultLanguage] == nil
            && !context.brokenFiles.contains(defaultPath) {
            log.error(.missingDefaultStrings, at: SourceLocation(file: content.displayPath(defaultPath)),
                      ["language": Diagnostic.Term.language(context.defaultLanguage)])
        }
        return (catalogs, locations)
    }

    /// Why `segment` cannot be one segment of a URL path and a folder name on every host, or nil.
    static func pathSegmentProblem(_ segment: String) -> Diagnostic.Term? {
        if segment.isEmpty { return .segmentEmpty }
        if segment == "." || segment == ".." { return .segmentDots }
        if segment.contains("/") { return .segmentSlash }
        if segment.contains("\\") { return .segmentBackslash }
        if segment.unicodeScalars.contains(where: {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || CharacterName.lookalikes[$0.value] != nil
        }) {
            return .segmentInvisible
        }
        if segment.first == " " || segment.last == " " { return .segmentSpace }
        if segment.utf8.count > 100 { return .segmentLong }
        return nil
    }

    /// The UI strings a site needs: `required` keys, and keys that may be present (`optional`, such as
    /// `path.page.<id>` or `<key>.one`). The site generator knows them from its templates.
    public struct StringKeys: Sendable {
        public var required: Set<String>
        public var optional: @Sendable (String) -> Bool

        public init(required: Set<String>, optional: @escaping @Sendable (String) -> Bool) {
            self.required = required
            self.optional = optional
        }
    }

    /// Checks the catalogs against the keys the templates use. A key missing from the default language is an
    /// error (pages would show the bare key); a key missing from another language is a warning (the default
    /// language's text is shown), an error with `--strict`. Both name the catalog that lacks it; a key no
    /// template uses is a warning at its own line.
    public static func checkStrings(in model: DashboardModel, keys: StringKeys, content: ContentFiles,
                                    log: inout DiagnosticLog) {
        let defaultLanguage = model.settings.defaultLanguage
        for language in model.settings.languages {
            let path = content.displayPath("i18n/\(language).json")
            if model.brokenFiles.contains("i18n/\(language).json") { continue }
            guard let catalog = model.catalogs[language] else {
                if language != defaultLanguage {
                    log.warning(.missingStrings, at: SourceLocation(file: path), [
                        "language": Diagnostic.Term.language(language),
                        "fallback": Diagnostic.Term.language(defaultLanguage),
                    ])
                }
                continue
            }
            let locations = model.stringLocations[language] ?? [:]
            let objectStart = locations[""] ?? SourceLocation(file: path, line: 1, column: 1)
            for key in keys.required.sorted() where catalog[key] == nil && locations[key] == nil {
                if language == defaultLanguage {
                    log.error(.missingDefaultString, at: objectStart, [
                        "language": Diagnostic.Term.language(language), "key": key,
                        "suggestion": Suggestion.closest(
                            to: key, among: catalog.keys.filter { !keys.required.contains($0) }.sorted()),
                    ])
                } else {
                    log.warning(.missingString, at: objectStart, [
                        "language": Diagnostic.Term.language(language), "key": key,
                        "fallback": Diagnostic.Term.language(defaultLanguage),
                        "file": content.displayPath("i18n/\(defaultLanguage).json"),
                    ])
                }
            }
            for key in catalog.keys.sorted() where !keys.required.contains(key) && !keys.optional(key) {
                log.warning(.unusedString, at: locations[key] ?? objectStart, [
                    "key": key, "suggestion": Suggestion.closest(to: key, among: keys.required.sorted()),
                ])
            }
        }
    }
}

extension Diagnostic.Code {
    static let missingDefaultStrings = Diagnostic.Code(
        .strings, "missing-default", "the UI strings of the default language ({language}) are missing",
        hint: "copy another language's file and translate it")
    static let missingStrings = Diagnostic.Code(
        .strings, "missing-language", "the UI strings in {language} are missing; {fallback} is shown instead")
    static let missingDefaultString = Diagnostic.Code(
        .strings, "missing-default-string",
        "the {language} UI strings have no \"{key}\", which the pages need: they would show the bare key",
        hints: ["is '{suggestion}' a misspelling of it?", "add \"{key}\": \"…\""])
    static let missingString = Diagnostic.Code(
        .strings, "missing-string", "missing {language} UI string \"{key}\": the {fallback} text is shown instead",
        hint: "copy it from {file} and translate it")
    static let unusedString = Diagnostic.Code(
        .strings, "unused-string", "the UI string \"{key}\" is not used", hint: "did you mean '{suggestion}'?")
    static let invalidPathSegment = Diagnostic.Code(
        .strings, "invalid-path-segment",
        "\"{key}\" is a folder name in the site's addresses and cannot be \"{value}\": {reason}",
        hint: "write one word or hyphenated words, like \"tavoitteet\"")
}

extension Diagnostic.Term {
    static let stringsObject = Diagnostic.Term("object.strings", "the UI strings")
    static let segmentEmpty = Diagnostic.Term("segment.empty", "it is empty")
    static let segmentDots = Diagnostic.Term("segment.dots", "'.' and '..' mean this folder and the folder above")
    static let segmentSlash = Diagnostic.Term("segment.slash", "a '/' would make it two folders")
    static let segmentBackslash = Diagnostic.Term("segment.backslash", "a backslash is a folder separator on Windows")
    static let segmentInvisible = Diagnostic.Term(
        "segment.invisible", "it contains a control character or a character that only looks like a space")
    static let segmentSpace = Diagnostic.Term("segment.space", "it starts or ends with a space")
    static let segmentLong = Diagnostic.Term("segment.long", "it is longer than 100 bytes")
}
