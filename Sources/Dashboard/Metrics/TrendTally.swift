/// How many of a place's indicators improve, show no clear change or worsen, by the published trend rule
/// (`SeriesSummary`, `TrendStatus`): the area pages' scoreboard per goal and the overview's sort orders.
public struct TrendTally: Sendable, Equatable {
    public var improving = 0
    public var noClearChange = 0
    public var worsening = 0
    /// Indicators whose latest or comparison value is missing.
    public var notEnoughData = 0
    /// Indicators without a better direction, which the rule does not assess.
    public var notAssessed = 0

    public init() {}

    /// Counts each status once.
    public init(_ statuses: some Sequence<TrendStatus>) {
        for status in statuses { add(status) }
    }

    /// The statuses of `indicators`' headline series for `place` (an area, a region or the whole country).
    public init(place: String, indicators: [Indicator]) {
        self.init(indicators.map { $0.metric.summary(for: place).status })
    }

    public mutating func add(_ status: TrendStatus) {
        switch status {
        case .improving: improving += 1
        case .noClearChange: noClearChange += 1
        case .worsening: worsening += 1
        case .notEnoughData: notEnoughData += 1
        case .notAssessed: notAssessed += 1
        }
    }

    /// The count of one status.
    public subscript(status: TrendStatus) -> Int {
        switch status {
        case .improving: improving
        case .noClearChange: noClearChange
        case .worsening: worsening
        case .notEnoughData: notEnoughData
        case .notAssessed: notAssessed
        }
    }

    /// Every indicator counted.
    public var total: Int { improving + noClearChange + worsening + notEnoughData + notAssessed }
}
