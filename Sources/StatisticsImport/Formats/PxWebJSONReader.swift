import Dashboard
import Diagnostics

/// Reads PxWeb API v1 "json" responses: `columns` (type `d` dimension, `t` time, `c` a measure), `data` rows
/// `{key: [codes], values: [texts]}` and `metadata[{updated, label, source}]`.
///
/// The measure columns become one more dimension, last, with the id `measure`. Category order is the order
/// in which codes first appear in the rows; a combination without a row is a cell without a value.
enum PxWebJSONReader {
    static let measureDimensionID = "measure"

    private struct Column {
        var code: String
        var text: String?
        var type: String
        var location: SourceLocation
    }

    static func read(_ root: JSONNode, file: String, log: inout DiagnosticLog) -> StatisticsCube? {
        guard var object = JSONObject(root, context: .term(.importFileObject), log: &log) else { return nil }
        let columnNodes = object.array("columns", log: &log) ?? []
        let rowNodes = object.array("data", log: &log) ?? []
        var title: String?, source: String?, updated: CalendarDate?
        if let metadata = object.array("metadata", required: false, log: &log)?.first,
           var reader = JSONObject(metadata, context: .text("\"metadata\""), log: &log) {
            title = reader.string("label", required: false, log: &log)
            source = reader.string("source", required: false, log: &log)
            if let text = reader.string("updated", required: false, log: &log) {
                updated = UpdatedDate.parse(text)
                if updated == nil {
                    log.warning(.importTableDate, at: reader.keyLocation("updated"),
                                ["key": "\"updated\"", "value": text, "example": "2026-07-21T05:00:00Z"])
                }
            }
        }

        var keyColumns: [Column] = [], measureColumns: [Column] = []
        for node in columnNodes {
            guard var reader = JSONObject(node, context: .term(.importColumnObject), log: &log),
                  let code = reader.string("code", log: &log), let type = reader.string("type", log: &log) else {
                continue
            }
            let column = Column(code: code, text: reader.string("text", required: false, log: &log), type: type,
                                location: node.location)
            switch type {
            case "d", "t": keyColumns.append(column)
            case "c": measureColumns.append(column)
            default:
                // Read as a dimension, so the rows' keys still line up and only this mistake is reported.
                log.error(.importUnknownColumnType, at: reader.keyLocation("type"), ["type": type])
                keyColumns.append(column)
            }
        }
        guard !columnNodes.isEmpty, !measureColumns.isEmpty else {
            log.error(.importNoMeasureColumns, at: object.keyLocation("columns"))
            return nil
        }
        for (index, column) in (keyColumns + measureColumns).enumerated()
        where (keyColumns + measureColumns)[..<index].contains(where: { $0.code == column.code }) {
            log.error(.importDuplicateColumn, at: column.location, ["column": column.code])
        }

        // Categories in order of first appearance; the rows keep their category indices for the second pass.
        var categories = [[StatisticsCube.Category]](repeating: [], count: keyColumns.count)
        var indexByCode = [[String: Int]](repeating: [:], count: keyColumns.count)
        var rows: [(indices: [Int], values: [(Double?, String?)], location: SourceLocation)] = []
        rows.reserveCapacity(rowNodes.count)
        for rowNode in rowNodes {
            guard var reader = JSONObject(rowNode, context: .term(.importRowObject), log: &log),
                  let keys = reader.array("key", log: &log), let values = reader.array("values", log: &log) else {
                continue
            }
            guard keys.count == keyColumns.count else {
                log.error(.importRowKeyCount, at: rowNode.location, [
                    "count": keys.count, "expected": keyColumns.count,
                    "columns": keyColumns.map(\.code).joined(separator: ", "),
                ])
                continue
            }
            guard values.count == measureColumns.count else {
                log.error(.importRowValueCount, at: rowNode.location, [
                    "count": values.count, "expected": measureColumns.count,
                ])
                continue
            }
            var indices: [Int] = []
            for (dimension, keyNode) in keys.enumerated() {
                guard let code = keyNode.string(.text("\"key\"[\(dimension)]"), log: &log) else { break }
                if let index = indexByCode[dimension][code] {
                    indices.append(index)
                } else {
                    indexByCode[dimension][code] = categories[dimension].count
                    indices.append(categories[dimension].count)
                    categories[dimension].append(StatisticsCube.Category(code: code, location: keyNode.location))
                }
            }
            guard indices.count == keyColumns.count else { continue }
            rows.append((indices, values.map { cell($0, log: &log) }, rowNode.location))
        }

        var dimensions = keyColumns.enumerated().map { index, column in
            StatisticsCube.Dimension(id: column.code, label: column.text, role: column.type == "t" ? .time : nil,
                                     categories: categories[index], location: column.location)
        }
        var measureID = measureDimensionID
        while dimensions.contains(where: { $0.id == measureID }) { measureID += "_" }
        dimensions.append(StatisticsCube.Dimension(
            id: measureID, label: nil, role: .metric,
            categories: measureColumns.map {
                StatisticsCube.Category(code: $0.code, label: $0.text, location: $0.location)
            },
            location: measureColumns[0].location))

        let cellCount = dimensions.reduce(1) { $0 * $1.categories.count }
        var cube = StatisticsCube(file: file, format: .pxWebJSON, title: title, source: source, updated: updated,
                                  dimensions: dimensions, values: [Double?](repeating: nil, count: cellCount),
                                  statuses: [String?](repeating: nil, count: cellCount))
        let strides = cube.strides
        var seen = [Bool](repeating: false, count: cellCount / max(1, measureColumns.count))
        for row in rows {
            let base = zip(row.indices, strides).reduce(0) { $0 + $1.0 * $1.1 }
            let rowNumber = base / measureColumns.count
            guard !seen[rowNumber] else {
                let codes = row.indices.enumerated().map { categories[$0][$1].code }
                log.error(.importDuplicateCell, at: row.location, ["codes": codes.joined(separator: ", ")])
                continue
            }
            seen[rowNumber] = true
            for (offset, cell) in row.values.enumerated() {
                cube.values[base + offset] = cell.0
                cube.statuses[base + offset] = cell.1
            }
        }
        return cube
    }

    /// A value: usually text ("542318", "12.8", "..."), sometimes a JSON number or null.
    private static func cell(_ node: JSONNode, log: inout DiagnosticLog) -> (Double?, String?) {
        switch node.value {
        case .number(let number): return (number, nil)
        case .null: return (nil, nil)
        case .string(let text):
            switch CellText(Substring(text)) {
            case .number(let number): return (number, nil)
            case .missing(let marker): return (nil, marker.isEmpty ? nil : marker)
            case .invalid:
                log.error(.importBadNumber, at: node.location, [
                    "text": text, "format": text.contains(",") ? "PxWeb JSON" : nil,
                ])
                return (nil, nil)
            }
        default:
            log.error(.importWrongType, at: node.location, [
                "subject": Diagnostic.Term.importAValue, "expected": Diagnostic.Term.importStringNumberOrNull,
                "kind": node.kindDescription,
            ])
            return (nil, nil)
        }
    }
}
