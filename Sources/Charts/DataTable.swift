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

    /// The table in its scrolling region, written by the site's one table builder (`Markup.Table`); the caption
    /// gets `captionID` and labels the region.
    public func html(captionID: String) -> HTML {
        let numericColumns = Set(columns.indices.dropFirst().filter { column in
            !rows.isEmpty && rows.allSatisfy { row in
                row.cells.indices.contains(column - 1) ? row.cells[column - 1].isNumeric : true
            }
        })
        func cell(_ cell: Cell) -> Table.Cell {
            Table.Cell(HTML.text(cell.text, linkedTo: cell.href), isNumeric: cell.isNumeric)
        }
        let table = Table(
            caption: caption,
            columns: columns.enumerated().map { Table.Cell(text: $1, isNumeric: numericColumns.contains($0)) },
            rows: rows.map { Table.Row(header: cell($0.header), cells: $0.cells.map(cell), isCurrent: $0.isCurrent) },
            className: "chart-table", regionClassName: "chart-table-scroll", captionID: captionID)
        return table.html
    }
}
