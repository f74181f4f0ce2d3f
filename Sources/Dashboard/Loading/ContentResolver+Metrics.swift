import Diagnostics

extension ContentResolver {
    /// Reads and validates one metric file against the published schema (`schema/metric.schema.json`) and the
    /// rules a schema cannot express: period order, duplicates, ranges, known places and categories.
    static func readMetric(_ node: JSONNode, id: String, context: Context, log: inout DiagnosticLog) -> Metric? {
        guard var object = JSONObjectReader(node, context: "the metric file", log: &log) else { return nil }
        let file = node.location.file
        _ = object.string("$schema", required: false, log: &log)
        let indicatorID = object.string("indicator", log: &log)
        let unit = object.choice("unit", as: Metric.Unit.self, log: &log)
        let decimals = object.integer("decimals", in: 0...6, log: &log)
        let direction = object.choice("betterDirection", as: Metric.Direction.self, log: &log)
        let frequency = object.choice("frequency", as: Period.Frequency.self, log: &log)
        let updated = object.string("updated", log: &log).flatMap { text -> CalendarDate? in
            if let date = CalendarDate(text) { return date }
            log.error("\"updated\" must be a date written YYYY-MM-DD, not \"\(text)\"", at: object.valueLocation("updated"))
            return nil
        }
        let source = object.localized("source", log: &log)
        let tolerance = object.number("trendTolerance", log: &log)
        if let tolerance, tolerance < 0 {
            log.error("\"trendTolerance\" cannot be negative", at: object.valueLocation("trendTolerance"))
        }
        let relative = object.bool("trendToleranceRelative", required: false, log: &log) ?? false
        let breakdowns = readBreakdowns(&object, log: &log)
        var headline: [String: String] = [:]
        if let headlineNode = object.node("headline", required: false, log: &log) {
            headline = readSelection(headlineNode, breakdowns: breakdowns, what: "\"headline\"", log: &log) ?? [:]
        } else if !breakdowns.isEmpty {
            log.error("a metric with breakdowns needs a \"headline\" naming the category shown as its main figure",
                      at: object.location)
        }
        let seriesNodes = object.array("series", log: &log) ?? []
        object.reportUnknownKeys(log: &log)

        if let indicatorID, indicatorID != id {
            log.error("the file is named '\(id).json' but says \"indicator\": \"\(indicatorID)\"",
                      at: object.keyLocation("indicator"), hint: "the file name and the indicator id must match")
        }
        guard let unit, let decimals, let direction, let frequency, let updated, let source, let tolerance else {
            return nil
        }
        var series: [Metric.Series] = []
        var seenSeries: [String: SourceLocation] = [:]
        for seriesNode in seriesNodes {
            guard let one = readSeries(seriesNode, unit: unit, frequency: frequency, breakdowns: breakdowns,
                                       context: context, log: &log) else { continue }
            let key = one.place + "|" + one.selection.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ",")
            if let first = seenSeries[key] {
                log.error("a second series for '\(one.place)' with the same breakdown (first at line \(first.line))",
                          at: seriesNode.location)
                continue
            }
            seenSeries[key] = seriesNode.location
            series.append(one)
        }
        if !series.contains(where: { $0.place == Metric.wholeCountry }) {
            log.error("the metric has no series for the whole country (\"area\": \"FI\")", at: object.location)
        }
        return Metric(indicatorID: id, unit: unit, decimals: decimals, betterDirection: direction, frequency: frequency,
                      updated: updated, source: source, trendTolerance: tolerance,
                      trendToleranceIsRelative: relative, breakdowns: breakdowns,
                      headline: headline, series: series, file: file)
    }

    static func readBreakdowns(_ object: inout JSONObjectReader, log: inout DiagnosticLog) -> [Metric.Breakdown] {
        var breakdowns: [Metric.Breakdown] = []
        var seen: [String: SourceLocation] = [:]
        for element in object.array("breakdowns", required: false, log: &log) ?? [] {
            guard var reader = JSONObjectReader(element, context: "a breakdown", log: &log) else { continue }
            let id = reader.string("id", log: &log)
            let name = reader.localized("name", log: &log)
            var categories: [Metric.Category] = []
            var seenCategories: [String: SourceLocation] = [:]
            for categoryNode in reader.array("categories", log: &log) ?? [] {
                guard var category = JSONObjectReader(categoryNode, context: "a category", log: &log) else { continue }
                let categoryID = category.string("id", log: &log)
                let categoryName = category.localized("name", log: &log)
                let direction = category.choice("betterDirection", as: Metric.Direction.self, required: false, log: &log)
                category.reportUnknownKeys(log: &log)
                guard let categoryID, checkID(categoryID, at: category.location, seen: &seenCategories,
                                              what: "category", log: &log),
                      let categoryName else { continue }
                categories.append(.init(id: categoryID, name: categoryName, betterDirection: direction))
            }
            reader.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: reader.location, seen: &seen, what: "breakdown", log: &log),
                  let name else { continue }
            if categories.isEmpty { log.error("the breakdown '\(id)' has no categories", at: reader.location) }
            breakdowns.append(.init(id: id, name: name, categories: categories))
        }
        return breakdowns
    }

    /// `{"group": "young", "measure": "unemployment-rate"}`: one known category for every breakdown.
    static func readSelection(_ node: JSONNode, breakdowns: [Metric.Breakdown], what: String,
                              log: inout DiagnosticLog) -> [String: String]? {
        guard var object = JSONObjectReader(node, context: what, log: &log) else { return nil }
        var selection: [String: String] = [:]
        var valid = true
        for breakdown in breakdowns {
            guard let category = object.string(breakdown.id, log: &log) else { valid = false; continue }
            let ids = breakdown.categories.map(\.id)
            guard ids.contains(category) else {
                log.error("unknown \(breakdown.id) category \"\(category)\"; valid: \(ids.joined(separator: ", "))",
                          at: object.valueLocation(breakdown.id), hint: Suggestion.hint(for: category, among: ids))
                valid = false
                continue
            }
            selection[breakdown.id] = category
        }
        for key in object.allKeys where !breakdowns.contains(where: { $0.id == key }) {
            log.error("\(what) names \"\(key)\", which is not a breakdown of this metric", at: object.keyLocation(key),
                      hint: Suggestion.hint(for: key, among: breakdowns.map(\.id)))
            valid = false
        }
        return valid ? selection : nil
    }

    static func readSeries(_ node: JSONNode, unit: Metric.Unit, frequency: Period.Frequency,
                           breakdowns: [Metric.Breakdown], context: Context, log: inout DiagnosticLog) -> Metric.Series? {
        guard var object = JSONObjectReader(node, context: "a series", log: &log) else { return nil }
        let place = object.string("area", log: &log)
        var selection: [String: String]? = [:]
        if let breakdownNode = object.node("breakdown", required: false, log: &log) {
            if breakdowns.isEmpty {
                log.error("this series has a \"breakdown\" but the metric defines no \"breakdowns\"",
                          at: breakdownNode.location)
                selection = nil
            } else {
                selection = readSelection(breakdownNode, breakdowns: breakdowns, what: "\"breakdown\"", log: &log)
            }
        } else if !breakdowns.isEmpty {
            log.error("every series of this metric needs a \"breakdown\" (\(breakdowns.map(\.id).joined(separator: ", ")))",
                      at: object.location)
            selection = nil
        }
        let values = object.array("values", log: &log) ?? []
        object.reportUnknownKeys(log: &log)
        if let place, !context.places.contains(place) {
            log.error("unknown area \"\(place)\": it is not in areas.json or regions.json, and not \"FI\"",
                      at: object.valueLocation("area"), hint: Suggestion.hint(for: place, among: context.placeNames))
            return nil
        }
        var points: [Metric.Point] = []
        for valueNode in values {
            guard let point = readPoint(valueNode, unit: unit, frequency: frequency, log: &log) else { continue }
            if unit == .count, let place, context.areaIDs.contains(place) {
                checkSmallCount(point, in: valueNode, log: &log)
            }
            if let previous = points.last {
                if point.period == previous.period {
                    log.error("the period \(point.period) appears twice in this series", at: valueNode.location,
                              hint: "keep one value per period")
                    continue
                }
                if point.period < previous.period {
                    log.error("the period \(point.period) comes after \(previous.period): periods must be in increasing order",
                              at: valueNode.location)
                    continue
                }
            }
            points.append(point)
        }
        guard let place, let selection else { return nil }
        return Metric.Series(place: place, selection: selection, points: points)
    }

    static func readPoint(_ node: JSONNode, unit: Metric.Unit, frequency: Period.Frequency,
                          log: inout DiagnosticLog) -> Metric.Point? {
        guard var object = JSONObjectReader(node, context: "a value", log: &log) else { return nil }
        let periodText = object.string("period", log: &log)
        var value: Double?
        var valueIsNull = false
        if let valueNode = object.node("value", required: true, log: &log) {
            switch valueNode.value {
            case .number(let number):
                value = number
                if !unit.validRange.contains(number) {
                    let range = unit.validRange
                    let limit = range.upperBound == .greatestFiniteMagnitude
                        ? "at least \(Int(range.lowerBound))" : "from \(Int(range.lowerBound)) to \(Int(range.upperBound))"
                    log.error("the value \(number) is outside the range of a \(unit.rawValue) value (\(limit))",
                              at: valueNode.location)
                    value = nil
                }
            case .null:
                valueIsNull = true
            default:
                log.error("\"value\" must be a number or null, not \(valueNode.kindDescription)", at: valueNode.location)
            }
        }
        let missing = object.choice("missing", as: Metric.MissingReason.self, required: false, log: &log)
        var flags: Set<Metric.Flag> = []
        for flagText in object.strings("flags", required: false, log: &log) ?? [] {
            if let flag = Metric.Flag(rawValue: flagText) { flags.insert(flag) } else {
                let valid = Metric.Flag.allCases.map(\.rawValue)
                log.error("unknown flag \"\(flagText)\"; valid flags: \(valid.joined(separator: ", "))",
                          at: object.keyLocation("flags"), hint: Suggestion.hint(for: flagText, among: valid))
            }
        }
        object.reportUnknownKeys(log: &log)
        if valueIsNull && missing == nil && !object.has("missing") {
            log.error("a missing value (null) needs a reason: add \"missing\": \"not-published\", \"suppressed\" or "
                        + "\"not-applicable\"", at: object.keyLocation("value"))
        }
        if value != nil && missing != nil {
            log.error("a value with a number cannot also be \"missing\"", at: object.keyLocation("missing"))
        }
        guard let periodText else { return nil }
        guard let period = Period(periodText) else {
            log.error("\"\(periodText)\" is not a period: write \(example(frequency))", at: object.valueLocation("period"))
            return nil
        }
        guard period.frequency == frequency else {
            log.error("the period \"\(periodText)\" does not match the metric's frequency '\(frequency.rawValue)': "
                        + "write \(example(frequency))", at: object.valueLocation("period"))
            return nil
        }
        return Metric.Point(period: period, value: value, missing: missing, flags: flags)
    }

    private static func example(_ frequency: Period.Frequency) -> String {
        switch frequency {
        case .month: "YYYY-MM, like \"2025-03\""
        case .quarter: "YYYY-Qn, like \"2025-Q1\""
        case .year: "YYYY, like \"2025\""
        }
    }
}
