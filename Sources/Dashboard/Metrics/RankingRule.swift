/// The published rule for ranking areas (stated on the methods page, tested in `RankingRuleTests`):
/// a rate, share, average or score is ranked as it is; a count grows with the size of the area, so it is
/// ranked per `perInhabitants` inhabitants of the area (the registry's population), never as a raw count.
/// Without a population for every area, a count is listed without ranks. Provisional values are ranked
/// and marked as provisional.
public enum RankingRule: Sendable, Equatable {
    /// Rank the values as they are.
    case values
    /// Rank `value / population × perInhabitants`.
    case perPopulation
    /// Show the counts, give no rank.
    case unranked

    /// Counts are ranked per this many inhabitants.
    public static let perInhabitants = 10_000.0

    /// The rule for a metric in a model.
    public static func rule(for metric: Metric, in model: DashboardModel) -> RankingRule {
        guard metric.unit == .count else { return .values }
        return model.areas.allSatisfy { model.population(ofArea: $0.id) != nil } ? .perPopulation : .unranked
    }

    /// The figure ranked for an area's value, nil when there is none to rank.
    public func rankedValue(_ value: Double?, population: Int?) -> Double? {
        guard let value else { return nil }
        switch self {
        case .values, .unranked: return value
        case .perPopulation:
            guard let population, population > 0 else { return nil }
            return value / Double(population) * Self.perInhabitants
        }
    }
}
