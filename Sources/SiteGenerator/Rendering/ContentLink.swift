import Dashboard

/// A link to other content by id, written `[text](goal:3)`, `[text](indicator:benefit-days)`,
/// `[text](area:helsinki)`, `[text](region:evk-uusimaa)`, `[text](page:methods)` or
/// `[text](discussion:2025-ely-pohjanmaa)`, optionally with `#anchor`. Titles and URLs can change; ids do not.
struct ContentLink: Equatable {
    enum Kind: String, CaseIterable {
        case goal, indicator, area, region, page, discussion
    }

    var kind: Kind
    var id: String
    var fragment: String?

    /// Nil for anything that is not a content link (ordinary URLs, relative paths).
    init?(_ destination: String) {
        guard let colon = destination.firstIndex(of: ":"),
              let kind = Kind(rawValue: String(destination[..<colon])) else { return nil }
        var rest = destination[destination.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        self.kind = kind
        id = String(rest)
    }

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
