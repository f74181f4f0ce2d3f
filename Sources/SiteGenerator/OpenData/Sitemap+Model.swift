import Dashboard
import Publishing

extension Sitemap {
    /// The sitemap of the whole site: every route except the 404 page, in every site language, with the
    /// default language's version as `x-default`.
    ///
    /// `lastmod` is given only where a content date says when the page's substance changed: the metric's
    /// `updated` date for an indicator, the newest of them for pages that show several indicators (home, goal,
    /// area, area goal), a free page's `updated` date and a discussion's date. Other pages (lists, registry,
    /// process) have no such date, and a guessed one would mislead crawlers, so it is omitted.
    init(model: DashboardModel, baseURL: BaseURL) {
        let settings = model.settings
        let languages = settings.languages.map { language in
            let strings = Strings(
                language: language, catalogs: model.catalogs, fallbackLanguage: settings.defaultLanguage)
            return (language, strings)
        }
        let pages = Route.all(in: model).filter { $0 != .notFound }.map { route in
            Page(
                versions: languages.map { Version(language: $0, path: route.path(language: $0, strings: $1)) },
                defaultPath: languages.first { $0.0 == settings.defaultLanguage }.map {
                    route.path(language: $0, strings: $1)
                },
                lastModified: Self.lastModified(of: route, model: model))
        }
        self.init(baseURL: baseURL, pages: pages)
    }

    /// The content date of a route, if it has one.
    static func lastModified(of route: Route, model: DashboardModel) -> PublicationDate? {
        let date: CalendarDate?
        switch route {
        case .home, .area, .overview: date = model.indicators.map(\.metric.updated).max()
        case .goal(let number), .areaGoal(_, let number):
            date = model.indicators(ofGoal: number).map(\.metric.updated).max()
        case .indicator(let id): date = model.indicator(id)?.metric.updated
        case .snapshot: date = model.contextIndicators.map(\.metric.updated).max()
        case .page(let id): date = model.pages[id]?.date
        case .discussion(let id): date = model.discussions.first { $0.id == id }?.page.date
        case .discussions: date = model.discussions.compactMap(\.page.date).max()
        case .areaList, .region, .municipalities, .process, .search, .notFound: date = nil
        }
        return date.flatMap(PublicationDate.init)
    }
}

extension PublicationDate {
    /// The same day as a content date; nil only for a date the content loader would have rejected.
    init?(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }
}
