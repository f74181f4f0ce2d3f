import Dashboard

extension ContentLink {
    /// The route, or nil when the id does not exist (reported by the link check).
    func route(in model: DashboardModel) -> Route? {
        switch kind {
        case .goal: return Int(id).flatMap { model.goal($0) }.map { .goal($0.number) }
        case .indicator: return model.indicator(id).map { .indicator($0.id) }
        case .area: return model.area(id).map { .area($0.id) }
        case .region: return model.region(id).map { .region($0.id) }
        case .page: return model.pages[id].map { .page($0.id) }
        case .discussion: return model.discussions.first { $0.id == id }.map { .discussion($0.id) }
        }
    }
}
