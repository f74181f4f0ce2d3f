import Dashboard
import Markup

/// Per-build shared data: strings per language and the content-hashed names of assets.
struct SiteResources: Sendable {
    let model: DashboardModel
    private let stringsByLanguage: [String: Strings]
    /// Logical asset name ("site.css") → site path with content hash ("assets/site.3f2a9c1b0d.css").
    let assetPaths: [String: String]
    /// Every route the site has (pages link only to these).
    let routes: Set<Route>
    /// Language → site path of its Atom feed.
    let feeds: [String: String]
    /// Indicator id (or "all" for the bundle) → its data downloads.
    let downloads: [String: [DownloadLink]]
    /// The chart styles embedded in exported SVG files.
    let chartExportCSS: HTML
    /// Each area's statistical neighbours, computed once per build.
    let similarAreas: SimilarAreas

    init(model: DashboardModel, assetPaths: [String: String], routes: Set<Route>, feeds: [String: String] = [:],
         downloads: [String: [DownloadLink]] = [:], chartExportCSS: HTML = HTML()) {
        self.model = model
        self.assetPaths = assetPaths
        self.routes = routes
        self.feeds = feeds
        self.downloads = downloads
        self.chartExportCSS = chartExportCSS
        similarAreas = SimilarAreas(model: model)
        var strings: [String: Strings] = [:]
        for language in model.settings.languages {
            strings[language] = Strings(language: language, catalogs: model.catalogs,
                                        fallbackLanguage: model.settings.defaultLanguage)
        }
        stringsByLanguage = strings
    }

    func routeExists(_ route: Route) -> Bool { routes.contains(route) }

    func strings(_ language: String) -> Strings {
        stringsByLanguage[language]
            ?? Strings(language: language, catalogs: model.catalogs, fallbackLanguage: model.settings.defaultLanguage)
    }
}
