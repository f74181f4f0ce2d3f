import Markup

/// The accessible frame around every chart on the site: a `<figure>` with a visible title and subtitle,
/// the chart, a visible summary, a source line and the data table in a `<details>` element.
///
/// Every text is passed in, already in the page language. The chart's SVG gets the title and
/// `description` as `<title>` and `<desc>`, and `aria-labelledby` pointing at both.
public struct Figure: Sendable {
    /// Ids of this figure and everything in it.
    public var ids: ChartIDs
    /// The message of the chart, e.g. "Unemployment fell in Uusimaa faster than in the whole country".
    public var title: String
    /// What is measured, e.g. "Unemployed jobseekers, % of the labour force, monthly".
    public var subtitle: String
    /// The SVG's `<desc>`: the numbers in a sentence or two.
    public var description: String
    /// A visible paragraph under the chart (often the same as `description`).
    public var summary: String
    /// The source-and-date line, e.g. "Source: KEHA-keskus, employment service statistics. Updated 25.10.2026."
    public var source: String
    /// The data table, or nil for charts whose numbers are already text (e.g. a ranking list).
    public var table: DataTable?
    /// The `<summary>` text of the `<details>` holding the table, e.g. "Show the data as a table".
    public var tableToggle: String
    /// Heading level of the title (2…6), or nil for a paragraph.
    public var headingLevel: Int?
    /// Links under the source line, e.g. a download of the chart as an SVG file and its permanent link.
    public var links: [Link]

    /// A link shown with the figure.
    public struct Link: Sendable, Hashable {
        public var text: String
        public var href: String
        /// Adds the `download` attribute (the browser saves the file instead of opening it).
        public var isDownload: Bool

        public init(text: String, href: String, isDownload: Bool = false) {
            self.text = text
            self.href = href
            self.isDownload = isDownload
        }
    }

    /// Creates a figure.
    public init(
        ids: ChartIDs, title: String, subtitle: String, description: String, summary: String,
        source: String, table: DataTable?, tableToggle: String, headingLevel: Int? = 3, links: [Link] = []
    ) {
        self.ids = ids
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.summary = summary
        self.source = source
        self.table = table
        self.tableToggle = tableToggle
        self.headingLevel = headingLevel
        self.links = links
    }

    /// The whole `<figure>` with `chart` inside it.
    public func html(_ chart: some FigureChart) -> HTML {
        let titleElement: HTML = headingLevel.map { "h\(Swift.min(Swift.max($0, 2), 6))" } ?? "p"
        var html: HTML = "<figure class=\"chart-figure chart-figure--\(chart.kind)\" id=\"\(ids.prefix)\">"
        html += "<figcaption class=\"chart-caption\">"
        html += "<\(titleElement) class=\"chart-title\" id=\"\(ids.title)\">\(HTML(text: title))</\(titleElement)>"
        if !subtitle.isEmpty {
            html += "<p class=\"chart-subtitle\">\(HTML(text: subtitle))</p>"
        }
        html += "</figcaption>"
        html += "<div class=\"chart-body\">\(chart.html(ids: ids, title: title, description: description))</div>"
        if !summary.isEmpty {
            html += "<p class=\"chart-summary\">\(HTML(text: summary))</p>"
        }
        if !source.isEmpty {
            html += "<p class=\"chart-source\">\(HTML(text: source))</p>"
        }
        if !links.isEmpty {
            html += "<p class=\"chart-links\">"
            html += links.map { link -> HTML in
                "<a href=\"\(link.href)\"\(link.isDownload ? " download" : HTML())>\(HTML(text: link.text))</a>"
            }.joined(separator: " ")
            html += "</p>"
        }
        if let table {
            html += "<details class=\"chart-data\"><summary>\(HTML(text: tableToggle))</summary>"
            html += table.html(captionID: ids.tableCaption)
            html += "</details>"
        }
        html += "</figure>"
        return html
    }
}
