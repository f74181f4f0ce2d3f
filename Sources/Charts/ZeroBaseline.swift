/// Whether a value axis must reach zero.
public enum ZeroBaseline: Sendable, Hashable {
    /// Include zero when the data would still use at least half of the axis (e.g. 120…300 gets 0…300,
    /// 8…12 stays 8…12), or when all values are equal.
    case automatic
    /// Always include zero (bars, counts).
    case always
    /// Fit the data only.
    case never
}
