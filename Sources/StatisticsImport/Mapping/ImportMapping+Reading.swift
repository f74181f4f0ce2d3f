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
        guard var object = JSONObject(root, context: "the mapping", log: &log) else { return nil }
        let folder = FilePath.folder(of: file)
        _ = object.string("$schema", required: false, log: &log)
        _ = object.string("description", required: false, log: &log)

        var tables: [Table] = []
        if let tablesObject = object.object("tables", log: &log) {
            for member in tablesObject.orderedMembers {
                guard var table = JSONObject(member.value, context: "the table \"\(member.key)\"", log: &log) else {
                    continue
                }
                let path = table.string("file", log: &log)
                var retrieved: CalendarDate?
                if let text = table.string("retrieved", required: false, log: &log) {
                    retrieved = CalendarDate(text)
                    if retrieved == nil {
                        log.report(.importBadDate, "\"retrieved\" must be a date written YYYY-MM-DD, not \"\(text)\"",
                                   at: table.valueLocation("retrieved"))
                    }
                }
                if let path {
                    tables.append(Table(id: member.key, file: FilePath.resolve(path, from: folder),
                                        retrieved: retrieved, location: member.keyLocation))
                }
                table.reportUnknownKeys(log: &log)
            }
            if tablesObject.orderedMembers.isEmpty {
                log.report(.importBadMapping, "\"tables\" names no table", at: tablesObject.location)
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
                log.report(.importBadDate, "\"updated\" must be a date written YYYY-MM-DD, not \"\(text)\"",
                           at: object.valueLocation("updated"))
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
                log.report(.importBadMapping, "the indicator \"\(indicator.id)\" is mapped twice",
                           at: indicator.location)
            }
            indicators.append(indicator)
        }
        object.reportUnknownKeys(log: &log)
        for table in tables where !indicators.contains(where: { $0.quantities.contains { $0.table == table.id } }) {
            log.report(.importBadMapping, "no indicator reads the table \"\(table.id)\"", at: table.location,
                       hint: "remove it from \"tables\", or name it in an indicator's \"table\"", severity: .warning)
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
            log.report(.importWrongType, "\"regions\" must be a list ([ … ]), not \(node.kindDescription.english)",
                       at: node.location)
            return []
        }
        var regions: [Region] = []
        var seen: Set<String> = []
        for element in elements {
            guard var object = JSONObject(element, context: "a region", log: &log) else { continue }
            let id = object.string("id", log: &log)
            let codes = object.strings("codes", log: &log) ?? []
            object.reportUnknownKeys(log: &log)
            guard let id else { continue }
            if !ContentLoader.isValidID(id) {
                log.report(.importBadMapping, "'\(id)' is not a region id: use lower-case letters, digits and hyphens",
                           at: object.valueLocation("id"))
            } else if !seen.insert(id).inserted {
                log.report(.importBadMapping, "the region \"\(id)\" is listed twice", at: object.valueLocation("id"))
            }
            if codes.isEmpty {
                log.report(.importBadMapping, "the region \"\(id)\" needs at least one area code in \"codes\"",
                           at: object.location)
            }
            regions.append(Region(id: id, codes: codes.map(\.0), location: object.location))
        }
        return regions
    }

    private static func readIndicator(_ node: JSONNode, context: IndicatorContext,
                                      log: inout DiagnosticLog) -> Indicator? {
        guard var object = JSONObject(node, context: "an indicator", log: &log) else { return nil }
        let errorsBefore = log.errorCount
        let id = object.string("indicator", log: &log)
        if let id, !ContentLoader.isValidID(id) {
            log.report(.importBadMapping, "'\(id)' is not an indicator id: use lower-case letters, digits and hyphens",
                       at: object.valueLocation("indicator"))
        }
        var table = object.string("table", required: context.tables.count != 1, log: &log)
        if table == nil, context.tables.count == 1 { table = context.tables[0].id }
        if let name = table, !context.tables.contains(where: { $0.id == name }) {
            log.report(.importUnknownTable, "the table \"\(name)\" is not in \"tables\"",
                       at: object.valueLocation("table"),
                       hint: Suggestion.didYouMean(for: name, among: context.tables.map(\.id)))
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
                log.report(.importBadMapping, "\"\(key)\" belongs to \"aggregate\": \"ratio\"; a sum reads \"measure\"",
                           at: object.keyLocation(key))
            }
        case .ratio:
            let numerator = quantity("numerator", required: true)
            let denominator = quantity("denominator", required: true)
            if let numerator, let denominator { quantities = [numerator, denominator] }
            if let value = object.number("scale", log: &log) {
                if value > 0 { scale = value } else {
                    log.report(.importBadMapping, "\"scale\" must be greater than 0", at: object.valueLocation("scale"))
                }
            }
            if object.has("measure") {
                log.report(.importBadMapping,
                           "\"measure\" belongs to \"aggregate\": \"sum\"; a ratio reads \"numerator\" and "
                            + "\"denominator\"",
                           at: object.keyLocation("measure"))
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
            log.report(.importBadMapping, "\"trendTolerance\" cannot be negative",
                       at: object.valueLocation("trendTolerance"))
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
        guard var object = JSONObject(node, context: "a measure", log: &log) else { return nil }
        var quantityTable = table
        var quantitySelect = select
        if let name = object.string("table", required: false, log: &log) {
            guard tables.contains(where: { $0.id == name }) else {
                log.report(.importUnknownTable, "the table \"\(name)\" is not in \"tables\"",
                           at: object.valueLocation("table"), hint: Suggestion.didYouMean(for: name, among: tables.map(\.id)))
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
        guard let object = JSONObject(node, context: "\"select\"", log: &log) else { return [:] }
        var select: [String: String] = [:]
        for member in object.orderedMembers {
            select[member.key] = member.value.string("the category of \"\(member.key)\"", log: &log)
        }
        return select
    }

    static func localized(_ node: JSONNode, log: inout DiagnosticLog) -> LocalizedText? {
        guard let object = JSONObject(node, context: "\"source\"", log: &log) else { return nil }
        var texts = LocalizedText()
        for member in object.orderedMembers {
            guard member.key.count == 2, member.key.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                log.report(.importBadMapping, "\"\(member.key)\" is not a language code (fi, sv, en)",
                           at: member.keyLocation)
                continue
            }
            guard let text = member.value.string("\"\(member.key)\"", log: &log) else { continue }
            if text.isEmpty {
                log.report(.importBadMapping, "the \"\(member.key)\" text is empty", at: member.value.location)
            }
            texts[member.key] = text
        }
        guard texts["fi"] != nil else {
            log.report(.importBadMapping, "\"source\" needs a Finnish text (\"fi\")", at: node.location)
            return nil
        }
        return texts
    }
}
