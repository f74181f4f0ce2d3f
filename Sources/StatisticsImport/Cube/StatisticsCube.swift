import Dashboard
import Diagnostics

/// One statistics table as every reader produces it, whatever the file format: dimensions with their categories
/// in file order, and one cell per combination of categories, row-major (the last dimension varies fastest).
///
/// A cell holds a number, or nothing plus the marker the file gave for it ("..." for a suppressed figure). The
/// cube keeps what the file says and nothing more; rules about areas and indicators live in the importer.
public struct StatisticsCube: Sendable {
    /// The file's path as the user named it, for messages.
    public var file: String
    public var format: StatisticsFormat
    public var title: String?
    public var source: String?
    /// When the publisher last updated the table, if the file says.
    public var updated: CalendarDate?
    public var dimensions: [Dimension]
    /// Row-major, `dimensions.map(\.categories.count).reduce(1, *)` cells.
    public var values: [Double?]
    /// The file's marker or status for each cell, or nil; same length as `values`.
    public var statuses: [String?]

    public init(file: String, format: StatisticsFormat, title: String? = nil, source: String? = nil,
                updated: CalendarDate? = nil, dimensions: [Dimension], values: [Double?], statuses: [String?]) {
        precondition(values.count == statuses.count, "one status per value")
        self.file = file
        self.format = format
        self.title = title
        self.source = source
        self.updated = updated
        self.dimensions = dimensions
        self.values = values
        self.statuses = statuses
    }

    public var cellCount: Int { values.count }

    /// How far apart consecutive categories of each dimension are in the flat cell arrays.
    public var strides: [Int] {
        var strides = [Int](repeating: 1, count: dimensions.count)
        var stride = 1
        for index in dimensions.indices.reversed() {
            strides[index] = stride
            stride *= dimensions[index].categories.count
        }
        return strides
    }

    /// The flat index of the cell with one category index per dimension.
    public func flatIndex(_ categoryIndices: [Int]) -> Int {
        zip(categoryIndices, strides).reduce(0) { $0 + $1.0 * $1.1 }
    }
}

extension StatisticsCube {
    /// A way of splitting the cells, such as area, month or measure.
    public struct Dimension: Sendable {
        public var id: String
        public var label: String?
        /// What the file says the dimension is, if it says (JSON-stat `role`, PX `TIMEVAL`, PxWeb column type).
        public var role: Role?
        public var categories: [Category]
        /// Where the file declares the dimension.
        public var location: SourceLocation

        public init(id: String, label: String? = nil, role: Role? = nil, categories: [Category],
                    location: SourceLocation) {
            self.id = id
            self.label = label
            self.role = role
            self.categories = categories
            self.location = location
        }

        /// Category code → index, for lookups.
        public var indexByCode: [String: Int] {
            Dictionary(categories.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public enum Role: String, Sendable {
        case time, geo, metric
    }

    /// One value of a dimension: a code (`KU091`, `2026M06`, `TYOVOIMATK`) and what the file says about it.
    public struct Category: Sendable {
        public var code: String
        /// The label without the preliminary marker.
        public var label: String?
        public var unit: Unit?
        /// Statistics Finland marks preliminary figures with "*" after the label (`2024Q1*`).
        public var isPreliminary: Bool
        /// Where the file first names the category.
        public var location: SourceLocation

        public init(code: String, label: String? = nil, unit: Unit? = nil, isPreliminary: Bool = false,
                    location: SourceLocation) {
            self.code = code
            self.label = label
            self.unit = unit
            self.isPreliminary = isPreliminary
            self.location = location
        }

        /// Splits a label such as `2024Q1*` into the label and the preliminary marker.
        static func splitPreliminary(_ label: String) -> (label: String, isPreliminary: Bool) {
            guard label.hasSuffix("*") else { return (label, false) }
            var text = Substring(label)
            while text.last == "*" { text.removeLast() }
            while text.last == " " { text.removeLast() }
            return (String(text), true)
        }
    }

    /// What a measure counts, and how many decimals the publisher shows.
    public struct Unit: Sendable, Equatable {
        public var label: String?
        public var decimals: Int?

        public init(label: String? = nil, decimals: Int? = nil) {
            self.label = label
            self.decimals = decimals
        }
    }
}
