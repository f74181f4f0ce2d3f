import Dashboard
import Markup

extension ImportedMetric {
    /// The metric file's text, in the layout docs/METRICS.md asks for: two-space indentation, keys in the
    /// documented order, one data point per line, a final newline. The same metric always gives the same bytes.
    public var json: String {
        var lines: [String] = ["{"]
        lines.append("  \"$schema\": \"../../schema/metric.schema.json\",")
        lines.append("  \"indicator\": \(Escape.json(indicator)),")
        lines.append("  \"unit\": \(Escape.json(unit.rawValue)),")
        lines.append("  \"decimals\": \(decimals),")
        lines.append("  \"betterDirection\": \(Escape.json(betterDirection.rawValue)),")
        lines.append("  \"frequency\": \(Escape.json(frequency.rawValue)),")
        lines.append("  \"updated\": \(Escape.json(updated.description)),")
        lines.append("  \"source\": {")
        let languages = Self.languageOrder(source.values.keys)
        for (index, language) in languages.enumerated() {
            let comma = index + 1 < languages.count ? "," : ""
            lines.append("    \(Escape.json(language)): \(Escape.json(source.values[language]!))\(comma)")
        }
        lines.append("  },")
        lines.append("  \"provenance\": {")
        lines.append("    \"values\": \(Escape.json(provenance.values.rawValue)),")
        lines.append("    \"tables\": [")
        for (index, table) in provenance.tables.enumerated() {
            var fields = ["\"id\": \(Escape.json(table.id))"]
            if let period = table.period { fields.append("\"period\": \(Escape.json(period.description))") }
            if let updated = table.updated { fields.append("\"updated\": \(Escape.json(updated.description))") }
            if let date = table.retrieved { fields.append("\"retrieved\": \(Escape.json(date.description))") }
            let comma = index + 1 < provenance.tables.count ? "," : ""
            lines.append("      {\(fields.joined(separator: ", "))}\(comma)")
        }
        lines.append("    ]")
        lines.append("  },")
        lines.append("  \"trendTolerance\": \(DecimalText.format(trendTolerance)),")
        if trendToleranceRelative { lines.append("  \"trendToleranceRelative\": true,") }
        lines.append("  \"series\": [")
        for (seriesIndex, line) in series.enumerated() {
            lines.append("    {")
            lines.append("      \"area\": \(Escape.json(line.area)),")
            lines.append("      \"values\": [")
            for (pointIndex, point) in line.points.enumerated() {
                let comma = pointIndex + 1 < line.points.count ? "," : ""
                lines.append("        \(Self.pointJSON(point))\(comma)")
            }
            lines.append("      ]")
            lines.append(seriesIndex + 1 < series.count ? "    }," : "    }")
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func pointJSON(_ point: Point) -> String {
        var text = "{\"period\": \(Escape.json(point.period.description)), \"value\": "
        text += point.value.map(DecimalText.format) ?? "null"
        if let missing = point.missing { text += ", \"missing\": \(Escape.json(missing.rawValue))" }
        var flags: [String] = []
        if point.provisional { flags.append(Escape.json(Metric.Flag.provisional.rawValue)) }
        if point.incomplete { flags.append(Escape.json("incomplete")) }
        if !flags.isEmpty { text += ", \"flags\": [\(flags.joined(separator: ", "))]" }
        return text + "}"
    }

    /// Finnish, Swedish, English, then any other language alphabetically.
    static func languageOrder(_ languages: some Collection<String>) -> [String] {
        let preferred = ["fi", "sv", "en"]
        return preferred.filter(languages.contains) + languages.filter { !preferred.contains($0) }.sorted()
    }
}
