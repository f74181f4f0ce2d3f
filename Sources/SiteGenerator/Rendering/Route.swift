import Dashboard

/// Every kind of page the site has. A route becomes a path per language (`fi/tavoitteet/3/index.html`) with
/// segments from the UI catalogs, so translators choose readable URLs.
enum Route: Hashable, Sendable {
    case home
    case goal(Int)
    case indicator(String)
    /// The current situation (tilannekuva): the context indicators of every area, region and the country.
    case snapshot
    case areaList
    case area(String)
    case areaGoal(area: String, goal: Int)
    case region(String)
    case municipalities
    case discussions
    case discussion(String)
    case process
    case search
    case overview(OverviewOrder)
    case page(String)
    case notFound

    /// A free page's URL segment: translated in the catalogs (`path.page.about`), else the page id.
    static func pageSegment(_ id: String, strings: Strings) -> String {
        let key = "path.page.\(id)"
        let segment = strings[key]
        return segment == key ? id : segment
    }

    /// The first path segments of every section, which a free page must not reuse.
    static let sectionKeys = ["path.goals", "path.indicators", "path.snapshot", "path.areas", "path.regions",
                              "path.municipalities", "path.discussions", "path.process", "path.search",
                              "path.overview"]

    /// The output path of this route in `language`, relative to the site root.
    func path(language: String, strings: Strings) -> String {
        let segments: [String]
        switch self {
        case .home: segments = []
        case .goal(let number): segments = [strings["path.goals"], String(number)]
        case .indicator(let id): segments = [strings["path.indicators"], id]
        case .snapshot: segments = [strings["path.snapshot"]]
        case .areaList: segments = [strings["path.areas"]]
        case .area(let id): segments = [strings["path.areas"], id]
        case .areaGoal(let area, let goal): segments = [strings["path.areas"], area, strings["path.goal"] + "-\(goal)"]
        case .region(let id): segments = [strings["path.regions"], id]
        case .municipalities: segments = [strings["path.municipalities"]]
        case .discussions: segments = [strings["path.discussions"]]
        case .discussion(let id): segments = [strings["path.discussions"], id]
        case .process: segments = [strings["path.process"]]
        case .search: segments = [strings["path.search"]]
        case .overview(let order): segments = [strings["path.overview"]] + (order.pathKey.map { [strings[$0]] } ?? [])
        case .page(let id): segments = [Self.pageSegment(id, strings: strings)]
        case .notFound: return "\(language)/404.html"
        }
        return ([language] + segments + ["index.html"]).joined(separator: "/")
    }

    /// Every route of the site, in a stable order.
    static func all(in model: DashboardModel) -> [Route] {
        ResolvedRoute.all(in: model).map(\.route)
    }
}
