import Markup

/// A small tile-grid map that shades every area by its value class, for cards that show one figure per
/// goal: no text or links in the tiles, so several fit on a page that must stay light.
///
/// Colour is never the only cue: each class also has its own pattern (none, dots, lines, cross-hatch,
/// dense cross-hatch), drawn in forced-colours mode too, and the legend, lowest class first, names
/// which end is better. The `<svg role="img">` is described by its `<desc>`; the values themselves are
/// on the page the caller links to.
public struct TileChoropleth: FigureChart {
    private static let tileSize = 14.0
    private static let gap = 2.0
    private static let steps = 5

    /// One area tile: its grid position and its value class (0 = lowest), nil when there is no data.
    public struct Tile: Sendable, Hashable {
        public var column: Int
        public var row: Int
        public var valueClass: Int?

        public init(column: Int, row: Int, valueClass: Int?) {
            self.column = column
            self.row = row
            self.valueClass = valueClass
        }
    }

    public var tiles: [Tile]
    /// Legend labels, lowest class first, e.g. ["7,1–9,8 %", "9,9–11,2 %", …].
    public var classLabels: [String]
    /// The legend entry of tiles without data.
    public var noDataLabel: String
    /// Says which end of the legend is better, e.g. "Smaller is better"; shown above the legend.
    public var legendTitle: String

    /// The ids of patterns defined once on the page by ``patterns(ids:)``, for pages with several maps; nil:
    /// the map defines the patterns it uses itself.
    public var sharedPatterns: ChartIDs?

    public init(tiles: [Tile], classLabels: [String], noDataLabel: String, legendTitle: String,
                sharedPatterns: ChartIDs? = nil) {
        self.tiles = tiles
        self.classLabels = classLabels
        self.noDataLabel = noDataLabel
        self.legendTitle = legendTitle
        self.sharedPatterns = sharedPatterns
    }

    /// Every class's pattern in an `<svg>` of no size, for maps that set `sharedPatterns` to `ids`: five maps
    /// on one page then carry one set of patterns, not five.
    public static func patterns(ids: ChartIDs) -> HTML {
        var html: HTML = "<svg class=\"chart-patterns\" width=\"0\" height=\"0\" aria-hidden=\"true\" "
            + "focusable=\"false\"><defs>"
        for step in 0...steps { html += pattern(id: ids.id("p\(step)"), step: step) }
        return html + "</defs></svg>"
    }

    /// `"choropleth"`.
    public var kind: String { "choropleth" }

    /// The fill step (1…5) of a class, spreading few classes over the whole scale.
    func step(ofClass valueClass: Int) -> Int {
        let classes = classLabels.count
        guard classes > 1 else { return Self.steps }
        let clamped = Swift.min(Swift.max(valueClass, 0), classes - 1)
        return 1 + Int((Double(clamped * (Self.steps - 1)) / Double(classes - 1)).rounded())
    }

    /// The map and its legend.
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        var html: HTML = "<div class=\"chart-choropleth\">"
        html += svg(ids: ids, title: title, description: description).html
        html += "<div class=\"chart-choropleth-legend\"><p class=\"chart-legend-title\">\(HTML(text: legendTitle))</p>"
        html += "<ul class=\"chart-legend\">"
        for (index, label) in classLabels.enumerated() {
            html += "<li>\(swatch(step: step(ofClass: index), ids: ids))\(HTML(text: label))</li>"
        }
        if tiles.contains(where: { $0.valueClass == nil }) {
            html += "<li>\(swatch(step: nil, ids: ids))\(HTML(text: noDataLabel))</li>"
        }
        html += "</ul></div></div>"
        return html
    }

    /// The map alone: a `role="img"` SVG with one path per class (every tile of the class a square in it),
    /// filled with the class's pattern, so a map costs little more than its coordinates.
    public func svg(ids: ChartIDs, title: String, description: String) -> SVGDrawing {
        let c = SVGNumber.text
        let columns = (tiles.map(\.column).max() ?? 0) + 1
        let rows = (tiles.map(\.row).max() ?? 0) + 1
        let pitch = Self.tileSize + Self.gap
        var squares: [Int: String] = [:]
        for tile in tiles.sorted(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            let step = tile.valueClass.map(step(ofClass:)) ?? 0
            squares[step, default: ""] += "M\(c(Double(tile.column) * pitch)) \(c(Double(tile.row) * pitch))"
                + "h\(c(Self.tileSize))v\(c(Self.tileSize))h-\(c(Self.tileSize))z"
        }
        var svg = HTML()
        if sharedPatterns == nil {
            svg += "<defs>"
            for step in squares.keys.sorted() { svg += Self.pattern(id: ids.id("p\(step)"), step: step) }
            svg += "</defs>"
        }
        for (step, path) in squares.sorted(by: { $0.key < $1.key }) {
            let none: HTML = step == 0 ? " chart-choropleth-tile--none" : ""
            svg += "<path class=\"chart-choropleth-tile\(none)\" d=\"\(path)\" fill=\"url(#\(patternID(step, ids: ids)))\"/>"
        }
        return SVGDrawing(ids: ids, className: "chart chart--choropleth",
                          width: Double(columns) * pitch - Self.gap, height: Double(rows) * pitch - Self.gap,
                          title: title, description: description, content: svg)
    }

    /// A legend swatch filled with the map's own pattern of the class (same document, so no second copy).
    private func swatch(step: Int?, ids: ChartIDs) -> HTML {
        "<svg class=\"chart-legend-swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\"><rect "
            + "class=\"chart-choropleth-tile\" x=\".5\" y=\".5\" width=\"23\" height=\"15\" "
            + "fill=\"url(#\(patternID(step ?? 0, ids: ids)))\"/></svg>"
    }

    private func patternID(_ step: Int, ids: ChartIDs) -> String {
        (sharedPatterns ?? ids).id("p\(step)")
    }

    /// The fill of a class: its colour as ground and its own marks on top (step 0: no data, hatched).
    static func pattern(id: String, step: Int) -> HTML {
        let ground: HTML = step == 0
            ? "<rect class=\"chart-hatch-ground\" width=\"4\" height=\"4\"/>"
            : "<rect class=\"chart-choropleth-ground--\(String(step))\" width=\"4\" height=\"4\"/>"
        // Marks contrast with their ground: dark on the light steps, lighter blues on the dark ones.
        let mark: HTML = step >= 4
            ? "chart-choropleth-mark chart-choropleth-mark--on-\(String(step))" : "chart-choropleth-mark"
        let marks: HTML
        switch step {
        case 0: marks = "<path class=\"chart-hatch\" d=\"M0 4L4 0\"/>"
        case 1: marks = HTML()
        case 2: marks = "<circle class=\"\(mark)\" cx=\"2\" cy=\"2\" r=\"0.6\"/>"
        case 3: marks = "<path class=\"\(mark)\" d=\"M0 2H4\"/>"
        case 4: marks = "<path class=\"\(mark)\" d=\"M0 2H4M2 0V4\"/>"
        default: marks = "<path class=\"\(mark)\" d=\"M0 1H4M0 3H4M1 0V4M3 0V4\"/>"
        }
        return "<pattern id=\"\(id)\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\">\(ground)\(marks)"
            + "</pattern>"
    }
}
