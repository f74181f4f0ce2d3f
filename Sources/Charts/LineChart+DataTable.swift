extension LineChart {
    /// The chart's numbers as a table: one row per period, one column per series.
    ///
    /// - Parameters:
    ///   - caption: the table caption.
    ///   - periodHeader: the first column's header, e.g. "Month".
    ///   - missing: the text for a missing value whose series gives no reason, e.g. "–" or "no data".
    ///   - provisionalSuffix: appended to provisional values, e.g. " (provisional)".
    ///   - breakSuffix: appended to the values of a period that starts a new series (`breaks`), e.g.
    ///     " (break in series)".
    ///   - newestFirst: lists the latest period first, the usual order for reading tables of recent data.
    public func dataTable(caption: String, periodHeader: String, missing: String, provisionalSuffix: String,
                          breakSuffix: String = "", newestFirst: Bool = false) -> DataTable {
        let rows = periods.indices.map { index in
            DataTable.Row(
                header: DataTable.Cell(periods[index].label),
                cells: series.map { line in
                    guard let value = line.value(at: index), value.isFinite else {
                        return DataTable.Cell(line.missingReason(at: index) ?? missing, isNumeric: true)
                    }
                    let suffix = (line.isProvisional(at: index) ? provisionalSuffix : "")
                        + (breaks.contains(index) ? breakSuffix : "")
                    return DataTable.Cell(format(value, decimals) + suffix, isNumeric: true)
                })
        }
        return DataTable(caption: caption, columns: [periodHeader] + series.map(\.label),
                         rows: newestFirst ? rows.reversed() : rows)
    }
}
