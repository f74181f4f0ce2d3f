import Diagnostics

extension ContentResolver {
    /// Reads and validates one metric file against the published schema (`schema/metric.schema.json`) and the
    /// rules a schema cannot express: period order, duplicates, ranges, known places and categories.
    /// `firstSeen` collects where each period is first written, for messages about a period.
    static func readMetric(_ node: JSONNode, id: String, context: Context,
                           firstSeen: inout [Period: SourceLocation], log: inout DiagnosticLog) -> Metric? {
        guard var object = JSONObjectReader(node, context: .term(.metricObject), log: &log) else { return nil }
        let file = node.location.file
        _ = object.string("$schema", required: false, log: &log)
        let indicatorID = object.string("indicator", log: &log)
        let unit = object.choice("unit", as: Metric.Unit.self, log: &log)
        let decimals = object.integer("decimals", in: 0...Metric.maximumDecimals, log: &log)
        let direction = object.choice("betterDirection", as: Metric.Direction.self, log: &log)
        let frequency = object.choice("frequency", as: Period.Frequency.self, log: &log)
        let updated = object.string("updated", log: &log).flatMap { text -> CalendarDate? in
            if let date = CalendarDate(text) { return date }
            log.error(.jsonInvalidDate, at: object.valueLocation("updated"), ["key": "updated", "value": text])
            return nil
        }
        let source = object.localized("source", languages: context.textLanguages, log: &log)
        let provenance = object.node("provenance", required: true, log: &log)
            .flatMap { readProvenance($0, frequency: frequency, log: &log) }
        let tolerance = object.number("trendTolerance", log: &log)
        let relative = object.bool("trendToleranceRelative", required: false, log: &log) ?? false
        if let value = tolerance, value < 0 {
            log.error(.negativeTolerance, at: object.valueLocation("trendTolerance"))
        } else if let value = tolerance, let unit {
            // Relative: a percentage of the earlier value; else in the unit, so no larger than a value can be.
            let highest = relative ? 100 : unit.validRange.upperBound
            if value > highest {
                log.error(.toleranceTooLarge, at: object.valueLocation("trendTolerance"),
                          ["value": Self.plain(value), "highest": Self.plain(highest)])
            }
        }
        let breakdowns = readBreakdowns(&object, languages: context.textLanguages, log: &log)
        var headline: [String: String] = [:]
        if let headlineNode = object.node("headline", required: false, log: &log) {
            headline = readSelection(headlineNode, breakdowns: breakdowns, what: "\"headline\"", log: &log) ?? [:]
        } else if !breakdowns.isEmpty {
            log.error(.missingHeadline, at: object.location)
        }
        let seriesNodes = object.array("series", log: &log) ?? []
        object.reportUnknownKeys(log: &log)

        if let indicatorID, indicatorID != id {
            log.error(.indicatorMismatch, at: object.keyLocation("indicator"), ["id": id, "indicator": indicatorID])
        }
        guard let unit, let decimals, let direction, let frequency, let updated, let source, let provenance,
              let tolerance else {
            return nil
        }
        var series: [Metric.Series] = []
        var seenSeries: [String: SourceLocation] = [:]
        for seriesNode in seriesNodes {
            guard let one = readSeries(seriesNode, unit: unit, frequency: frequency, breakdowns: breakdowns,
                                       context: context, firstSeen: &firstSeen, log: &log) else { continue }
            let key = one.place + "|" + one.selection.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                .joined(separator: ",")
            if let first = seenSeries[key] {
                log.error(.duplicateSeries, at: seriesNode.location, ["area": one.place, "line": first.line])
                continue
            }
            seenSeries[key] = seriesNode.location
            series.append(one)
        }
        if !series.contains(where: { $0.place == Metric.wholeCountry }) {
            log.error(.noWholeCountrySeries, at: object.location)
        }
        return Metric(indicatorID: id, unit: unit, decimals: decimals, betterDirection: direction, frequency: frequency,
                      updated: updated, source: source, provenance: provenance, trendTolerance: tolerance,
                      trendToleranceIsRelative: relative, breakdowns: breakdowns,
                      headline: headline, series: series, file: file)
    }

    /// `{"values": "real", "tables": [{"id": "12r5", "updated": "2026-07-21", "retrieved": "2026-08-11"}]}` or
    /// `{"values": "illustrative"}`: real values name the tables they come from, illustrative ones name none.
    static func readProvenance(_ node: JSONNode, frequency: Period.Frequency?,
                               log: inout DiagnosticLog) -> Provenance? {
        guard var object = JSONObjectReader(node, context: .term(.provenanceObject), log: &log) else { return nil }
        let values = object.choice("values", as: Provenance.Values.self, log: &log)
        let tableNodes = object.array("tables", required: false, log: &log)
        object.reportUnknownKeys(log: &log)
        var tables: [Provenance.Table] = []
        var valid = values != nil
        for tableNode in tableNodes ?? [] {
            guard var table = JSONObjectReader(tableNode, context: .term(.provenanceTableObject), log: &log),
                  let id = table.string("id", log: &log) else { valid = false; continue }
            var period: Period?
            if let text = table.string("period", required: false, log: &log) {
                period = Period(text)
                if period == nil {
                    log.error(.invalidPeriod, at: table.valueLocation("period"),
                              ["period": text, "example": example(frequency ?? .month)])
                    valid = false
                }
            }
            let updated = table.date("updated", log: &log)
            let retrieved = table.date("retrieved", log: &log)
            table.reportUnknownKeys(log: &log)
            if let updated, let retrieved, retrieved < updated {
                log.error(.retrievedBeforeUpdate, at: table.valueLocation("retrieved"), [
                    "table": id, "retrieved": retrieved.description, "updated": updated.description,
                ])
                valid = false
            }
            tables.append(Provenance.Table(id: id, period: period, updated: updated, retrieved: retrieved))
        }
        switch values {
        case .real where tableNodes?.isEmpty ?? true:
            log.error(.realWithoutTables, at: object.location)
            return nil
        case .illustrative where tableNodes != nil:
            log.error(.illustrativeWithTables, at: object.keyLocation("tables"))
            return nil
        default:
            break
        }
        guard valid, let values else { return nil }
        return Provenance(values: values, tables: tables)
    }

    static func readBreakdowns(_ object: inout JSONObjectReader, languages: SiteLanguages,
                               log: inout DiagnosticLog) -> [Metric.Breakdown] {
        var breakdowns: [Metric.Breakdown] = []
        var seen: [String: SourceLocation] = [:]
        for element in object.array("breakdowns", required: false, log: &log) ?? [] {
            guard var reader = JSONObjectReader(element, context: .term(.breakdownObject), log: &log) else { continue }
            let id = reader.string("id", log: &log)
            let name = reader.localized("name", languages: languages, log: &log)
            var categories: [Metric.Category] = []
            var seenCategories: [String: SourceLocation] = [:]
            for categoryNode in reader.array("categories", log: &log) ?? [] {
                guard var category = JSONObjectReader(categoryNode, context: .term(.categoryObject), log: &log) else {
                    continue
                }
                let categoryID = category.string("id", log: &log)
                let categoryName = category.localized("name", languages: languages, log: &log)
                let direction = category.choice("betterDirection", as: Metric.Direction.self, required: false, log: &log)
                category.reportUnknownKeys(log: &log)
                guard let categoryID, checkID(categoryID, at: category.valueLocation("id"), seen: &seenCategories,
                                              what: .categoryID, log: &log),
                      let categoryName else { continue }
                categories.append(.init(id: categoryID, name: categoryName, betterDirection: direction))
            }
            reader.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: reader.valueLocation("id"), seen: &seen, what: .breakdownID, log: &log),
                  let name else { continue }
            if categories.isEmpty { log.error(.emptyBreakdown, at: reader.valueLocation("categories"), ["id": id]) }
            breakdowns.append(.init(id: id, name: name, categories: categories))
        }
        return breakdowns
    }

    /// `{"group": "young", "measure": "unemployment-rate"}`: one known category for every breakdown.
    static func readSelection(_ node: JSONNode, breakdowns: [Metric.Breakdown], what: String,
                              log: inout DiagnosticLog) -> [String: String]? {
        guard var object = JSONObjectReader(node, context: .text(what), log: &log) else { return nil }
        var selection: [String: String] = [:]
        var valid = true
        for breakdown in breakdowns {
            guard let category = object.string(breakdown.id, log: &log) else { valid = false; continue }
            let ids = breakdown.categories.map(\.id)
            guard ids.contains(category) else {
                log.error(.unknownCategory, at: object.valueLocation(breakdown.id), [
                    "breakdown": breakdown.id, "category": category, "valid": ids.joined(separator: ", "),
                    "suggestion": Suggestion.closest(to: category, among: ids),
                ])
                valid = false
                continue
            }
            selection[breakdown.id] = category
        }
        for key in object.allKeys where !breakdowns.contains(where: { $0.id == key }) {
            log.error(.unknownBreakdown, at: object.keyLocation(key), [
                "what": what, "key": key, "suggestion": Suggestion.closest(to: key, among: breakdowns.map(\.id)),
            ])
            valid = false
        }
        return valid ? selection : nil
    }

    static func readSeries(_ node: JSONNode, unit: Metric.Unit, frequency: Period.Frequency,
                           breakdowns: [Metric.Breakdown], context: Context,
                           firstSeen: inout [Period: SourceLocation], log: inout DiagnosticLog) -> Metric.Series? {
        guard var object = JSONObjectReader(node, context: .term(.seriesObject), log: &log) else { return nil }
        let place = object.string("area", log: &log)
        var selection: [String: String]? = [:]
        if let breakdownNode = object.node("breakdown", required: false, log: &log) {
            if breakdowns.isEmpty {
                log.error(.unexpectedBreakdown, at: breakdownNode.location)
                selection = nil
            } else {
                selection = readSelection(breakdownNode, breakdowns: breakdowns, what: "\"breakdown\"", log: &log)
            }
        } else if !breakdowns.isEmpty {
            log.error(.missingBreakdown, at: object.location,
                      ["breakdowns": breakdowns.map(\.id).joined(separator: ", ")])
            selection = nil
        }
        let values = object.array("values", log: &log) ?? []
        object.reportUnknownKeys(log: &log)
        if let place, !context.places.contains(place) {
            // Unknown only because the registry could not be read: that error is reported already.
            guard !context.registryIsBroken else { return nil }
            log.error(.unknownArea, at: object.valueLocation("area"),
                      ["area": place, "suggestion": Suggestion.closest(to: place, among: context.placeNames)])
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
                    log.error(.duplicatePeriod, at: valueNode.location, ["period": "\(point.period)"])
                    continue
                }
                if point.period < previous.period {
                    log.error(.periodOrder, at: valueNode.location,
                              ["period": "\(point.period)", "previous": "\(previous.period)"])
                    continue
                }
            }
            points.append(point)
            if firstSeen[point.period] == nil { firstSeen[point.period] = valueNode.location }
        }
        guard let place, let selection else { return nil }
        return Metric.Series(place: place, selection: selection, points: points)
    }

    static func readPoint(_ node: JSONNode, unit: Metric.Unit, frequency: Period.Frequency,
                          log: inout DiagnosticLog) -> Metric.Point? {
        guard var object = JSONObjectReader(node, context: .term(.valueObject), log: &log) else { return nil }
        let periodText = object.string("period", log: &log)
        var value: Double?
        var valueIsNull = false
        if let valueNode = object.node("value", required: true, log: &log) {
            switch valueNode.value {
            case .number(let number):
                value = number
                let range = unit.validRange
                if number < range.lowerBound && range.upperBound > 100 {
                    log.error(.valueBelowMinimum, at: valueNode.location, [
                        "value": Self.plain(number), "unit": unit.rawValue, "lowest": Self.plain(range.lowerBound),
                    ])
                    value = nil
                } else if !range.contains(number) {
                    log.error(.valueOutOfRange, at: valueNode.location, [
                        "value": Self.plain(number), "unit": unit.rawValue, "lowest": Self.plain(range.lowerBound),
                        "highest": Self.plain(range.upperBound),
                    ])
                    value = nil
                } else if number != 0 && abs(number) < Metric.smallestValue {
                    log.error(.valueTooSmall, at: valueNode.location,
                              ["value": Self.plain(number), "smallest": Self.plain(Metric.smallestValue)])
                    value = nil
                }
            case .null:
                valueIsNull = true
            default:
                log.error(.valueNotANumber, at: valueNode.location, ["kind": valueNode.kindDescription])
            }
        }
        let missing = object.choice("missing", as: Metric.MissingReason.self, required: false, log: &log)
        var flags: Set<Metric.Flag> = []
        for flagText in object.strings("flags", required: false, log: &log) ?? [] {
            if let flag = Metric.Flag(rawValue: flagText) { flags.insert(flag) } else {
                let valid = Metric.Flag.allCases.map(\.rawValue)
                log.error(.unknownFlag, at: object.keyLocation("flags"), [
                    "flag": flagText, "valid": valid.joined(separator: ", "),
                    "suggestion": Suggestion.closest(to: flagText, among: valid),
                ])
            }
        }
        object.reportUnknownKeys(log: &log)
        if valueIsNull && missing == nil && !object.has("missing") {
            log.error(.missingReason, at: object.keyLocation("value"))
        }
        if value != nil && missing != nil {
            log.error(.valueAndMissing, at: object.keyLocation("missing"))
        }
        guard let periodText else { return nil }
        guard let period = Period(periodText) else {
            log.error(.invalidPeriod, at: object.valueLocation("period"),
                      ["period": periodText, "example": example(frequency)])
            return nil
        }
        guard period.frequency == frequency else {
            log.error(.periodFrequency, at: object.valueLocation("period"),
                      ["period": periodText, "frequency": frequency.rawValue, "example": example(frequency)])
            return nil
        }
        return Metric.Point(period: period, value: value, missing: missing, flags: flags)
    }

    /// A number as an editor writes it in JSON: `100000000000` and `0.0001`, not `1e+11` and `1e-04`.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = "\(value)"
        guard let e = text.firstIndex(of: "e") else { return text }
        let exponent = text[text.index(after: e)...].drop { $0 == "+" }
        return text[..<e] + " × 10^" + exponent
    }

    /// The metric as the site shows it: without the periods after the latest complete one (`PeriodCompleteness`),
    /// each held-back period reported where the file first writes it.
    static func holdingBackIncompletePeriods(_ metric: Metric, areaIDs: [String],
                                             firstSeen: [Period: SourceLocation],
                                             log: inout DiagnosticLog) -> Metric {
        let completeness = PeriodCompleteness(metric, areaIDs: areaIDs)
        guard let shown = completeness.latestComplete, !completeness.heldBack.isEmpty else { return metric }
        for held in completeness.heldBack {
            log.warning(.incompletePeriod, at: firstSeen[held.period] ?? SourceLocation(file: metric.file), [
                "period": "\(held.period)", "count": held.areasWithEntry, "total": completeness.reportingAreas,
                "shown": "\(shown)", "needed": completeness.neededAreas,
            ])
        }
        return metric.through(shown)
    }

    private static func example(_ frequency: Period.Frequency) -> Diagnostic.Term {
        switch frequency {
        case .month: .monthExample
        case .quarter: .quarterExample
        case .year: .yearExample
        }
    }
}

extension Diagnostic.Code {
    static let realWithoutTables = Diagnostic.Code(
        .metric, "real-without-tables",
        "real values must name the statistics tables they come from in \"tables\"",
        hint: "add \"tables\": [{\"id\": \"12r5\", \"updated\": \"YYYY-MM-DD\", \"retrieved\": \"YYYY-MM-DD\"}], "
            + "or write \"values\": \"illustrative\" if they are not real")
    static let illustrativeWithTables = Diagnostic.Code(
        .metric, "illustrative-with-tables",
        "illustrative values come from no statistics table: \"tables\" belongs to real values only",
        hint: "delete \"tables\", or write \"values\": \"real\" if the values are the tables' own")
    static let retrievedBeforeUpdate = Diagnostic.Code(
        .metric, "retrieved-before-update",
        "the table {table} cannot have been retrieved on {retrieved}, before it was updated on {updated}",
        hint: "check both dates: \"retrieved\" is the day the file was downloaded")
    static let negativeTolerance = Diagnostic.Code(
        .metric, "negative-tolerance", "\"trendTolerance\" cannot be negative")
    static let missingHeadline = Diagnostic.Code(
        .metric, "missing-headline",
        "a metric with breakdowns needs a \"headline\" naming the category shown as its main figure")
    static let indicatorMismatch = Diagnostic.Code(
        .metric, "indicator-mismatch", "the file is named '{id}.json' but says \"indicator\": \"{indicator}\"",
        hint: "the file name and the indicator id must match")
    static let duplicateSeries = Diagnostic.Code(
        .metric, "duplicate-series", "a second series for '{area}' with the same breakdown (first at line {line})")
    static let noWholeCountrySeries = Diagnostic.Code(
        .metric, "no-whole-country-series", "the metric has no series for the whole country (\"area\": \"FI\")")
    static let emptyBreakdown = Diagnostic.Code(.metric, "empty-breakdown", "the breakdown '{id}' has no categories")
    static let unknownCategory = Diagnostic.Code(
        .metric, "unknown-category", "unknown {breakdown} category \"{category}\"; valid: {valid}",
        hint: "did you mean '{suggestion}'?")
    static let unknownBreakdown = Diagnostic.Code(
        .metric, "unknown-breakdown", "{what} names \"{key}\", which is not a breakdown of this metric",
        hint: "did you mean '{suggestion}'?")
    static let unexpectedBreakdown = Diagnostic.Code(
        .metric, "unexpected-breakdown", "this series has a \"breakdown\" but the metric defines no \"breakdowns\"")
    static let missingBreakdown = Diagnostic.Code(
        .metric, "missing-breakdown", "every series of this metric needs a \"breakdown\" ({breakdowns})")
    static let unknownArea = Diagnostic.Code(
        .metric, "unknown-area", "unknown area \"{area}\": it is not in areas.json or regions.json, and not \"FI\"",
        hint: "did you mean '{suggestion}'?")
    static let duplicatePeriod = Diagnostic.Code(
        .metric, "duplicate-period", "the period {period} appears twice in this series",
        hint: "keep one value per period")
    static let periodOrder = Diagnostic.Code(
        .metric, "period-order", "the period {period} comes after {previous}: periods must be in increasing order")
    static let valueOutOfRange = Diagnostic.Code(
        .metric, "value-out-of-range",
        "the value {value} is outside the range of a {unit} value (from {lowest} to {highest})")
    static let valueTooSmall = Diagnostic.Code(
        .metric, "value-too-small", "the value {value} is too small to show: a value is 0 or at least {smallest}",
        hint: "check the value, or write 0")
    static let toleranceTooLarge = Diagnostic.Code(
        .metric, "tolerance-too-large", "\"trendTolerance\" is {value}, more than it can be ({highest})",
        hint: "with \"trendToleranceRelative\": true the tolerance is a percentage of the earlier value")
    static let valueBelowMinimum = Diagnostic.Code(
        .metric, "value-below-minimum", "the value {value} is outside the range of a {unit} value (at least {lowest})")
    static let valueNotANumber = Diagnostic.Code(
        .metric, "value-not-a-number", "\"value\" must be a number or null, not {kind}")
    static let unknownFlag = Diagnostic.Code(
        .metric, "unknown-flag", "unknown flag \"{flag}\"; valid flags: {valid}", hint: "did you mean '{suggestion}'?")
    static let missingReason = Diagnostic.Code(
        .metric, "missing-reason",
        "a missing value (null) needs a reason: add \"missing\": \"not-published\", \"suppressed\" or "
            + "\"not-applicable\"")
    static let valueAndMissing = Diagnostic.Code(
        .metric, "value-and-missing", "a value with a number cannot also be \"missing\"")
    static let invalidPeriod = Diagnostic.Code(
        .metric, "invalid-period", "\"{period}\" is not a period: write {example}")
    static let incompletePeriod = Diagnostic.Code(
        .metric, "incomplete-period", "{period}: {count} of {total} areas; pages keep showing {shown}",
        hint: "a period is shown once {needed} of the {total} areas (90 %) have a value or a reason for its absence")
    static let periodFrequency = Diagnostic.Code(
        .metric, "period-frequency",
        "the period \"{period}\" does not match the metric's frequency '{frequency}': write {example}")
}

extension Diagnostic.Term {
    static let metricObject = Diagnostic.Term("object.metric", "the metric file")
    static let breakdownObject = Diagnostic.Term("object.breakdown", "a breakdown")
    static let categoryObject = Diagnostic.Term("object.category", "a category")
    static let seriesObject = Diagnostic.Term("object.series", "a series")
    static let valueObject = Diagnostic.Term("object.value", "a value")
    static let provenanceObject = Diagnostic.Term("object.provenance", "\"provenance\"")
    static let provenanceTableObject = Diagnostic.Term("object.provenance-table", "a table of \"provenance\"")
    static let breakdownID = Diagnostic.Term("id.breakdown", "breakdown")
    static let categoryID = Diagnostic.Term("id.category", "category")
    static let monthExample = Diagnostic.Term("period.month", "YYYY-MM, like \"2025-03\"")
    static let quarterExample = Diagnostic.Term("period.quarter", "YYYY-Qn, like \"2025-Q1\"")
    static let yearExample = Diagnostic.Term("period.year", "YYYY, like \"2025\"")
}
