extension StatisticsCube {
    /// A readable listing of the table's dimensions and categories (`import-stats inspect --dimensions`), for
    /// writing a mapping: which codes hold the measures, areas and periods.
    public var summary: String {
        var lines: [String] = []
        lines.append("file: \(file) (\(format.rawValue))")
        if let title { lines.append("title: \(title)") }
        if let source { lines.append("source: \(source)") }
        if let updated { lines.append("updated: \(updated)") }
        let missing = values.count { $0 == nil }
        lines.append("cells: \(cellCount) (\(missing) without a value)")
        let area = areaDimension, time = timeDimension
        for (index, dimension) in dimensions.enumerated() {
            var kind: [String] = []
            if index == area { kind.append("areas") }
            if index == time { kind.append("periods") }
            if dimension.role == .metric { kind.append("measures") }
            let what = (kind + ["\(dimension.categories.count) categories"]).joined(separator: ", ")
            lines.append("")
            lines.append("\(dimension.id)" + (dimension.label.map { " \"\($0)\"" } ?? "") + " (\(what))")
            for category in dimension.categories {
                var line = "  \(category.code)"
                if let label = category.label, label != category.code { line += "  \(label)" }
                if let unit = category.unit {
                    var parts: [String] = []
                    if let label = unit.label { parts.append("unit: \(label)") }
                    if let decimals = unit.decimals { parts.append("decimals: \(decimals)") }
                    if !parts.isEmpty { line += "  [\(parts.joined(separator: ", "))]" }
                }
                if category.isPreliminary { line += "  (preliminary)" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
