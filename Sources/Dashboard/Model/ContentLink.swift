/// A link to other content by id, written `[text](goal:3)`, `[text](indicator:benefit-days)`,
/// `[text](area:helsinki)`, `[text](region:evk-uusimaa)`, `[text](page:methods)` or
/// `[text](discussion:2025-ely-pohjanmaa)`, optionally with `#anchor`. Titles and URLs can change; ids do not.
public struct ContentLink: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case goal, indicator, area, region, page, discussion
    }

    public var kind: Kind
    public var id: String
    public var fragment: String?

    /// Nil for anything that is not a content link (ordinary URLs, relative paths).
    public init?(_ destination: String) {
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
}

extension DashboardModel {
    /// Whether the content a link names exists; its fragment is checked with the page's anchors.
    public func contains(_ link: ContentLink) -> Bool {
        switch link.kind {
        case .goal: Int(link.id).flatMap(goal) != nil
        case .indicator: indicator(link.id) != nil
        case .area: area(link.id) != nil
        case .region: region(link.id) != nil
        case .page: pages[link.id] != nil
        case .discussion: discussions.contains { $0.id == link.id }
        }
    }
}
