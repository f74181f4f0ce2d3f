import Dashboard
import Markup
import Publishing

/// Everything a page template needs: the model, its language, and links relative to the page being written.
struct PageContext {
    let model: DashboardModel
    let language: String
    private let strings: Strings
    let format: Localisation
    /// The route being rendered and its output path.
    let route: Route
    let path: String
    let resources: SiteResources
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

    // UI strings and content texts come in two forms, and the return type says which: `HTML` is page text,
    // escaped and marked with `lang` when it fell back to another language; `String` is plain text (for titles,
    // attributes and chart texts), which an `HTML` interpolation escapes when it enters a page.

    /// A UI string as page text: escaped, in a `lang` span when it fell back to another language.
    func text(_ key: String) -> HTML {
        let (text, language) = strings.lookup(key)
        return marked(text, language: language)
    }

    /// A UI string as plain text, with its `{name}` placeholders filled in from `values`.
    func string(_ key: String, _ values: [String: String] = [:]) -> String {
        strings.format(key, values)
    }

    /// Content text as page text: escaped, in a `lang` span when it fell back to another language.
    func text(_ localized: LocalizedText) -> HTML {
        guard let (text, language) = localized.resolved(self.language, fallback: defaultLanguage) else { return HTML() }
        return marked(text, language: language)
    }

    /// Content text as plain text, falling back to the default language.
    func string(_ localized: LocalizedText) -> String {
        localized.text(language, fallback: defaultLanguage)
    }

    private func marked(_ text: String, language: String) -> HTML {
        language == self.language ? "\(text)" : "<span lang=\"\(language)\">\(text)</span>"
    }

    /// The per-language text of a goal, indicator or page, with the language it is in.
    func texts<Value>(_ localized: Localized<Value>) -> (value: Value, language: String)? {
        localized.resolved(language, fallback: defaultLanguage)
    }

    /// ` lang="…"` for content in `textLanguage`, or nothing when it is the page language.
    func langAttribute(_ textLanguage: String) -> HTML {
        HTML.attribute("lang", textLanguage == language ? nil : textLanguage)
    }

    func areaName(_ area: Area) -> String { string(area.name) }

    /// A region's (maakunta's) name in the page language, from the catalogs (`maakunta.Pohjanmaa` → Österbotten).
    func maakunta(_ finnishName: String) -> String {
        let key = "maakunta.\(finnishName)"
        let name = string(key)
        return name == key ? finnishName : name
    }

    func placeName(_ place: String) -> String {
        if place == Metric.wholeCountry { return string("place.whole-country") }
        if let area = model.area(place) { return string(area.name) }
        if let region = model.region(place) { return string(region.name) }
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
