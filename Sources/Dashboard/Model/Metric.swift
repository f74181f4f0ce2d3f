/// The computed data of one indicator, as published by the data pipeline in `Content/data/<id>.json`.
public struct Metric: Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case percent, count, days, score, ratio

        /// The values a measurement in this unit can take on the site. Counts, days and ratios stop at a hundred
        /// billion: more than any figure of Finland's labour statistics, and small enough that every value is
        /// printed exactly, with up to four decimals, on the page, in its table and in the CSV and JSON files
        /// (a value times 10⁴ stays below 2⁵³).
        public var validRange: ClosedRange<Double> {
            switch self {
            case .percent, .score: 0...100
            case .count, .days, .ratio: 0...Self.largestValue
            }
        }

        /// The largest count, number of days or ratio a metric may have.
        public static let largestValue = 100_000_000_000.0
    }

    /// The most decimals a metric may show (`decimals`), as the schema says.
    public static let maximumDecimals = 4

    /// The smallest magnitude a value other than zero may have: the last decimal the site can show. Smaller
    /// values are no figure a page can print, and a chart's axis cannot be fitted to them.
    public static let smallestValue = 0.0001

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
        /// The value was corrected after it had been published as final; pages say so beside it.
        case revised
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
        public var isRevised: Bool { flags.contains(.revised) }
    }

    /// One line of data: a place (area id, region id or `FI`) and a breakdown selection.
    public struct Series: Sendable {
        public let place: String
        /// Breakdown id → category id; empty for the total.
        public let selection: [String: String]
        /// In increasing period order.
        public let points: [Point]
        /// Period → index in `points`; pages look values up by period thousands of times per build.
        let pointIndex: [Period: Int]

        public init(place: String, selection: [String: String], points: [Point]) {
            self.place = place
            self.selection = selection
            self.points = points
            pointIndex = Dictionary(points.enumerated().map { ($1.period, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    struct SeriesKey: Hashable {
        var place: String
        var selection: [String: String]
    }

    public static let wholeCountry = "FI"

    public var indicatorID: String
    public var unit: Unit
    public var decimals: Int
    public var betterDirection: Direction
    public var frequency: Period.Frequency
    public var updated: CalendarDate
    public var source: LocalizedText
    /// Whether the values are real statistics (and from which tables) or illustrative.
    public var provenance: Provenance
    public var trendTolerance: Double
    /// When true, `trendTolerance` is a percentage of the comparison value (for counts, whose size depends
    /// on the area's size); otherwise it is in the metric's unit.
    public var trendToleranceIsRelative: Bool
    public var breakdowns: [Breakdown]
    /// The selection shown where one figure stands for the indicator; empty = the total.
    public var headline: [String: String]
    public let series: [Series]
    /// The file the metric came from, for messages and downloads.
    public var file: String
    /// All periods in any series, sorted: the x axis shared by every chart of this metric.
    public let periods: [Period]
    let seriesIndex: [SeriesKey: Int]

    public init(
        indicatorID: String, unit: Unit, decimals: Int, betterDirection: Direction, frequency: Period.Frequency,
        updated: CalendarDate, source: LocalizedText, provenance: Provenance = .illustrative, trendTolerance: Double,
        trendToleranceIsRelative: Bool = false,
        breakdowns: [Breakdown] = [], headline: [String: String] = [:], series: [Series], file: String
    ) {
        self.indicatorID = indicatorID
        self.unit = unit
        self.decimals = decimals
        self.betterDirection = betterDirection
        self.frequency = frequency
        self.updated = updated
        self.source = source
        self.provenance = provenance
        self.trendTolerance = trendTolerance
        self.trendToleranceIsRelative = trendToleranceIsRelative
        self.breakdowns = breakdowns
        self.headline = headline
        self.series = series
        self.file = file
        periods = Set(series.flatMap { $0.points.map(\.period) }).sorted()
        seriesIndex = Dictionary(series.enumerated().map { (SeriesKey(place: $1.place, selection: $1.selection), $0) },
                                 uniquingKeysWith: { a, _ in a })
    }
}
