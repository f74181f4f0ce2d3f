import Markup

/// A real HTML data table holding the numbers of a chart, for people who cannot or prefer not to read the chart.
///
/// All texts are passed in already formatted; numeric cells are right-aligned by the `num` class.
public struct DataTable: Sendable, Hashable {
    /// One table cell.
    public struct Cell: Sendable, Hashable {
        /// The text shown.
        public var text: String
        /// Right-aligns the cell (class `num`) and, in a header row, its column header.
        public var isNumeric: Bool
        /// Makes the cell text a link.
        public var href: String?

        /// Creates a cell.
        public init(_ text: String, isNumeric: Bool = false, href: String? = nil) {
            self.text = text
            self.isNumeric = isNumeric
            self.href = href
        }
    }

    /// One body row: a row header (`<th scope="row">`) and data cells.
    public struct Row: Sendable, Hashable {
        /// The row header, e.g. the area name or period.
        public var header: Cell
        /// The data cells, one per column after the first.
        public var cells: [Cell]
        /// Marks the row (class `is-current`) and adds `aria-current`, for the page's own area.
        public var isCurrent: Bool

        /// Creates a row.
        public init(header: Cell, cells: [Cell], isCurrent: Bool = false) {
            self.header = header
            self.cells = cells
            self.isCurrent = isCurrent
        }
    }

    /// The table caption.
    public var caption: String
    /// Column headers, the first one heading the row-header column.
    public var columns: [String]
    /// Body rows.
    public var rows: [Row]

    /// Creates a table.
    public init(caption: String, columns: [String], rows: [Row]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// The `<table>` element; the caption gets `captionID` so a scroll region can be labelled by it.
    public func html(captionID: String) -> HTML {
        let numericColumns = Set(columns.indices.dropFirst().filter { column in
            !rows.isEmpty && rows.allSatisfy { row in
                row.cells.indices.contains(column - 1) ? row.cells[column - 1].isNumeric : true
            }
        })
        let numeric: HTML = " class=\"num\""
        var html: HTML = "<table class=\"chart-table\">"
        html += "<caption id=\"\(captionID)\">\(HTML(text: caption))</caption>"
        html += "<thead><tr>"
        for (index, column) in columns.enumerated() {
            html += "<th scope=\"col\"\(numericColumns.contains(index) ? numeric : HTML())>\(HTML(text: column))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += row.isCurrent ? "<tr class=\"is-current\" aria-current=\"true\">" : "<tr>"
            html += "<th scope=\"row\"\(row.header.isNumeric ? numeric : HTML())>\(HTML.text(row.header.text, linkedTo: row.header.href))</th>"
            for cell in row.cells {
                html += "<td\(cell.isNumeric ? numeric : HTML())>\(HTML.text(cell.text, linkedTo: cell.href))</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table>"
        return html
    }

}
