import Dashboard

extension ImportedMetric {
    /// The metric file's text, in the layout docs/METRICS.md asks for: two-space indentation, keys in the
    /// documented order, one data point per line, a final newline. The same metric always gives the same bytes.
    public var json: String {
        var lines: [String] = ["{"]
        lines.append("  \"$schema\": \"../../schema/metric.schema.json\",")
        lines.append("  \"indicator\": \(Self.quoted(indicator)),")
        lines.append("  \"unit\": \(Self.quoted(unit.rawValue)),")
        lines.append("  \"decimals\": \(decimals),")
        lines.append("  \"betterDirection\": \(Self.quoted(betterDirection.rawValue)),")
        lines.append("  \"frequency\": \(Self.quoted(frequency.rawValue)),")
        lines.append("  \"updated\": \(Self.quoted(updated.description)),")
        lines.append("  \"source\": {")
        let languages = Self.languageOrder(source.values.keys)
        for (index, language) in languages.enumerated() {
            let comma = index + 1 < languages.count ? "," : ""
            lines.append("    \(Self.quoted(language)): \(Self.quoted(source.values[language]!))\(comma)")
        }
        lines.append("  },")
        lines.append("  \"provenance\": {")
        lines.append("    \"values\": \(Self.quoted(provenance.values.rawValue)),")
        lines.append("    \"tables\": [")
        for (index, table) in provenance.tables.enumerated() {
            var fields = ["\"id\": \(Self.quoted(table.id))"]
            if let period = table.period { fields.append("\"period\": \(Self.quoted(period.description))") }
            if let updated = table.updated { fields.append("\"updated\": \(Self.quoted(updated.description))") }
            if let date = table.retrieved { fields.append("\"retrieved\": \(Self.quoted(date.description))") }
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
            lines.append("      \"area\": \(Self.quoted(line.area)),")
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
        var text = "{\"period\": \(quoted(point.period.description)), \"value\": "
        text += point.value.map(DecimalText.format) ?? "null"
        if let missing = point.missing { text += ", \"missing\": \(quoted(missing.rawValue))" }
        var flags: [String] = []
        if point.provisional { flags.append(quoted(Metric.Flag.provisional.rawValue)) }
        if point.incomplete { flags.append(quoted("incomplete")) }
        if !flags.isEmpty { text += ", \"flags\": [\(flags.joined(separator: ", "))]" }
        return text + "}"
    }

    /// Finnish, Swedish, English, then any other language alphabetically.
    static func languageOrder(_ languages: some Collection<String>) -> [String] {
        let preferred = ["fi", "sv", "en"]
        return preferred.filter(languages.contains) + languages.filter { !preferred.contains($0) }.sorted()
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
