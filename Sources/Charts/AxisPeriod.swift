/// One period on a chart's time axis, with the texts the caller wants shown for it.
public struct AxisPeriod: Sendable, Hashable {
    /// A stable key, e.g. "2025-01". Not shown; it names the period in tests and tables built by the caller.
    public var key: String
    /// The full label for tables and text, e.g. "tammikuu 2025".
    public var label: String
    /// The short label for axis ticks, e.g. "1/2025".
    public var tickLabel: String

    /// Creates a period; `tickLabel` defaults to `label`.
    public init(key: String, label: String, tickLabel: String? = nil) {
        self.key = key
        self.label = label
        self.tickLabel = tickLabel ?? label
    }
}
