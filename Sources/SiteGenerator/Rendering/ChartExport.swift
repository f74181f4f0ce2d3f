import Charts
import Foundation
import Markup

/// Standalone SVG files of charts: the same drawing as on the page, with its title, subtitle and source inside
/// and the chart styles embedded, so the file can be opened, printed or put in a report on its own.
enum ChartExport {
    static let margin = 16.0
    static let titleSize = 18.0
    static let smallSize = 13.0
    static let titleLineHeight = 23.0
    static let smallLineHeight = 17.0

    /// Places a chart drawing in a standalone SVG document, with the title and subtitle above and the footer
    /// lines (source and date, the data's periods, whether the figures are real) below. Every line is wrapped
    /// to the drawing's width by `TextMetrics`, so no text leaves the `viewBox`. The document is XML; HTML
    /// escaping of `&`, `<`, `>` and both quotes is also XML's.
    static func standalone(_ drawing: SVGDrawing, title: String, subtitle: String, footer: [String],
                           css: HTML) -> HTML {
        let format = SVGNumber.text
        let width = drawing.width + 2 * margin
        // The estimate is for the page's fonts; a file opened elsewhere may fall back to a wider one.
        let textWidth = drawing.width * 0.88
        let titleLines = TextMetrics.wrap(title, maxWidth: textWidth, fontSize: titleSize, bold: true, maxLines: 4)
        let subtitleLines = TextMetrics.wrap(subtitle, maxWidth: textWidth, fontSize: smallSize, maxLines: 4)
        let footerLines = footer.flatMap { TextMetrics.wrap($0, maxWidth: textWidth, fontSize: smallSize, maxLines: 4) }
        var y = margin
        var texts = HTML()
        for line in titleLines {
            y += titleLineHeight
            texts += "<text class=\"export-title\" x=\"\(format(margin))\" y=\"\(format(y - 5))\">\(line)</text>\n"
        }
        for line in subtitleLines {
            y += smallLineHeight
            texts += "<text class=\"export-subtitle\" x=\"\(format(margin))\" y=\"\(format(y - 3))\">\(line)</text>\n"
        }
        let drawingTop = y + 8
        y = drawingTop + drawing.height + 4
        for line in footerLines {
            y += smallLineHeight
            texts += "<text class=\"export-source\" x=\"\(format(margin))\" y=\"\(format(y - 3))\">\(line)</text>\n"
        }
        let total = y + margin
        let nested = drawing.placed(x: margin, y: drawingTop)
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(format(width)) \(format(total))" \
            width="\(format(width))" height="\(format(total))">
            <style>svg { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            \(css)
            .export-title { font: 700 18px system-ui, sans-serif; fill: #1a1a1a; }
            .export-subtitle, .export-source { font: 13px system-ui, sans-serif; fill: #545454; }
            </style>
            <rect width="100%" height="100%" fill="#ffffff"/>
            \(texts)\(nested)
            </svg>

            """
    }

    /// The top-level rules of charts.css that style the drawing itself (not the figure, table or ranking list).
    static func drawingStyles(from css: String) -> HTML {
        var rules: [String] = []
        var depth = 0
        var current = ""
        var skipping = false
        for character in css {
            if depth == 0 && current.isEmpty && character.isWhitespace { continue }
            current.append(character)
            if character == "{" {
                if depth == 0 {
                    let selectors = current.dropLast().split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    skipping = !selectors.contains(where: isDrawingSelector)
                }
                depth += 1
            } else if character == "}" {
                depth -= 1
                if depth == 0 {
                    if !skipping { rules.append(current) }
                    current = ""
                }
            } else if depth == 0 && current.hasPrefix("/*") && current.hasSuffix("*/") {
                current = ""
            }
        }
        // Allowed raw markup: rules from our own stylesheet, for the <style> element of exported files.
        return HTML(trusted: rules.joined(separator: "\n"))
    }

    /// A selector for the chart drawing (`.chart text`, `.chart-line`), not for the page around it.
    static func isDrawingSelector(_ selector: String) -> Bool {
        guard selector.hasPrefix(".chart"), !selector.hasPrefix("@") else { return false }
        let pageParts = ["figure", "caption", "table", "ranking", "data", "summary", "cycle", "tile", "multiples",
                         "spark", "title", "subtitle", "body", "source", "links", "legend", "choropleth", "patterns"]
        return !pageParts.contains { selector.hasPrefix(".chart-\($0)") }
    }
}

/// A chart whose markup is already rendered, so the page and the exported file share one rendering.
struct RenderedChart: FigureChart {
    let kind: String
    let markup: HTML

    func html(ids: ChartIDs, title: String, description: String) -> HTML { markup }
}
