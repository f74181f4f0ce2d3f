/// The computed data of one indicator, as published by the data pipeline in `Content/data/<id>.json`.
public struct Metric: Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case percent, count, days, score, ratio

        /// The values a measurement in this unit can take.
        public var validRange: ClosedRange<Double> {
            switch self {
            case .percent, .score: 0...100
            case .count, .days, .ratio: 0...Double.greatestFiniteMagnitude
            }
        }
    }

    public enum Direction: String, Sendable, CaseIterable {
        case up, down, none
    }

    public enum MissingReason: String, Sendable, CaseIterable {
        case notPublished = "not-published"
        case suppressed
        case notApplicable = "not-applicable"
    }

    public enum Flag: String, Sendable, CaseIterable {
        case provisional
        case breakInSeries = "break-in-series"
    }

    public struct Category: Sendable, Identifiable {
        public var id: String
        public var name: LocalizedText
        /// Overrides the metric's direction (employment rate up, unemployment rate down).
        public var betterDirection: Direction?
    }

    public struct Breakdown: Sendable, Identifiable {
        public var id: String
        public var name: LocalizedText
        public var categories: [Category]
    }

    public struct Point: Sendable {
        public var period: Period
        public var value: Double?
        public var missing: MissingReason?
        public var flags: Set<Flag>

        public init(period: Period, value: Double?, missing: MissingReason? = nil, flags: Set<Flag> = []) {
            self.period = period
            self.value = value
            self.missing = missing
            self.flags = flags
        }

        public var isProvisional: Bool { flags.contains(.provisional) }
    }

    /// One line of data: a place (area id, region id or `FI`) and a breakdown selection.
    public struct Series: Sendable {
        public var place: String
        /// Breakdown id → category id; empty for the total.
        public var selection: [String: String]
        public var points: [Point]

        public init(place: String, selection: [String: String], points: [Point]) {
            self.place = place
            self.selection = selection
            self.points = points
        }
    }

    public static let wholeCountry = "FI"

    public var indicatorID: String
    public var unit: Unit
    public var decimals: Int
    public var betterDirection: Direction
    public var frequency: Period.Frequency
    public var updated: CalendarDate
    public var source: LocalizedText
    public var trendTolerance: Double
    /// When true, `trendTolerance` is a percentage of the comparison value (for counts, whose size depends
    /// on the area's size); otherwise it is in the metric's unit.
    public var trendToleranceIsRelative: Bool
    public var breakdowns: [Breakdown]
    /// The selection shown where one figure stands for the indicator; empty = the total.
    public var headline: [String: String]
    public var series: [Series]
    /// The file the metric came from, for messages and downloads.
    public var file: String
}
