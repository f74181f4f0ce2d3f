import Dashboard

/// The pre-built orders of the overview's table, one page each, so the table is sortable without scripts.
enum OverviewOrder: String, CaseIterable, Sendable {
    /// By area name in the page language (the overview's own address).
    case name
    /// Most worsening indicators first.
    case worsening
    /// Most improving indicators first.
    case improving

    /// The URL segment under the overview's, or nil for the default order.
    var pathKey: String? { self == .name ? nil : "path.overview.\(rawValue)" }

    /// Sorts areas by this order; ties go by name, so every order is total and the output stable.
    func sorted(_ areas: [(area: Area, name: String, tally: TrendTally)]) -> [Area] {
        areas.sorted { a, b in
            switch self {
            case .name: break
            case .worsening:
                if a.tally.worsening != b.tally.worsening { return a.tally.worsening > b.tally.worsening }
                if a.tally.improving != b.tally.improving { return a.tally.improving < b.tally.improving }
            case .improving:
                if a.tally.improving != b.tally.improving { return a.tally.improving > b.tally.improving }
                if a.tally.worsening != b.tally.worsening { return a.tally.worsening < b.tally.worsening }
            }
            return (a.name, a.area.id) < (b.name, b.area.id)
        }.map(\.area)
    }
}
