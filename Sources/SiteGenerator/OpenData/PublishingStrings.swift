import Dashboard

/// The UI strings that data files and feeds use, read from the site's catalogs (`Content/i18n/<lang>.json`)
/// with built-in texts for keys a catalog does not have yet, so publishing never prints a bare key.
///
/// Lookup order: the catalog of the language, the built-in text of the language, the default language's
/// catalog, the built-in text of the default language, and finally the English built-in text.
struct PublishingStrings {
    var catalogs: [String: [String: String]]
    var defaultLanguage: String

    init(model: DashboardModel) {
        catalogs = model.catalogs
        defaultLanguage = model.settings.defaultLanguage
    }

    /// The text of `key` in `language`.
    func text(_ key: String, _ language: String) -> String {
        catalogs[language]?[key] ?? Self.builtIn[language]?[key] ?? catalogs[defaultLanguage]?[key]
            ?? Self.builtIn[defaultLanguage]?[key] ?? Self.builtIn["en"]?[key] ?? key
    }

    /// The text of `key` with `{name}` placeholders filled in.
    func format(_ key: String, _ language: String, _ values: [String: String]) -> String {
        Self.fill(text(key, language), values)
    }

    /// `template` with every `{name}` that `values` knows replaced, in one pass: inserted values are never
    /// scanned again, so a title containing braces stays as it is. Unknown placeholders are kept.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Texts for the keys publishing needs. The catalogs should carry the same keys so translators own them.
    static let builtIn: [String: [String: String]] = [
        "fi": [
            "place.whole-country": "Koko maa",
            "feed.title": "{site} – päivitykset",
            "feed.entry.data": "{indicator}: tiedot päivitetty",
            "feed.entry.data.summary": "Uusin ajanjakso: {period}. Lähde: {source}.",
            "feed.entry.discussion.summary": "Alueellinen yhteistyö- ja seurantakeskustelu, {region}, {date}.",
            "feed.entry.page": "Sivu päivitetty: {title}",
        ],
        "sv": [
            "place.whole-country": "Hela landet",
            "feed.title": "{site} – uppdateringar",
            "feed.entry.data": "{indicator}: uppgifterna uppdaterade",
            "feed.entry.data.summary": "Senaste period: {period}. Källa: {source}.",
            "feed.entry.discussion.summary": "Regional samarbets- och uppföljningsdiskussion, {region}, {date}.",
            "feed.entry.page": "Sidan uppdaterad: {title}",
        ],
        "en": [
            "place.whole-country": "Whole country",
            "feed.title": "{site} – updates",
            "feed.entry.data": "{indicator}: data updated",
            "feed.entry.data.summary": "Latest period: {period}. Source: {source}.",
            "feed.entry.discussion.summary": "Regional cooperation and monitoring discussion, {region}, {date}.",
            "feed.entry.page": "Page updated: {title}",
        ],
    ]
}
