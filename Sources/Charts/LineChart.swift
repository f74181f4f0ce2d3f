import Markup

/// A line chart over ordered periods: an area against its region and the whole country, or breakdown lines.
///
/// Missing values (`nil`) leave gaps; a line is never drawn across one. Provisional points get an open
/// marker and a dashed segment leading into them. Lines are labelled directly at their ends with the
/// label and the last value, so no legend is needed.
public struct LineChart: FigureChart {
    /// What a series stands for; decides its line style and marker shape.
    public enum Role: Sendable, Hashable {
        /// The subject of the page (the area): accent colour, thick line, circles. Drawn on top.
        case primary
        /// A comparison (the area's region): grey line, squares.
        case comparison
        /// The reference (the whole country): dark thin line, diamonds.
        case reference
        /// The n-th breakdown line (0, 1, 2, …): its own dash pattern and marker shape.
        case breakdown(Int)
    }

    /// One line.
    public struct Series: Sendable, Hashable {
        /// The direct label at the line's end and the table's column header, e.g. "Uusimaa".
        public var label: String
        /// What the series stands for.
        public var role: Role
        /// One value per period; nil where missing.
        public var values: [Double?]
        /// Per-period provisional flags (missing entries count as final).
        public var provisional: [Bool]
        /// Per-period text saying why a value is missing (e.g. "suppressed"), for the data table.
        public var missingReasons: [String?]

        /// Creates a series.
        public init(label: String, role: Role, values: [Double?], provisional: [Bool] = [],
                    missingReasons: [String?] = []) {
            self.label = label
            self.role = role
            self.values = values
            self.provisional = provisional
            self.missingReasons = missingReasons
        }

        func missingReason(at index: Int) -> String? {
            missingReasons.indices.contains(index) ? missingReasons[index] : nil
        }

        func value(at index: Int) -> Double? {
            values.indices.contains(index) ? values[index] : nil
        }

        func isProvisional(at index: Int) -> Bool {
            provisional.indices.contains(index) && provisional[index]
        }
    }

    /// A vertical rule at one period with a label, e.g. "Goal period starts" at 1/2025.
    public struct Baseline: Sendable, Hashable {
        /// Index into `periods`.
        public var periodIndex: Int
        /// The rule's label.
        public var label: String

        /// Creates a baseline marker.
        public init(periodIndex: Int, label: String) {
            self.periodIndex = periodIndex
            self.label = label
        }
    }

    /// The x axis, oldest first.
    public var periods: [AxisPeriod]
    /// The lines.
    public var series: [Series]
    /// Formats values and ticks in the page language.
    public var format: ValueFormat
    /// Fraction digits of the values in the direct labels (and the data table).
    public var decimals: Int
    /// An optional rule marking, e.g., the start of the goal period; the periods after it are shaded.
    public var baseline: Baseline?
    /// Explains the provisional style in a key above the plot, e.g. "Provisional"; shown only when a point is provisional.
    public var provisionalNote: String?
    /// Shown in the empty plot when no series has a value.
    public var noDataText: String?
    /// Whether the value axis must include zero.
    public var zero: ZeroBaseline
    /// The index of a period that must carry a tick label (e.g. the first January), so ticks fall on it
    /// and on every k-th period around it.
    public var tickAnchor: Int
    /// Indices of periods where the series break (the statistics changed): the lines are not joined into
    /// them, and a dashed rule marks the place.
    public var breaks: [Int]
    /// Explains the break rule in the key, e.g. "Break in series: not comparable with earlier values".
    public var breakNote: String?
    /// Says in the key that the value axis does not start at zero, e.g. "The axis starts at 40, not zero";
    /// drawn (with a break mark on the axis) only when the axis is cut. See `isAxisCut`.
    public var axisCutNote: String?
    /// Values of other charts shown beside this one, so that all share one scale.
    public var sharedValues: [Double]

    /// Creates a line chart.
    public init(
        periods: [AxisPeriod], series: [Series], format: @escaping ValueFormat, decimals: Int,
        baseline: Baseline? = nil, provisionalNote: String? = nil, noDataText: String? = nil,
        zero: ZeroBaseline = .automatic, tickAnchor: Int = 0, breaks: [Int] = [], breakNote: String? = nil,
        axisCutNote: String? = nil, sharedValues: [Double] = []
    ) {
        self.periods = periods
        self.series = series
        self.format = format
        self.decimals = decimals
        self.baseline = baseline
        self.provisionalNote = provisionalNote
        self.noDataText = noDataText
        self.zero = zero
        self.tickAnchor = tickAnchor
        self.breaks = breaks
        self.breakNote = breakNote
        self.axisCutNote = axisCutNote
        self.sharedValues = sharedValues
    }

    /// The value axis the chart draws: its first and last tick.
    public var valueAxis: (lower: Double, upper: Double) {
        let scale = self.scale
        return (scale.lower, scale.upper)
    }

    /// Whether the value axis leaves out zero (it starts above zero, or ends below it), so that differences
    /// look larger than they are; the chart then says so in its key when given an `axisCutNote`.
    public var isAxisCut: Bool {
        let scale = self.scale
        return !plottedValues.isEmpty && (scale.lower > 0 || scale.upper < 0)
    }

    var plottedValues: [Double] { series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite) }

    var scale: LinearScale { LinearScale(values: plottedValues + sharedValues.filter(\.isFinite), zero: zero) }

    /// `"line"`.
    public var kind: String { "line" }

    /// The chart's `<svg>`.
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        svg(ids: ids, title: title, description: description).html
    }
}
