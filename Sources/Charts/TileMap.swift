import Markup

/// A tile-grid map: one square per area at a grid position the caller gives, shaded by value class,
/// labelled with a short name and the value, each tile a link to its area.
///
/// Classes use a single-hue sequential scale and every tile also shows its value as text, so colour is
/// never the only cue; tiles without data are hatched, with their own legend entry. The SVG has
/// `role="group"` (not "img") because it holds links, which must stay reachable by assistive technology.
public struct TileMap: FigureChart {
    private static let tileSize = 56.0
    private static let gap = 4.0
    /// Steps of the fill scale in `charts.css` (`chart-tile--step-1` … `-5`).
    private static let fillSteps = 5

    /// One area tile.
    public struct Tile: Sendable, Hashable {
        /// Grid column, 0 at the left.
        public var column: Int
        /// Grid row, 0 at the top.
        public var row: Int
        /// A short label that fits the tile, e.g. "HKI".
        public var shortLabel: String
        /// The full name, used in the link's accessible name.
        public var name: String
        /// The value class, 0 (lowest) … `classLabels.count - 1`; nil when there is no data.
        public var valueClass: Int?
        /// The formatted value shown in the tile, or the no-data text, e.g. "12,5".
        public var valueText: String
        /// The area page.
        public var href: String?
        /// Marks the page's own area with a heavy outline and bold label.
        public var isCurrent: Bool

        /// Creates a tile.
        public init(column: Int, row: Int, shortLabel: String, name: String, valueClass: Int?, valueText: String,
                    href: String? = nil, isCurrent: Bool = false) {
            self.column = column
            self.row = row
            self.shortLabel = shortLabel
            self.name = name
            self.valueClass = valueClass
            self.valueText = valueText
            self.href = href
            self.isCurrent = isCurrent
        }
    }

    /// The tiles.
    public var tiles: [Tile]
    /// Legend labels, lowest class first, e.g. ["under 8 %", "8–10 %", "10–12 %", "over 12 %"].
    public var classLabels: [String]
    /// The legend label for tiles without data, e.g. "No data".
    public var noDataLabel: String
    /// A heading for the legend that says which end is better, e.g. "Darker = higher = better".
    public var legendTitle: String?

    /// Creates a tile map.
    public init(tiles: [Tile], classLabels: [String], noDataLabel: String, legendTitle: String? = nil) {
        self.tiles = tiles
        self.classLabels = classLabels
        self.noDataLabel = noDataLabel
        self.legendTitle = legendTitle
    }

    /// `"tilemap"`.
    public var kind: String { "tilemap" }

    /// The fill step (1…5) for a class, spreading few classes over the whole scale.
    func fillStep(ofClass valueClass: Int) -> Int {
        let classes = classLabels.count
        guard classes > 1 else { return Self.fillSteps }
        let clamped = Swift.min(Swift.max(valueClass, 0), classes - 1)
        return 1 + Int((Double(clamped * (Self.fillSteps - 1)) / Double(classes - 1)).rounded())
    }

    /// The map `<svg>` followed by an HTML legend.
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        let hatchID = ids.id("no-data")
        var html: HTML = "<div class=\"chart-tilemap\">"
        html += svg(ids: ids, title: title, description: description).html
        if let legendTitle { html += "<p class=\"chart-legend-title\">\(HTML(text: legendTitle))</p>" }
        html += "<ul class=\"chart-legend\">"
        for (index, label) in classLabels.enumerated() {
            html += "<li>\(swatch("chart-tile--step-\(fillStep(ofClass: index))", fill: nil))\(HTML(text: label))</li>"
        }
        if tiles.contains(where: { $0.valueClass == nil }) {
            html += "<li>\(swatch("chart-tile--none", fill: "url(#\(hatchID))"))\(HTML(text: noDataLabel))</li>"
        }
        html += "</ul></div>"
        return html
    }

    /// The map alone: a `role="group"` SVG of linked tiles, without the legend.
    public func svg(ids: ChartIDs, title: String, description: String) -> SVGDrawing {
        let c = SVGNumber.text
        let columns = (tiles.map(\.column).max() ?? 0) + 1
        let rows = (tiles.map(\.row).max() ?? 0) + 1
        let pitch = Self.tileSize + Self.gap
        let hatchID = ids.id("no-data")
        var svg: HTML = "<defs><pattern id=\"\(hatchID)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        svg += "<rect class=\"chart-hatch-ground\" width=\"6\" height=\"6\"/><line class=\"chart-hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
        // Reading order: row by row, left to right, so keyboard focus moves like reading.
        let ordered = tiles.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        for tile in ordered {
            let tx = Self.gap + Double(tile.column) * pitch
            let ty = Self.gap + Double(tile.row) * pitch
            let stepClass = tile.valueClass.map { "chart-tile--step-\(fillStep(ofClass: $0))" } ?? "chart-tile--none"
            let groupClass = "chart-tile-group \(stepClass)\(tile.isCurrent ? " is-current" : "")"
            if let href = tile.href {
                // The accessible name is the name, then the value when there is one: no dangling comma.
                let name = tile.valueText.isEmpty ? tile.name : tile.name + ", " + tile.valueText
                svg += "<a class=\"\(groupClass)\" href=\"\(href)\" aria-label=\"\(name)\">"
            } else {
                svg += "<g class=\"\(groupClass)\">"
            }
            svg += "<rect class=\"chart-tile\" x=\"\(c(tx))\" y=\"\(c(ty))\" width=\"\(c(Self.tileSize))\" height=\"\(c(Self.tileSize))\" rx=\"3\""
            svg += tile.valueClass == nil ? " fill=\"url(#\(hatchID))\"/>" : "/>"
            svg += "<text class=\"chart-tile-label\" x=\"\(c(tx + Self.tileSize / 2))\" y=\"\(c(ty + (tile.valueText.isEmpty ? 33 : 24)))\" text-anchor=\"middle\">\(HTML(text: tile.shortLabel))</text>"
            if !tile.valueText.isEmpty {
                svg += "<text class=\"chart-tile-value\" x=\"\(c(tx + Self.tileSize / 2))\" y=\"\(c(ty + 43))\" text-anchor=\"middle\">\(HTML(text: tile.valueText))</text>"
            }
            svg += tile.href == nil ? "</g>" : "</a>"
        }
        return SVGDrawing(ids: ids, className: "chart chart--tilemap", width: Double(columns) * pitch + Self.gap,
                          height: Double(rows) * pitch + Self.gap, title: title, description: description,
                          role: "group", content: svg)
    }

    private func swatch(_ stepClass: String, fill: String?) -> HTML {
        "<svg class=\"chart-legend-swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\"><g class=\"\(stepClass)\">"
            + "<rect class=\"chart-tile\" x=\"0.5\" y=\"0.5\" width=\"23\" height=\"15\" rx=\"2\"\(HTML.attribute("fill", fill))/></g></svg>"
    }
}
