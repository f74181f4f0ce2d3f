import Markup

/// One small line chart per area for one indicator, all on the same value scale, in a responsive grid.
///
/// Each panel is an `<li>` with the area name (optionally a link) and its own `<svg role="img">` whose
/// `<desc>` the caller writes (e.g. "12,5 % in September 2026"). A shared reference line (e.g. the whole
/// country) can be drawn faintly behind every panel and named in a key above the grid.
public struct SmallMultiples: FigureChart {
    private static let width = 200.0
    private static let height = 118.0

    /// One panel.
    public struct Panel: Sendable, Hashable {
        /// The area name, shown above the panel.
        public var title: String
        /// Makes the name a link.
        public var href: String?
        /// One value per period; nil leaves a gap.
        public var values: [Double?]
        /// Per-period provisional flags.
        public var provisional: [Bool]
        /// The panel's text alternative.
        public var description: String
        /// Marks the page's own area.
        public var isCurrent: Bool

        /// Creates a panel.
        public init(title: String, href: String? = nil, values: [Double?], provisional: [Bool] = [],
                    description: String, isCurrent: Bool = false) {
            self.title = title
            self.href = href
            self.values = values
            self.provisional = provisional
            self.description = description
            self.isCurrent = isCurrent
        }
    }

    /// A line repeated in every panel.
    public struct Reference: Sendable, Hashable {
        /// Its name for the key, e.g. "Whole country".
        public var label: String
        /// One value per period.
        public var values: [Double?]

        /// Creates a reference line.
        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// The shared time axis.
    public var periods: [AxisPeriod]
    /// The panels, in the order shown.
    public var panels: [Panel]
    /// An optional line drawn in every panel.
    public var reference: Reference?
    /// Formats values and ticks.
    public var format: ValueFormat
    /// Fraction digits of the last-value labels.
    public var decimals: Int
    /// Whether the shared scale reaches zero.
    public var zero: ZeroBaseline

    /// Creates small multiples.
    public init(periods: [AxisPeriod], panels: [Panel], reference: Reference? = nil, format: @escaping ValueFormat,
                decimals: Int, zero: ZeroBaseline = .automatic) {
        self.periods = periods
        self.panels = panels
        self.reference = reference
        self.format = format
        self.decimals = decimals
        self.zero = zero
    }

    /// `"multiples"`.
    public var kind: String { "multiples" }

    /// The key and the grid of panels; `title` and `description` are unused, each panel has its own.
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        let c = SVGNumber.text
        let all = panels.flatMap(\.values) + (reference?.values ?? [])
        let scale = LinearScale(values: all.compactMap { $0 }, zero: zero, targetTickCount: 3)
        let (left, right, top, bottom) = (4.0, 138.0, 20.0, 92.0)
        let count = periods.count
        func x(_ index: Int) -> Double {
            count <= 1 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double { scale.position(of: value, from: bottom, to: top) }
        var html: HTML = "<div class=\"chart-multiples\">"
        if let reference {
            html += "<p class=\"chart-multiples-key\"><svg class=\"chart-multiples-key-line\" viewBox=\"0 0 24 10\" aria-hidden=\"true\">"
            html += "<line class=\"chart-multiple-reference\" x1=\"0\" y1=\"5\" x2=\"24\" y2=\"5\"/></svg>"
            html += "<span>\(HTML(text: reference.label))</span></p>"
        }
        html += "<ul class=\"chart-multiples-grid\">"
        // What every panel draws alike (grid, ticks, the reference line) is written once, in the first panel's
        // <defs>, and repeated with <use>: 45 copies of it were a third of an indicator page.
        let ticks = [scale.ticks.first, scale.ticks.last].compactMap { $0 }
        var frame = HTML()
        for tick in Set(ticks + (scale.lower < 0 ? [0] : [])).sorted() {
            let ty = y(tick)
            frame += "<line class=\"\(tick == 0 && scale.lower < 0 ? "chart-zero" : "chart-grid")\" x1=\"\(c(left))\" y1=\"\(c(ty))\" x2=\"\(c(right))\" y2=\"\(c(ty))\"/>"
            if ticks.contains(tick) {
                frame += "<text class=\"chart-tick\" x=\"\(c(left))\" y=\"\(c(ty - 4))\">\(HTML(text: format(tick, scale.fractionDigits)))</text>"
            }
        }
        if let first = periods.first, let last = periods.last {
            frame += "<text class=\"chart-tick\" x=\"\(c(left))\" y=\"\(c(Self.height - 6))\">\(HTML(text: first.tickLabel))</text>"
            if count > 1 {
                frame += "<text class=\"chart-tick\" x=\"\(c(right))\" y=\"\(c(Self.height - 6))\" text-anchor=\"end\">\(HTML(text: last.tickLabel))</text>"
            }
        }
        if let reference {
            let d = LinePath(values: reference.values, provisional: [], count: count, x: x, y: y).solid
            if !d.isEmpty { frame += "<path class=\"chart-multiple-reference\" d=\"\(d)\"/>" }
        }
        let frameID = ids.id("frame")
        for (number, panel) in panels.enumerated() {
            let panelIDs = ChartIDs(ids.id("panel-\(number + 1)"))
            html += panel.isCurrent ? "<li class=\"chart-multiple is-current\" aria-current=\"true\">" : "<li class=\"chart-multiple\">"
            html += "<p class=\"chart-multiple-title\">\(HTML.text(panel.title, linkedTo: panel.href))</p>"
            var svg: HTML = number == 0 ? "<defs><g id=\"\(frameID)\">\(frame)</g></defs>" : HTML()
            svg += "<use href=\"#\(frameID)\"/>"
            svg += "<g class=\"chart-series chart-series--primary\">"
            let path = LinePath(values: panel.values, provisional: panel.provisional, count: count, x: x, y: y)
            if !path.solid.isEmpty { svg += "<path class=\"chart-line\" d=\"\(path.solid)\"/>" }
            if !path.dashed.isEmpty { svg += "<path class=\"chart-line chart-line--provisional\" d=\"\(path.dashed)\"/>" }
            let defined = panel.values.indices.filter { index in panel.values[index]?.isFinite == true && index < Swift.max(count, 1) }
            for index in defined {
                let isolated = (index == 0 || panel.values[index - 1] == nil)
                    && (index + 1 >= panel.values.count || panel.values[index + 1] == nil)
                guard isolated || index == defined.last, let value = panel.values[index] else { continue }
                let open = panel.provisional.indices.contains(index) && panel.provisional[index]
                svg += MarkerShape.circle.svg(x: x(index), y: y(value), size: 7,
                                               className: open ? "chart-marker chart-marker--open" : "chart-marker")
                if index == defined.last {
                    svg += "<text class=\"chart-multiple-value\" x=\"\(c(right + 7))\" y=\"\(c(y(value) + 5))\">\(HTML(text: format(value, decimals)))</text>"
                }
            }
            svg += "</g>"
            html += SVGDrawing(ids: panelIDs, className: "chart chart--multiple", width: Self.width, height: Self.height,
                               title: panel.title, description: panel.description, content: svg).html
            html += "</li>"
        }
        html += "</ul></div>"
        return html
    }
}
