import Markup

/// A data table on a page: caption, header row, a header cell per row and data cells, inside a region that
/// keyboard users can focus and scroll when the table is wider than the screen (WCAG 2.1.1), labelled by the
/// caption. Every page table is written here, so the region, the scopes and the numeric alignment are too.
///
/// Chart figures have their own table (`Charts.DataTable`), inside the figure's `<details>`.
struct PageTable {
    /// One cell: its content, whether it holds a number (right-aligned by the `num` class), and the language of
    /// its text when that is not the page's.
    struct Cell {
        var content: HTML
        var isNumeric: Bool
        var language: String?
        /// The column header, repeated as `data-label` for the stacked layout of narrow screens
        /// (`data-table--stack`), where CSS shows it before the cell since the header row is hidden there.
        var label: String?

        init(_ content: HTML, isNumeric: Bool = false, language: String? = nil, label: String? = nil) {
            self.content = content
            self.isNumeric = isNumeric
            self.language = language
            self.label = label
        }

        /// A cell of plain text, escaped.
        init(text: String, isNumeric: Bool = false, language: String? = nil, label: String? = nil) {
            self.init("\(text)", isNumeric: isNumeric, language: language, label: label)
        }
    }

    /// One body row: the row header (`<th scope="row">`) and the data cells.
    struct Row {
        var header: Cell
        var cells: [Cell]
    }

    /// Also the region's accessible name.
    var caption: String
    /// The column headers, the first one heading the row headers.
    var columns: [Cell]
    var rows: [Row]
    /// Modifier classes after `data-table`, e.g. `data-table--wide`.
    var modifier: String?
    /// An id for the table, for scripts that enhance it.
    var id: String?

    init(caption: String, columns: [Cell], rows: [Row], modifier: String? = nil, id: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.modifier = modifier
        self.id = id
    }

    var html: HTML {
        var html: HTML = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(caption)\">"
        html += "<table class=\"data-table\(modifier.map { " " + $0 } ?? "")\"\(HTML.attribute("id", id))>\n"
        html += "<caption>\(caption)</caption>\n<thead><tr>"
        for column in columns { html += Self.header(column, scope: "col") }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + Self.header(row.header, scope: "row")
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
