/// Where a metric's values come from: real statistics, named by the tables they were computed from, or
/// illustrative values made up for an example. Written in every metric file (`"provenance"`), shown next to
/// every figure on the site and in every export.
public struct Provenance: Sendable, Equatable {
    public enum Values: String, Sendable, CaseIterable {
        /// Official statistics, as published by their source.
        case real
        /// Made-up values that only show what the indicator would look like.
        case illustrative
    }

    /// A statistics table the values were computed from.
    public struct Table: Sendable, Equatable {
        /// The table's id in its database, e.g. `12r5` (StatFin).
        public var id: String
        /// The one period used from this table whatever the figure's period (the population of a per-capita
        /// rate); nil when the table gives each figure's own period.
        public var period: Period?
        /// When the source last updated the table.
        public var updated: CalendarDate?
        /// When the table was downloaded from the source; nil when nobody recorded it.
        public var retrieved: CalendarDate?

        public init(id: String, period: Period? = nil, updated: CalendarDate? = nil, retrieved: CalendarDate? = nil) {
            self.id = id
            self.period = period
            self.updated = updated
            self.retrieved = retrieved
        }
    }

    public var values: Values
    /// The tables of real values, the main one first; empty for illustrative values.
    public var tables: [Table]

    public init(values: Values, tables: [Table] = []) {
        self.values = values
        self.tables = tables
    }

    public static let illustrative = Provenance(values: .illustrative)

    public var isReal: Bool { values == .real }
}
