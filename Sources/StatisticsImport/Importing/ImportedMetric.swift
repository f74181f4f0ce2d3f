import Dashboard

/// One indicator's metric file as the importer computed it, ready to be written in the layout of
/// `Content/data/<indicator>.json` (docs/METRICS.md).
public struct ImportedMetric: Sendable {
    public var indicator: String
    public var unit: Metric.Unit
    public var decimals: Int
    public var betterDirection: Metric.Direction
    public var frequency: Period.Frequency
    public var updated: CalendarDate
    public var source: LocalizedText
    /// Real values, from these tables: the main one first, then any other a quantity reads.
    public var provenance: Provenance
    public var trendTolerance: Double
    public var trendToleranceRelative: Bool
    /// The whole country, then the regions in the mapping's order, then the areas in the registry's order.
    public var series: [Series]

    public struct Series: Sendable {
        /// `FI`, a region id or an area id.
        public var area: String
        /// In increasing period order.
        public var points: [Point]
    }

    public struct Point: Sendable, Equatable {
        public var period: Period
        public var value: Double?
        public var missing: Metric.MissingReason?
        /// The source marks the period preliminary.
        public var provisional: Bool
        /// Formed from the members that have a value, because the mapping allows it; some were missing.
        public var incomplete: Bool
    }

    public func series(for area: String) -> Series? {
        series.first { $0.area == area }
    }
}
