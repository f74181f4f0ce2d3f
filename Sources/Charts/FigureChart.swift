import Markup

/// A chart that a `Figure` can hold.
public protocol FigureChart: Sendable {
    /// The modifier for the figure's class, e.g. "line" gives `chart-figure--line`.
    var kind: String { get }

    /// The chart markup: an inline `<svg>`, or an HTML fragment holding SVG.
    ///
    /// `title` and `description` are the text alternative (`<title>` and `<desc>`, ids from `ids`).
    func html(ids: ChartIDs, title: String, description: String) -> HTML
}
