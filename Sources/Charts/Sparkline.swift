import Markup

/// A tiny line for cards, with no axes; the card states the last value and the change as text beside it.
public struct Sparkline: Sendable, Hashable {
    private static let width = 120.0
    private static let height = 32.0

    /// Values oldest first; nil leaves a gap.
    public var values: [Double?]
    /// Per-point provisional flags: a dashed segment into the point, an open end marker.
    public var provisional: [Bool]
    /// Whether the line's scale reaches zero (default: fit the data, to show the shape).
    public var zero: ZeroBaseline

    /// Creates a sparkline.
    public init(values: [Double?], provisional: [Bool] = [], zero: ZeroBaseline = .never) {
        self.values = values
        self.provisional = provisional
        self.zero = zero
    }

    /// A decorative `<svg aria-hidden="true">`, for use next to text that says the same.
    public func svg() -> SVGDrawing {
        SVGDrawing(className: "chart-sparkline-svg", width: Self.width, height: Self.height,
                   attributes: " aria-hidden=\"true\"", content: marks())
    }

    /// A standalone `<svg role="img">` with its own `<title>` and `<desc>`, for use without text beside it.
    public func svg(ids: ChartIDs, title: String, description: String) -> SVGDrawing {
        SVGDrawing(ids: ids, className: "chart-sparkline-svg", width: Self.width, height: Self.height,
                   title: title, description: description, content: marks())
    }

    /// The sparkline with its texts: `<span class="chart-sparkline">` holding the decorative SVG, the value
    /// (e.g. "12,5 %") and the change (e.g. "−0,6 %-points in a year"), all phrasing content so it fits in a link.
    public func html(value: String, change: String?) -> HTML {
        var html: HTML = "<span class=\"chart-sparkline\">\(svg().html)<span class=\"chart-sparkline-text\">"
        html += "<span class=\"chart-sparkline-value\">\(HTML(text: value))</span>"
        if let change {
            html += " <span class=\"chart-sparkline-change\">\(HTML(text: change))</span>"
        }
        html += "</span></span>"
        return html
    }

    private func marks() -> HTML {
        let c = SVGNumber.text
        let scale = LinearScale(values: values.compactMap { $0 }, zero: zero, targetTickCount: 2)
        let count = values.count
        func x(_ index: Int) -> Double {
            count <= 1 ? Self.width / 2 : 4 + (Self.width - 8) * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double { scale.position(of: value, from: Self.height - 4, to: 4) }
        func value(_ index: Int) -> Double? {
            values.indices.contains(index) ? values[index].flatMap { $0.isFinite ? $0 : nil } : nil
        }
        func isProvisional(_ index: Int) -> Bool { provisional.indices.contains(index) && provisional[index] }

        let path = LinePath(values: values, provisional: provisional, count: count, x: x, y: y)
        var svg = HTML()
        if !path.solid.isEmpty { svg += "<path class=\"chart-sparkline-line\" d=\"\(path.solid)\"/>" }
        if !path.dashed.isEmpty { svg += "<path class=\"chart-sparkline-line chart-line--provisional\" d=\"\(path.dashed)\"/>" }
        if let last = (0..<count).last(where: { value($0) != nil }), let lastValue = value(last) {
            let open = isProvisional(last) ? " chart-marker--open" : ""
            svg += "<circle class=\"chart-sparkline-end\(open)\" cx=\"\(c(x(last)))\" cy=\"\(c(y(lastValue)))\" r=\"3\"/>"
        }
        return svg
    }
}
