/// The opening of a chart's root `<svg>` element with its text alternative.
enum SVGRoot {
    /// `<svg … role="img" aria-labelledby="title desc"><title>…</title><desc>…</desc>`; close with `</svg>`.
    ///
    /// The size is a `viewBox` only, so CSS scales the chart to its container. `role` is "img" for
    /// pictures and "group" for charts holding links, whose children must stay reachable.
    static func open(ids: ChartIDs, className: String, width: Double, height: Double,
                     title: String, description: String, role: String = "img") -> String {
        var html = "<svg class=\"\(className)\" viewBox=\"0 0 \(Markup.coordinate(width)) \(Markup.coordinate(height))\""
        html += " role=\"\(role)\" aria-labelledby=\"\(ids.svgTitle) \(ids.svgDescription)\">"
        html += "<title id=\"\(ids.svgTitle)\">\(Markup.text(title))</title>"
        html += "<desc id=\"\(ids.svgDescription)\">\(Markup.text(description))</desc>"
        return html
    }
}
