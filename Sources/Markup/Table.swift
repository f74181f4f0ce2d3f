/// A data table: caption, header row, a header cell per row and data cells, inside a region that keyboard users
/// can focus and scroll when the table is wider than the screen (WCAG 2.1.1), labelled by the caption.
///
/// Every data table of the site is written here, page tables and the tables behind charts alike, so the region,
/// the scopes, the numeric alignment and the current row are written one way.
public struct Table: Sendable {
    /// One cell: its content, whether it holds a number (right-aligned by the `num` class), and the language of
    /// its text when that is not the page's.
    public struct Cell: Sendable {
        public var content: HTML
        public var isNumeric: Bool
        public var language: String?
        /// The column header, repeated as `data-label` for a stacked layout on narrow screens, where CSS shows
        /// it before the cell since the header row is hidden there.
        public var label: String?

        public init(_ content: HTML, isNumeric: Bool = false, language: String? = nil, label: String? = nil) {
            self.content = content
            self.isNumeric = isNumeric
            self.language = language
            self.label = label
        }

        /// A cell of plain text, escaped.
        public init(text: String, isNumeric: Bool = false, language: String? = nil, label: String? = nil) {
            self.init(HTML(text: text), isNumeric: isNumeric, language: language, label: label)
        }
    }

    /// One body row: the row header (`<th scope="row">`) and the data cells.
    public struct Row: Sendable {
        public var header: Cell
        public var cells: [Cell]
        /// The page's own area: class `is-current` and `aria-current`.
        public var isCurrent: Bool

        public init(header: Cell, cells: [Cell], isCurrent: Bool = false) {
            self.header = header
            self.cells = cells
            self.isCurrent = isCurrent
        }
    }

    /// Also the region's accessible name.
    public var caption: String
    /// The column headers, the first one heading the row headers.
    public var columns: [Cell]
    public var rows: [Row]
    /// The table's classes, e.g. `data-table data-table--wide`.
    public var className: String
    /// The scrolling region's class.
    public var regionClassName: String
    /// An id for the table, for scripts that enhance it.
    public var id: String?
    /// An id for the caption; when given, the region is labelled by it (`aria-labelledby`) instead of repeating
    /// the caption in `aria-label`.
    public var captionID: String?

    public init(caption: String, columns: [Cell], rows: [Row], className: String = "data-table",
                regionClassName: String = "table-scroll", id: String? = nil, captionID: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.className = className
        self.regionClassName = regionClassName
        self.id = id
        self.captionID = captionID
    }

    /// The region and the `<table>` in it.
    public var html: HTML {
        var html: HTML = "<div class=\"\(regionClassName)\" role=\"region\" tabindex=\"0\""
        html += captionID.map { id -> HTML in " aria-labelledby=\"\(id)\"" } ?? " aria-label=\"\(caption)\""
        html += "><table class=\"\(className)\"\(HTML.attribute("id", id))>\n"
        html += "<caption\(HTML.attribute("id", captionID))>\(caption)</caption>\n<thead><tr>"
        for column in columns { html += Self.header(column, scope: "col") }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += row.isCurrent ? "<tr class=\"is-current\" aria-current=\"true\">" : "<tr>"
            html += Self.header(row.header, scope: "row")
            for cell in row.cells { html += "<td\(Self.attributes(cell))>\(cell.content)</td>" }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        return html
    }

    private static func header(_ cell: Cell, scope: String) -> HTML {
        "<th scope=\"\(scope)\"\(attributes(cell))>\(cell.content)</th>"
    }

    private static func attributes(_ cell: Cell) -> HTML {
        (cell.isNumeric ? " class=\"num\"" : HTML()) + HTML.attribute("lang", cell.language)
            + HTML.attribute("data-label", cell.label)
    }
}
