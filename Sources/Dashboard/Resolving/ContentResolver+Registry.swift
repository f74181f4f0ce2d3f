import Diagnostics

extension ContentResolver {
    static func readRegions(_ node: JSONNode, languages: SiteLanguages, log: inout DiagnosticLog) -> [Region] {
        var regions: [Region] = []
        var seen: [String: SourceLocation] = [:]
        for element in topLevelList(node, key: "regions", log: &log) {
            guard var object = JSONObjectReader(element, context: .term(.regionObject), log: &log) else { continue }
            let id = object.string("id", log: &log)
            let kind = object.choice("kind", as: Region.Kind.self, log: &log)
            let name = object.localized("name", languages: languages, log: &log)
            let validFrom = object.date("validFrom", log: &log)
            let validTo = object.date("validTo", log: &log)
            let maakunnat = object.strings("maakunnat", required: false, log: &log) ?? []
            let sourced = object.bool("maakunnatSourced", required: false, log: &log) ?? true
            let source = object.string("source", required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: object.valueLocation("id"), seen: &seen, what: .regionID, log: &log),
                  let kind, let name else { continue }
            regions.append(Region(id: id, kind: kind, name: name, validFrom: validFrom, validTo: validTo,
                                  maakunnat: maakunnat, maakunnatSourced: sourced, source: source))
        }
        return regions
    }

    static func readMunicipalities(_ node: JSONNode, languages: SiteLanguages,
                                   log: inout DiagnosticLog) -> [Municipality] {
        var municipalities: [Municipality] = []
        var seen: [String: SourceLocation] = [:]
        var mergerLocations: [String: SourceLocation] = [:]
        let elements = topLevelList(node, key: "municipalities", optionalTexts: ["source", "populationSource",
                                                                                 "populationDate"], log: &log)
        for element in elements {
            guard var object = JSONObjectReader(element, context: .term(.municipalityObject), log: &log) else {
                continue
            }
            let code = object.string("code", log: &log)
            // Names in the official languages only: Swedish where the municipality has one, never English.
            let name = object.localized("name", languages: languages, kind: .name, log: &log)
            let aland = object.bool("aland", required: false, log: &log) ?? false
            let mergedInto = object.string("mergedInto", required: false, log: &log)
            let population = object.integer("population", in: 0...100_000_000, required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let code, let name else { continue }
            guard isMunicipalityCode(code) else {
                log.error(.invalidMunicipalityCode, at: object.valueLocation("code"))
                continue
            }
            if let mergedInto, !isMunicipalityCode(mergedInto) {
                log.error(.invalidMergedInto, at: object.valueLocation("mergedInto"))
            }
            if let first = seen[code] {
                log.error(.duplicateMunicipalityCode, at: object.valueLocation("code"),
                          ["code": code, "line": first.line])
                continue
            }
            seen[code] = object.valueLocation("code")
            if mergedInto != nil { mergerLocations[code] = object.valueLocation("mergedInto") }
            municipalities.append(Municipality(code: code, name: name, aland: aland, mergedInto: mergedInto,
                                               population: population))
        }
        checkMergers(municipalities, locations: mergerLocations, log: &log)
        return municipalities
    }

    /// A former municipality points at a current one on the same side of the Åland border. `locations` are
    /// where each former municipality's "mergedInto" is written.
    static func checkMergers(_ municipalities: [Municipality], locations: [String: SourceLocation],
                             log: inout DiagnosticLog) {
        let byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for municipality in municipalities {
            guard let target = municipality.mergedInto, isMunicipalityCode(target),
                  let location = locations[municipality.code] else { continue }
            guard let successor = byCode[target] else {
                log.error(.unknownMergerTarget, at: location, [
                    "code": municipality.code, "target": target,
                    "suggestion": Suggestion.closest(to: target, among: byCode.keys.sorted()),
                ])
                continue
            }
            if successor.mergedInto != nil || successor.aland != municipality.aland || target == municipality.code {
                log.error(.invalidMergerTarget, at: location, ["code": municipality.code, "target": target])
            }
        }
    }

    /// Where each field of an area is written, so registry checks point at the field and not at the area's `{`.
    static func fieldLocations(_ object: JSONObjectReader) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        for key in ["id", "code", "host", "ely", "elinvoimakeskus", "members", "tile"] where object.has(key) {
            locations[key] = object.valueLocation(key)
        }
        return locations
    }

    static func isMunicipalityCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func readAreas(_ node: JSONNode, languages: SiteLanguages, log: inout DiagnosticLog) -> [Area] {
        var areas: [Area] = []
        var seen: [String: SourceLocation] = [:]
        for element in topLevelList(node, key: "areas", optionalTexts: ["source"], log: &log) {
            guard var object = JSONObjectReader(element, context: .term(.areaObject), log: &log) else { continue }
            let id = object.string("id", log: &log)
            let code = object.integer("code", in: 1...999, required: false, log: &log)
            let name = object.localized("name", languages: languages, log: &log)
            let model = object.choice("model", as: Area.Model.self, log: &log)
            let host = object.string("host", required: false, log: &log)
            let maakunta = object.string("maakunta", log: &log)
            let ely = object.string("ely", log: &log)
            let evk = object.string("elinvoimakeskus", log: &log)
            let derived = object.bool("regionDerived", required: false, log: &log) ?? false
            let memberElements = object.stringElements("members", log: &log)
            let members = memberElements?.map(\.text)
            var tile: Area.TilePosition?
            var tileLabel: LocalizedText?
            if let tileNode = object.node("tile", required: true, log: &log),
               var reader = JSONObjectReader(tileNode, context: .text("\"tile\""), log: &log) {
                if let column = reader.integer("column", in: 0...40, log: &log),
                   let row = reader.integer("row", in: 0...40, log: &log) {
                    tile = Area.TilePosition(column: column, row: row)
                }
                tileLabel = reader.localized("label", languages: languages, kind: .name, required: false, log: &log)
                for (language, label) in (tileLabel?.values ?? [:]).sorted(by: { $0.key < $1.key })
                where label.isEmpty || label.count > 4 {
                    log.error(.invalidTileLabel, at: reader.keyLocation("label"),
                              ["label": label, "language": Diagnostic.Term.language(language)])
                }
                reader.reportUnknownKeys(log: &log)
            }
            let sourceElements = object.stringElements("sources", required: false, log: &log) ?? []
            for source in sourceElements {
                WebAddress.check(source.text, at: source.location, log: &log)
            }
            let note = object.localized("note", languages: languages, required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: object.valueLocation("id"), seen: &seen, what: .areaID, log: &log),
                  let name, let model, let maakunta, let ely, let evk, let members, let tile else { continue }
            areas.append(Area(id: id, code: code, name: name, model: model, hostCode: host, maakunta: maakunta,
                              elyID: ely, elinvoimakeskusID: evk, regionDerived: derived, memberCodes: members,
                              tile: tile, tileLabel: tileLabel, sources: sourceElements.map(\.text), note: note,
                              definedAt: object.location, fieldLocations: fieldLocations(object),
                              memberLocations: memberElements?.map(\.location) ?? []))
        }
        return areas
    }

    static func readProcess(_ node: JSONNode, languages: SiteLanguages, log: inout DiagnosticLog) -> MonitoringProcess {
        guard var object = JSONObjectReader(node, context: .term(.processObject), log: &log) else {
            return MonitoringProcess(cycle: [], workPlan: [], note: nil)
        }
        var cycle: [MonitoringProcess.CycleEvent] = []
        for element in object.array("cycle", log: &log) ?? [] {
            guard var event = JSONObjectReader(element, context: .term(.cycleEventObject), log: &log) else { continue }
            let month = event.integer("month", in: 1...12, log: &log)
            let text = event.localized("event", languages: languages, log: &log)
            event.reportUnknownKeys(log: &log)
            if let month, let text { cycle.append(.init(month: month, event: text)) }
        }
        var tasks: [MonitoringProcess.Task] = []
        var seen: [String: SourceLocation] = [:]
        for element in object.array("workPlan", log: &log) ?? [] {
            guard var task = JSONObjectReader(element, context: .term(.taskObject), log: &log) else { continue }
            let id = task.string("id", log: &log)
            let name = task.localized("task", languages: languages, log: &log)
            let output = task.localized("output", languages: languages, log: &log)
            let start = task.month("start", log: &log)
            let end = task.month("end", log: &log)
            let status = task.choice("status", as: MonitoringProcess.Task.Status.self, log: &log)
            task.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: task.valueLocation("id"), seen: &seen, what: .taskID, log: &log),
                  let name, let output, let start, let end, let status else { continue }
            if end < start {
                log.error(.taskEndsBeforeStart, at: task.valueLocation("end"),
                          ["id": id, "end": "\(end)", "start": "\(start)"])
            }
            tasks.append(.init(id: id, task: name, output: output, start: start, end: end, status: status))
        }
        let note = object.localized("note", languages: languages, required: false, log: &log)
        object.reportUnknownKeys(log: &log)
        return MonitoringProcess(cycle: cycle.sorted { $0.month < $1.month }, workPlan: tasks, note: note)
    }
}

extension Diagnostic.Code {
    static let invalidMunicipalityCode = Diagnostic.Code(
        .registry, "invalid-municipality-code", "a municipality code has three digits, like \"091\"")
    static let duplicateMunicipalityCode = Diagnostic.Code(
        .registry, "duplicate-municipality-code", "duplicate municipality code '{code}' (first used at line {line})")
    static let invalidTileLabel = Diagnostic.Code(
        .registry, "invalid-tile-label", "a tile label has 1 to 4 characters, like \"Hki\", not \"{label}\" ({language})")
    static let invalidMergedInto = Diagnostic.Code(
        .registry, "invalid-merged-into",
        "\"mergedInto\" is the three-digit code of the municipality it merged into, like \"507\"")
    static let unknownMergerTarget = Diagnostic.Code(
        .registry, "unknown-merger-target", "the municipality '{code}' has merged into an unknown municipality '{target}'",
        hint: "did you mean '{suggestion}'?")
    static let invalidMergerTarget = Diagnostic.Code(
        .registry, "invalid-merger-target",
        "the municipality '{code}' must merge into a current municipality on the same side of the Åland border, not '{target}'")
    static let invalidPopulationDate = Diagnostic.Code(
        .registry, "invalid-population-date", "\"populationDate\" must be a date written YYYY-MM-DD")
    static let taskEndsBeforeStart = Diagnostic.Code(
        .registry, "task-ends-before-start", "the task '{id}' ends ({end}) before it starts ({start})")
}

extension Diagnostic.Term {
    static let regionObject = Diagnostic.Term("object.region", "a region")
    static let municipalityObject = Diagnostic.Term("object.municipality", "a municipality")
    static let areaObject = Diagnostic.Term("object.area", "an area")
    static let processObject = Diagnostic.Term("object.process", "the monitoring process")
    static let cycleEventObject = Diagnostic.Term("object.cycle-event", "a cycle event")
    static let taskObject = Diagnostic.Term("object.task", "a work plan task")
    static let regionID = Diagnostic.Term("id.region", "region")
    static let areaID = Diagnostic.Term("id.area", "area")
    static let taskID = Diagnostic.Term("id.task", "task")
}

extension ContentResolver {
    /// The date of the municipalities' populations: `"populationDate": "2024-12-31"` in municipalities.json.
    static func readPopulationDate(_ node: JSONNode, log: inout DiagnosticLog) -> CalendarDate? {
        guard case .object(let members) = node.value,
              let dateNode = members.first(where: { $0.key == "populationDate" })?.value else { return nil }
        guard case .string(let text) = dateNode.value, let date = CalendarDate(text) else {
            log.error(.invalidPopulationDate, at: dateNode.location)
            return nil
        }
        return date
    }
}
