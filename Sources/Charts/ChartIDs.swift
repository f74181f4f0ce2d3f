/// The ids of one chart, all derived from a prefix the caller chooses, so they are stable across builds
/// and unique within a page as long as the prefixes are.
///
/// The prefix is reduced to ASCII letters, digits, `-` and `_` (anything else becomes `-`), and starts
/// with a letter, so it is safe in `id`, `aria-labelledby` and `url(#…)` references.
public struct ChartIDs: Sendable, Hashable {
    /// The sanitised prefix; also the id of the `<figure>`.
    public let prefix: String

    /// Creates the ids for a chart, e.g. `ChartIDs("chart-benefit-days-ranking")`.
    public init(_ prefix: String) {
        var cleaned = ""
        for scalar in prefix.unicodeScalars {
            let isSafe = scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            cleaned.unicodeScalars.append(isSafe ? scalar : "-")
        }
        if let first = cleaned.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            self.prefix = cleaned
        } else {
            self.prefix = "chart-" + cleaned
        }
    }

    /// An id for a part of the chart: `prefix-suffix`.
    public func id(_ suffix: String) -> String {
        "\(prefix)-\(suffix)"
    }

    /// The visible figure title.
    public var title: String { id("title") }
    /// The SVG `<title>`.
    public var svgTitle: String { id("svg-title") }
    /// The SVG `<desc>`.
    public var svgDescription: String { id("svg-desc") }
    /// The data table's `<caption>`.
    public var tableCaption: String { id("table-caption") }
}
