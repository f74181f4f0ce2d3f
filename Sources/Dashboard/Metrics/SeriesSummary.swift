/// The figures the site shows about one series: the latest value, the comparison value and the trend status.
public struct SeriesSummary: Sendable {
    public var latest: Metric.Point?
    /// The point a year before `latest` (monthly, quarterly) or the previous period (yearly).
    public var comparison: Metric.Point?
    public var change: Double?
    public var status: TrendStatus
    /// The status rests on a provisional value (the latest or the comparison value), so it may change when
    /// the value is revised. Pages mark such a status; the rule is on the methods page.
    public var isProvisional: Bool {
        status != .notAssessed && status != .notEnoughData
            && (latest?.isProvisional == true || comparison?.isProvisional == true)
    }

    /// Summarises `series` by the published trend rule.
    /// `relativeTolerance`: the tolerance is a percentage of the comparison value rather than in the unit.
    public init(_ series: Metric.Series?, direction: Metric.Direction, tolerance: Double, relativeTolerance: Bool = false,
                frequency: Period.Frequency) {
        guard let series, let latest = series.points.last(where: { $0.value != nil }) else {
            self.latest = nil
            comparison = nil
            change = nil
            status = direction == .none ? .notAssessed : .notEnoughData
            return
        }
        self.latest = latest
        let target = latest.period.advanced(by: -frequency.periodsPerYear)
        let comparison = series.point(at: target).flatMap { $0.value == nil ? nil : $0 }
        self.comparison = comparison
        if let old = comparison?.value, let new = latest.value {
            change = new - old
        } else {
            change = nil
        }
        let threshold = relativeTolerance ? tolerance / 100 * abs(comparison?.value ?? 0) : tolerance
        status = TrendStatus.classify(change: change, direction: direction, tolerance: threshold)
    }
}
