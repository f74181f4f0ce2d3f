import Dashboard
import Publishing

/// Everything a page template needs: the model, its language, and links relative to the page being written.
struct PageContext {
    let model: DashboardModel
    let language: String
    let strings: Strings
    let format: Localisation
    /// The route being rendered and its output path.
    let route: Route
    let path: String
    let resources: SiteResources
    /// Chart exports and other files written beside the page.
    let attachments = PageAttachments()
    private let links = LinkCache()

    /// `path` overrides where the page is written (the root `404.html` is the default language's 404 page).
    init(model: DashboardModel, language: String, route: Route, resources: SiteResources, path: String? = nil) {
        self.model = model
        self.language = language
        self.route = route
        self.resources = resources
        strings = resources.strings(language)
        format = Localisation(language: language)
        self.path = path ?? route.path(language: language, strings: strings)
    }

    var defaultLanguage: String { model.settings.defaultLanguage }

    /// The folder of this page's output path, with a trailing slash ("fi/alueet/helsinki/").
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relative link from this page to `route` (in `language`, default this page's).
    func href(_ route: Route, language: String? = nil) -> String {
        let language = language ?? self.language
        // Pages link to the same areas from rankings, tables and maps: compute each link once per page.
        return links.href(route, language: language) {
            RelativePath.url(from: path, to: route.path(language: language, strings: resources.strings(language)),
                             indexFiles: .kept)
        }
    }

    /// A relative link to a file at `sitePath` (assets, downloads).
    func href(file sitePath: String) -> String {
        RelativePath.url(from: path, to: sitePath, indexFiles: .kept)
    }

    /// A UI string, escaped, wrapped in a `lang` span when it fell back to another language.
    func t(_ key: String) -> String {
        let (text, language) = strings.lookup(key)
        return language == self.language ? HTML.escape(text) : "<span lang=\"\(language)\">\(HTML.escape(text))</span>"
    }

    /// A UI string with `{name}` placeholders, as plain (unescaped) text.
    func plain(_ key: String, _ values: [String: String] = [:]) -> String {
        strings.format(key, values)
    }

    /// Localized content text, escaped, marked with `lang` when it fell back.
    func text(_ localized: LocalizedText) -> String {
        guard let (text, language) = localized.resolved(self.language, fallback: defaultLanguage) else { return "" }
        return language == self.language ? HTML.escape(text) : "<span lang=\"\(language)\">\(HTML.escape(text))</span>"
    }

    func plainText(_ localized: LocalizedText) -> String {
        localized.text(language, fallback: defaultLanguage)
    }

    /// The per-language text of a goal, indicator or page, with the language it is in.
    func texts<Value>(_ localized: Localized<Value>) -> (value: Value, language: String)? {
        localized.resolved(language, fallback: defaultLanguage)
    }

    /// `lang="…"` attribute for content in `textLanguage`, or "" when it is the page language.
    func langAttribute(_ textLanguage: String) -> String {
        HTML.langAttribute(textLanguage, page: language)
    }

    func areaName(_ area: Area) -> String { plainText(area.name) }

    /// A region's (maakunta's) name in the page language, from the catalogs (`maakunta.Pohjanmaa` → Österbotten).
    func maakunta(_ finnishName: String) -> String {
        let key = "maakunta.\(finnishName)"
        let name = strings[key]
        return name == key ? finnishName : name
    }

    func placeName(_ place: String) -> String {
        if place == Metric.wholeCountry { return strings["place.whole-country"] }
        if let area = model.area(place) { return plainText(area.name) }
        if let region = model.region(place) { return plainText(region.name) }
        return place
    }
}

/// Relative links already computed for one page. Each page has its own; it is not shared between threads.
final class LinkCache {
    private struct Key: Hashable {
        var route: Route
        var language: String
    }

    private var hrefs: [Key: String] = [:]

    func href(_ route: Route, language: String, compute: () -> String) -> String {
        let key = Key(route: route, language: language)
        if let cached = hrefs[key] { return cached }
        let href = compute()
        hrefs[key] = href
        return href
    }
}
