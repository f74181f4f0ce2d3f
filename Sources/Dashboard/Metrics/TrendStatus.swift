/// The published rule for progress: compare the latest value with the value a year earlier (the previous value
/// for yearly data) in the indicator's better direction; a change within the indicator's tolerance is no clear
/// change. Documented on the methods page; tested in `TrendStatusTests`.
public enum TrendStatus: String, Sendable, CaseIterable {
    case improving
    case noClearChange = "no-clear-change"
    case worsening
    /// The latest value or the comparison value is missing.
    case notEnoughData = "not-enough-data"
    /// The indicator has no better direction (e.g. a count describing volume).
    case notAssessed = "not-assessed"

    public static func classify(change: Double?, direction: Metric.Direction, tolerance: Double) -> TrendStatus {
        guard direction != .none else { return .notAssessed }
        guard let change else { return .notEnoughData }
        if abs(change) <= tolerance + 1e-9 { return .noClearChange }
        let better = direction == .up ? change > 0 : change < 0
        return better ? .improving : .worsening
    }
}
