import Dashboard
import Diagnostics

/// A mapping quantity located in its table: the flat offset of the chosen measure and categories, so one
/// cell is an area row and a period away.
struct ResolvedQuantity {
    let table: PreparedTable
    let rule: ImportMapping.Quantity.PeriodRule
    /// The flat index of (area 0, period 0) with every other dimension fixed.
    let base: Int

    /// Nil (with errors naming the mapping position) when the measure or a selection is not in the table, or
    /// a dimension with several categories is left unchosen.
    init?(_ quantity: ImportMapping.Quantity, table: PreparedTable, log: inout DiagnosticLog) {
        let cube = table.cube
        let free = cube.dimensions.indices.filter { $0 != table.areaDimension && $0 != table.timeDimension }
        var chosen: [Int: Int] = [:]
        var failed = false
        if let measure = quantity.measure {
            // The measure is a category of the metric dimension, or of whichever other dimension has it.
            let candidates = free.filter { cube.dimensions[$0].indexByCode[measure] != nil }
            let dimension = candidates.first { cube.dimensions[$0].role == .metric } ?? candidates.first
            if let dimension {
                chosen[dimension] = cube.dimensions[dimension].indexByCode[measure]
            } else {
                let measures = free.filter { cube.dimensions[$0].role == .metric }.flatMap {
                    cube.dimensions[$0].categories.map(\.code)
                }
                let known = measures.isEmpty ? free.flatMap { cube.dimensions[$0].categories.map(\.code) } : measures
                log.error(.importUnknownMeasure, at: quantity.location, [
                    "measure": measure, "file": cube.file, "suggestion": Suggestion.closest(to: measure, among: known),
                    "known": known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : ""),
                ])
                failed = true
            }
        }
        for (dimensionID, code) in quantity.select.sorted(by: { $0.key < $1.key }) {
            guard let dimension = free.first(where: { cube.dimensions[$0].id == dimensionID }) else {
                log.error(.importUnknownDimension, at: quantity.location, [
                    "dimension": dimensionID, "file": cube.file,
                    "suggestion": Suggestion.closest(to: dimensionID, among: free.map { cube.dimensions[$0].id }),
                ])
                failed = true
                continue
            }
            guard let index = cube.dimensions[dimension].indexByCode[code] else {
                log.error(.importUnknownSelectCategory, at: quantity.location, [
                    "dimension": dimensionID, "file": cube.file, "code": code,
                    "suggestion": Suggestion.closest(
                        to: code, among: cube.dimensions[dimension].categories.map(\.code)),
                ])
                failed = true
                continue
            }
            chosen[dimension] = index
        }
        for dimension in free where chosen[dimension] == nil {
            let categories = cube.dimensions[dimension].categories
            if categories.count == 1 {
                chosen[dimension] = 0
            } else if !failed {
                log.error(.importUnselectedDimension, at: quantity.location, [
                    "file": cube.file, "count": categories.count, "dimension": cube.dimensions[dimension].id,
                    "measure": cube.dimensions[dimension].role == .metric ? categories[0].code : nil,
                    "category": cube.dimensions[dimension].role == .metric ? nil : categories[0].code,
                ])
                failed = true
            }
        }
        guard !failed else { return nil }
        self.table = table
        rule = quantity.period
        base = chosen.reduce(0) { $0 + $1.value * table.strides[$1.key] }
    }

    /// The time category for an output period: the same period (nil if the table lacks it) or the latest.
    func timeIndex(for period: Period) -> Int? {
        switch rule {
        case .same: table.timeIndexByPeriod[period]
        case .latest: table.latestTimeIndex
        }
    }

    /// One cell: an area row at a time category.
    func cell(row: Int, time: Int) -> (value: Double?, status: String?) {
        let index = base + row * table.strides[table.areaDimension] + time * table.strides[table.timeDimension]
        return (table.cube.values[index], table.cube.statuses[index])
    }

    /// Whether the source marks the period at this time category as preliminary ("2024Q1*").
    func isPreliminary(time: Int) -> Bool {
        table.cube.dimensions[table.timeDimension].categories[time].isPreliminary
    }
}
