import Dashboard
import Diagnostics

/// What to import: which statistics tables feed which indicators, and how an area's value is formed from its
/// member municipalities. Read from a mapping file (documented in docs/METRICS.md, schema in
/// `schema/import-mapping.schema.json`); paths in it are relative to the mapping file.
public struct ImportMapping: Sendable {
    /// The mapping file's path, for messages.
    public var file: String
    /// Input tables by id, in the mapping's order.
    public var tables: [Table]
    /// `Content/areas.json`: areas and their member municipalities.
    public var areasFile: String
    /// `Content/municipalities.json`, for the municipalities outside the reform (Åland, `"aland": true`).
    public var municipalitiesFile: String?
    /// The folder the metric files are written to.
    public var output: String
    /// The area code of the whole country's row, where a table has one.
    public var countryCode: String
    /// Area codes a table may carry that belong to no area (`KU199`, municipality unknown).
    public var ignoredCodes: Set<String>
    /// Overrides the tables' own update date.
    public var updated: CalendarDate?
    public var indicators: [Indicator]

    public struct Table: Sendable {
        public var id: String
        public var file: String
        /// The day the file was downloaded, for the metric files' provenance; nil when not recorded.
        public var retrieved: CalendarDate?
        public var location: SourceLocation

        public init(id: String, file: String, retrieved: CalendarDate? = nil, location: SourceLocation) {
            self.id = id
            self.file = file
            self.retrieved = retrieved
            self.location = location
        }
    }

    /// A region of the site (an ELY centre, an elinvoimakeskus) formed from a table's own region rows.
    public struct Region: Sendable {
        public var id: String
        public var codes: [String]
        public var location: SourceLocation
    }

    /// The cells one number is read from: a table, a measure in it, a category for every other dimension that
    /// has more than one, and which of the table's periods to use.
    public struct Quantity: Sendable {
        public enum PeriodRule: String, Sendable, CaseIterable {
            /// The same period as the indicator's main table.
            case same
            /// The table's latest period, for every period (e.g. the latest population for a per-capita rate).
            case latest
        }

        public var table: String
        public var measure: String?
        /// Dimension id → category code.
        public var select: [String: String]
        public var period: PeriodRule
        public var location: SourceLocation
    }

    public enum Aggregate: String, Sendable, CaseIterable {
        /// Counts: an area's value is the sum of its members' values.
        case sum
        /// Rates: `scale` × (sum of numerators) / (sum of denominators), never an average of member rates.
        case ratio
    }

    public struct Indicator: Sendable {
        public var id: String
        public var aggregate: Aggregate
        /// `sum`: one quantity; `ratio`: the numerator, then the denominator.
        public var quantities: [Quantity]
        public var scale: Double
        public var unit: Metric.Unit
        public var decimals: Int
        public var betterDirection: Metric.Direction
        public var trendTolerance: Double
        public var trendToleranceRelative: Bool
        public var source: LocalizedText
        /// Keep an area's value from the members that have one, flagged `incomplete`, instead of leaving it
        /// missing as `suppressed`.
        public var allowIncomplete: Bool
        public var regions: [Region]
        public var location: SourceLocation

        /// The table whose periods the indicator follows.
        public var mainTable: String { quantities[0].table }
    }
}
