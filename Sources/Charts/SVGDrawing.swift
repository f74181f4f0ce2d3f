import Markup

/// A chart's `<svg>` element together with the size of its `viewBox`, so that another document (an exported
/// file) can place it without reading the markup back.
///
/// The size is a `viewBox` only, so CSS scales an inline chart to its container.
public struct SVGDrawing: Sendable {
    /// The `viewBox` width, in SVG user units.
    public let width: Double
    /// The `viewBox` height, in SVG user units.
    public let height: Double
    private let className: String
    /// Attributes after `class` and `viewBox`, each with its leading space.
    private let attributes: HTML
    private let content: HTML

    init(className: String, width: Double, height: Double, attributes: HTML, content: HTML) {
        self.className = className
        self.width = width
        self.height = height
        self.attributes = attributes
        self.content = content
    }

    /// An `<svg role="img">` (or `role="group"` for charts holding links, whose children must stay reachable)
    /// with its text alternative: `<title>` and `<desc>` with ids from `ids`, named by `aria-labelledby`.
    init(ids: ChartIDs, className: String, width: Double, height: Double, title: String, description: String,
         role: String = "img", content: HTML) {
        self.init(
            className: className, width: width, height: height,
            attributes: " role=\"\(role)\" aria-labelledby=\"\(ids.svgTitle) \(ids.svgDescription)\"",
            content: "<title id=\"\(ids.svgTitle)\">\(HTML(text: title))</title>"
                + "<desc id=\"\(ids.svgDescription)\">\(HTML(text: description))</desc>\(content)")
    }

    /// The element for an HTML page.
    public var html: HTML {
        "<svg class=\"\(className)\" viewBox=\"\(viewBox)\"\(attributes)>\(content)</svg>"
    }

    /// The element nested in another SVG document with its top left corner at (`x`, `y`), at its natural size.
    public func placed(x: Double, y: Double) -> HTML {
        let c = SVGNumber.text
        return "<svg x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(width))\" height=\"\(c(height))\" "
            + "class=\"\(className)\" viewBox=\"\(viewBox)\"\(attributes)>\(content)</svg>"
    }

    private var viewBox: String { "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))" }
}
