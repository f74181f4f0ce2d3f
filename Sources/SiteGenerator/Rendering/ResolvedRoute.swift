import Dashboard

/// A route together with the entities its page shows, resolved once from the model, so rendering never looks an
/// id up again. `Route` stays the address (paths and links); this is what the page is about.
enum ResolvedRoute: Sendable {
    case home
    case goal(Goal)
    case indicator(Indicator)
    case snapshot
    case areaList
    case area(Area)
    case areaGoal(Area, Goal)
    case region(Region)
    case municipalities
    case discussions
    case discussion(Discussion)
    case process
    case search
    case overview(OverviewOrder)
    case page(ContentPage)
    case notFound

    /// The address of this page.
    var route: Route {
        switch self {
        case .home: return .home
        case .goal(let goal): return .goal(goal.number)
        case .indicator(let indicator): return .indicator(indicator.id)
        case .snapshot: return .snapshot
        case .areaList: return .areaList
        case .area(let area): return .area(area.id)
        case .areaGoal(let area, let goal): return .areaGoal(area: area.id, goal: goal.number)
        case .region(let region): return .region(region.id)
        case .municipalities: return .municipalities
        case .discussions: return .discussions
        case .discussion(let discussion): return .discussion(discussion.id)
        case .process: return .process
        case .search: return .search
        case .overview(let order): return .overview(order)
        case .page(let page): return .page(page.id)
        case .notFound: return .notFound
        }
    }

    /// Every page of the site, in a stable order.
    static func all(in model: DashboardModel) -> [ResolvedRoute] {
        var routes: [ResolvedRoute] = [.home, .areaList, .municipalities, .process, .search, .notFound]
        routes += OverviewOrder.allCases.map { .overview($0) }
        routes += model.goals.map { .goal($0) }
        routes += model.indicators.map { .indicator($0) }
        if !model.contextIndicators.isEmpty { routes.append(.snapshot) }
        routes += model.areas.map { .area($0) }
        for area in model.areas { routes += model.goals.map { .areaGoal(area, $0) } }
        routes += model.regions.map { .region($0) }
        if !model.discussions.isEmpty {
            routes.append(.discussions)
            routes += model.discussions.map { .discussion($0) }
        }
        routes += model.pages.sorted { $0.key < $1.key }.map { .page($0.value) }
        return routes
    }
}
