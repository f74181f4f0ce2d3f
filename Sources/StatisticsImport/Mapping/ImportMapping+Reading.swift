import Dashboard
import Diagnostics

extension ImportMapping {
    /// Reads a mapping file, reporting every problem with its position. Nil only when the file is not a JSON
    /// object; otherwise what could be read, without the indicators that have problems, so that the tables
    /// and the registry are still checked in the same run.
    public static func read(_ raw: [UInt8], file: String, log: inout DiagnosticLog) -> ImportMapping? {
        guard let text = StatisticsText.decode(raw, file: file, encoding: .utf8, log: &log) else { return nil }
        let root: JSONNode
        guard let node = JSONParser.parse(text, file: file, log: &log) else { return nil }
        root = node
        guard var object = JSONObject(root, context: .term(.importMappingObject), log: &log) else { return nil }
        let folder = FilePath.folder(of: file)
        _ = object.string("$schema", required: false, log: &log)
        _ = object.string("description", required: false, log: &log)

        var tables: [Table] = []
        if let tablesObject = object.object("tables", log: &log) {
            for member in tablesObject.orderedMembers {
                let context = Diagnostic.Argument.text("\"tables\".\"\(member.key)\"")
                guard var table = JSONObject(member.value, context: context, log: &log) else {
                    continue
                }
                if let path = table.string("file", log: &log) {
                    tables.append(Table(id: member.key, file: FilePath.resolve(path, from: folder),
                                        location: member.keyLocation))
                }
                table.reportUnknownKeys(log: &log)
            }
            if tablesObject.orderedMembers.isEmpty {
                log.error(.importNoTables, at: tablesObject.location)
            }
        }
        var areasFile = "Content/areas.json", municipalitiesFile: String?
        if var registry = object.object("registry", log: &log) {
            areasFile = registry.string("areas", log: &log).map { FilePath.resolve($0, from: folder) } ?? areasFile
            municipalitiesFile = registry.string("municipalities", required: false, log: &log)
                .map { FilePath.resolve($0, from: folder) }
            registry.reportUnknownKeys(log: &log)
        }
        let output = object.string("output", log: &log).map { FilePath.resolve($0, from: folder) } ?? "."
        let countryCode = object.string("country", required: false, log: &log) ?? "SSS"
        let ignored = Set((object.strings("ignore", required: false, log: &log) ?? []).map(\.0))
        var updated: CalendarDate?
        if let text = object.string("updated", required: false, log: &log) {
            updated = CalendarDate(text)
            if updated == nil {
                log.error(.importBadDate, at: object.valueLocation("updated"), ["key": "updated", "value": text])
            }
        }
        let source = object.value("source", required: false, log: &log).flatMap { localized($0, log: &log) }
        let regions = object.value("regions", required: false, log: &log).map { readRegions($0, log: &log) } ?? []

        var indicators: [Indicator] = []
        var seenIndicators: Set<String> = []
        let context = IndicatorContext(tables: tables, regions: regions, source: source)
        for node in object.array("indicators", log: &log) ?? [] {
            guard let indicator = readIndicator(node, context: context, log: &log) else { continue }
            if !seenIndicators.insert(indicator.id).inserted {
                log.error(.importIndicatorMappedTwice, at: indicator.location, ["indicator": indicator.id])
            }
            indicators.append(indicator)
        }
        object.reportUnknownKeys(log: &log)
        for table in tables where !indicators.contains(where: { $0.quantities.contains { $0.table == table.id } }) {
            log.warning(.importUnusedTable, at: table.location, ["table": table.id])
        }
        return ImportMapping(file: file, tables: tables, areasFile: areasFile, municipalitiesFile: municipalitiesFile,
                             output: output, countryCode: countryCode, ignoredCodes: ignored, updated: updated,
                             indicators: indicators)
    }

    private struct IndicatorContext {
        var tables: [Table]
        var regions: [Region]
        var source: LocalizedText?
    }

    private static func readRegions(_ node: JSONNode, log: inout DiagnosticLog) -> [Region] {
        guard let elements = node.arrayElements else {
            log.error(.importWrongType, at: node.location,
                      ["subject": "\"regions\"", "expected": Diagnostic.Term.importList, "kind": node.kindDescription])
            return []
        }
        var regions: [Region] = []
        var seen: Set<String> = []
        for element in elements {
            guard var object = JSONObject(element, context: .term(.importRegionObject), log: &log) else { continue }
            let id = object.string("id", log: &log)
            let codes = object.strings("codes", log: &log) ?? []
            object.reportUnknownKeys(log: &log)
            guard let id else { continue }
            if !ContentLoader.isValidID(id) {
                log.error(.importInvalidRegionID, at: object.valueLocation("id"), ["id": id])
            } else if !seen.insert(id).inserted {
                log.error(.importRegionTwice, at: object.valueLocation("id"), ["region": id])
            }
            if codes.isEmpty {
                log.error(.importRegionWithoutCodes, at: object.location, ["region": id])
            }
            regions.append(Region(id: id, codes: codes.map(\.0), location: object.location))
        }
        return regions
    }

    private static func readIndicator(_ node: JSONNode, context: IndicatorContext,
                                      log: inout DiagnosticLog) -> Indicator? {
        guard var object = JSONObject(node, context: .term(.importIndicatorObject), log: &log) else { return nil }
        let errorsBefore = log.errorCount
        let id = object.string("indicator", log: &log)
        if let id, !ContentLoader.isValidID(id) {
            log.error(.importInvalidIndicatorID, at: object.valueLocation("indicator"), ["id": id])
        }
        var table = object.string("table", required: context.tables.count != 1, log: &log)
        if table == nil, context.tables.count == 1 { table = context.tables[0].id }
        if let name = table, !context.tables.contains(where: { $0.id == name }) {
            log.error(.importUnknownTable, at: object.valueLocation("table"),
                      ["table": name, "suggestion": Suggestion.closest(to: name, among: context.tables.map(\.id))])
        }
        var select: [String: String] = [:]
        if let selectNode = object.value("select", required: false, log: &log) {
            select = readSelect(selectNode, log: &log)
        }
        let aggregate = object.choice("aggregate", as: Aggregate.self, log: &log)
        var quantities: [Quantity] = []
        var scale = 1.0
        func quantity(_ key: String, required: Bool) -> Quantity? {
            guard let node = object.value(key, required: required, log: &log) else { return nil }
            return readQuantity(node, table: table ?? "", select: select, tables: context.tables, log: &log)
        }
        switch aggregate {
        case .sum:
            if let measure = quantity("measure", required: true) { quantities = [measure] }
            for key in ["numerator", "denominator", "scale"] where object.has(key) {
                log.error(.importRatioKeyInSum, at: object.keyLocation(key), ["key": key])
            }
        case .ratio:
            let numerator = quantity("numerator", required: true)
            let denominator = quantity("denominator", required: true)
            if let numerator, let denominator { quantities = [numerator, denominator] }
            if let value = object.number("scale", log: &log) {
                if value > 0 { scale = value } else {
                    log.error(.importScaleNotPositive, at: object.valueLocation("scale"))
                }
            }
            if object.has("measure") {
                log.error(.importMeasureInRatio, at: object.keyLocation("measure"))
            }
        case nil:
            // The aggregate is already reported; its keys are not unknown ones.
            for key in ["measure", "numerator", "denominator", "scale"] {
                _ = object.value(key, required: false, log: &log)
            }
        }
        let unit = object.choice("unit", as: Metric.Unit.self, log: &log)
        let decimals = object.integer("decimals", in: 0...4, log: &log)
        let direction = object.choice("betterDirection", as: Metric.Direction.self, log: &log)
        let tolerance = object.number("trendTolerance", log: &log)
        if let tolerance, tolerance < 0 {
            log.error(.importNegativeTolerance, at: object.valueLocation("trendTolerance"))
        }
        let relative = object.bool("trendToleranceRelative", required: false, log: &log) ?? false
        let allowIncomplete = object.bool("allowIncomplete", required: false, log: &log) ?? false
        var source = context.source
        if let node = object.value("source", required: context.source == nil, log: &log) {
            source = localized(node, log: &log)
        }
        var regions = context.regions
        if let node = object.value("regions", required: false, log: &log) { regions = readRegions(node, log: &log) }
        object.reportUnknownKeys(log: &log)
        guard log.errorCount == errorsBefore, let id, let aggregate, let unit, let decimals, let direction,
              let tolerance, let source, !quantities.isEmpty else { return nil }
        return Indicator(id: id, aggregate: aggregate, quantities: quantities, scale: scale, unit: unit,
                         decimals: decimals, betterDirection: direction, trendTolerance: tolerance,
                         trendToleranceRelative: relative, source: source, allowIncomplete: allowIncomplete,
                         regions: regions, location: object.location)
    }

    /// `"TYOVOIMATK"` (a measure in the indicator's table) or `{"table", "measure", "select", "period"}`.
    private static func readQuantity(_ node: JSONNode, table: String, select: [String: String], tables: [Table],
                                     log: inout DiagnosticLog) -> Quantity? {
        if case .string(let measure) = node.value {
            return Quantity(table: table, measure: measure, select: select, period: .same, location: node.location)
        }
        guard var object = JSONObject(node, context: .term(.importMeasureObject), log: &log) else { return nil }
        var quantityTable = table
        var quantitySelect = select
        if let name = object.string("table", required: false, log: &log) {
            guard tables.contains(where: { $0.id == name }) else {
                log.error(.importUnknownTable, at: object.valueLocation("table"),
                          ["table": name, "suggestion": Suggestion.closest(to: name, among: tables.map(\.id))])
                return nil
            }
            if name != table { quantitySelect = [:] }
            quantityTable = name
        }
        let measure = object.string("measure", required: false, log: &log)
        if let node = object.value("select", required: false, log: &log) {
            quantitySelect.merge(readSelect(node, log: &log)) { _, new in new }
        }
        let period = object.choice("period", as: Quantity.PeriodRule.self, required: false, log: &log) ?? .same
        object.reportUnknownKeys(log: &log)
        return Quantity(table: quantityTable, measure: measure, select: quantitySelect, period: period,
                        location: node.location)
    }

    private static func readSelect(_ node: JSONNode, log: inout DiagnosticLog) -> [String: String] {
        guard let object = JSONObject(node, context: .text("\"select\""), log: &log) else { return [:] }
        var select: [String: String] = [:]
        for member in object.orderedMembers {
            select[member.key] = member.value.string(.text("\"select\".\"\(member.key)\""), log: &log)
        }
        return select
    }

    static func localized(_ node: JSONNode, log: inout DiagnosticLog) -> LocalizedText? {
        guard let object = JSONObject(node, context: .text("\"source\""), log: &log) else { return nil }
        var texts = LocalizedText()
        for member in object.orderedMembers {
            guard member.key.count == 2, member.key.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                log.error(.importNotALanguageCode, at: member.keyLocation, ["key": member.key])
                continue
            }
            guard let text = member.value.string(.text("\"source\".\"\(member.key)\""), log: &log) else { continue }
            if text.isEmpty {
                log.error(.importEmptyText, at: member.value.location, ["key": member.key])
            }
            texts[member.key] = text
        }
        guard texts["fi"] != nil else {
            log.error(.importMissingFinnish, at: node.location)
            return nil
        }
        return texts
    }
}
