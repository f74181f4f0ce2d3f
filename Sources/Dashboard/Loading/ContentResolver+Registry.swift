import Diagnostics

extension ContentResolver {
    static func readSettings(_ node: JSONNode, log: inout DiagnosticLog) -> SiteSettings? {
        guard var object = JSONObjectReader(node, context: "the site settings", log: &log) else { return nil }
        let title = object.localized("title", log: &log)
        let description = object.localized("description", log: &log)
        let languages = object.strings("languages", log: &log) ?? ["fi"]
        let defaultLanguage = object.string("defaultLanguage", log: &log) ?? "fi"
        let organisation = object.localized("organisation", log: &log)
        var contactEmail = "", contactURL: String?
        if let contact = object.node("contact", required: true, log: &log),
           var reader = JSONObjectReader(contact, context: "\"contact\"", log: &log) {
            contactEmail = reader.string("email", log: &log) ?? ""
            contactURL = reader.string("url", required: false, log: &log)
            reader.reportUnknownKeys(log: &log)
        }
        var licenceName = "", licenceURL = ""
        if let licence = object.node("dataLicence", required: true, log: &log),
           var reader = JSONObjectReader(licence, context: "\"dataLicence\"", log: &log) {
            licenceName = reader.string("name", log: &log) ?? ""
            licenceURL = reader.string("url", log: &log) ?? ""
            reader.reportUnknownKeys(log: &log)
        }
        let exampleData = object.bool("exampleData", required: false, log: &log) ?? false
        let baseURL = object.string("baseURL", required: false, log: &log)
        let allowRawHTML = object.bool("allowRawHTML", required: false, log: &log) ?? false
        var start = Period(year: 2025, month: 1), end = Period(year: 2027, month: 12)
        if let periodNode = object.node("goalPeriod", required: true, log: &log),
           var reader = JSONObjectReader(periodNode, context: "\"goalPeriod\"", log: &log) {
            if let text = reader.string("start", log: &log) {
                if let period = Period(text), period.frequency == .month { start = period } else {
                    log.error("\"start\" must be a month written YYYY-MM", at: reader.location)
                }
            }
            if let text = reader.string("end", log: &log) {
                if let period = Period(text), period.frequency == .month { end = period } else {
                    log.error("\"end\" must be a month written YYYY-MM", at: reader.location)
                }
            }
            reader.reportUnknownKeys(log: &log)
        }
        object.reportUnknownKeys(log: &log)

        let supported = ["fi", "sv", "en"]
        for language in languages where !supported.contains(language) {
            log.error("the language '\(language)' is not supported; supported: \(supported.joined(separator: ", "))",
                      at: object.keyLocation("languages"))
        }
        if !languages.contains(defaultLanguage) {
            log.error("the default language '\(defaultLanguage)' is not in \"languages\"",
                      at: object.keyLocation("defaultLanguage"))
        }
        guard let title, let description, let organisation else { return nil }
        return SiteSettings(
            title: title, description: description, languages: languages.filter(supported.contains),
            defaultLanguage: defaultLanguage, organisation: organisation, contactEmail: contactEmail,
            contactURL: contactURL, dataLicenceName: licenceName, dataLicenceURL: licenceURL, exampleData: exampleData,
            baseURL: baseURL, allowRawHTML: allowRawHTML, goalPeriodStart: start, goalPeriodEnd: end)
    }

    static func readRegions(_ node: JSONNode, log: inout DiagnosticLog) -> [Region] {
        var regions: [Region] = []
        var seen: [String: SourceLocation] = [:]
        for element in topLevelList(node, key: "regions", log: &log) {
            guard var object = JSONObjectReader(element, context: "a region", log: &log) else { continue }
            let id = object.string("id", log: &log)
            let kind = object.choice("kind", as: Region.Kind.self, log: &log)
            let name = object.localized("name", log: &log)
            let validFrom = date(&object, "validFrom", log: &log)
            let validTo = date(&object, "validTo", log: &log)
            let maakunnat = object.strings("maakunnat", required: false, log: &log) ?? []
            let sourced = object.bool("maakunnatSourced", required: false, log: &log) ?? true
            let source = object.string("source", required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: object.location, seen: &seen, what: "region", log: &log),
                  let kind, let name else { continue }
            regions.append(Region(id: id, kind: kind, name: name, validFrom: validFrom, validTo: validTo,
                                  maakunnat: maakunnat, maakunnatSourced: sourced, source: source))
        }
        return regions
    }

    static func readMunicipalities(_ node: JSONNode, log: inout DiagnosticLog) -> [Municipality] {
        var municipalities: [Municipality] = []
        var seen: [String: SourceLocation] = [:]
        let elements = topLevelList(node, key: "municipalities", optionalTexts: ["source", "populationSource",
                                                                                 "populationDate"], log: &log)
        for element in elements {
            guard var object = JSONObjectReader(element, context: "a municipality", log: &log) else { continue }
            let code = object.string("code", log: &log)
            let name = object.localized("name", log: &log)
            let aland = object.bool("aland", required: false, log: &log) ?? false
            let mergedInto = object.string("mergedInto", required: false, log: &log)
            let population = object.integer("population", in: 0...100_000_000, required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let code, let name else { continue }
            guard isMunicipalityCode(code) else {
                log.error("a municipality code has three digits, like \"091\"", at: object.location)
                continue
            }
            if let mergedInto, !isMunicipalityCode(mergedInto) {
                log.error("\"mergedInto\" is the three-digit code of the municipality it merged into, like \"507\"",
                          at: object.keyLocation("mergedInto"))
            }
            if let first = seen[code] {
                log.error("duplicate municipality code '\(code)' (first used at line \(first.line))", at: object.location)
                continue
            }
            seen[code] = object.location
            municipalities.append(Municipality(code: code, name: name, aland: aland, mergedInto: mergedInto,
                                               population: population))
        }
        checkMergers(municipalities, locations: seen, log: &log)
        return municipalities
    }

    /// A former municipality points at a current one on the same side of the Åland border.
    static func checkMergers(_ municipalities: [Municipality], locations: [String: SourceLocation],
                             log: inout DiagnosticLog) {
        let byCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for municipality in municipalities {
            guard let target = municipality.mergedInto, isMunicipalityCode(target),
                  let location = locations[municipality.code] else { continue }
            guard let successor = byCode[target] else {
                log.error("the municipality '\(municipality.code)' has merged into an unknown municipality '\(target)'",
                          at: location, hint: Suggestion.hint(for: target, among: byCode.keys.sorted()))
                continue
            }
            if successor.mergedInto != nil || successor.aland != municipality.aland || target == municipality.code {
                log.error("the municipality '\(municipality.code)' must merge into a current municipality on the same "
                            + "side of the Åland border, not '\(target)'", at: location)
            }
        }
    }

    static func isMunicipalityCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func readAreas(_ node: JSONNode, log: inout DiagnosticLog) -> [Area] {
        var areas: [Area] = []
        var seen: [String: SourceLocation] = [:]
        for element in topLevelList(node, key: "areas", optionalTexts: ["source"], log: &log) {
            guard var object = JSONObjectReader(element, context: "an area", log: &log) else { continue }
            let id = object.string("id", log: &log)
            let code = object.integer("code", in: 1...999, required: false, log: &log)
            let name = object.localized("name", log: &log)
            let model = object.choice("model", as: Area.Model.self, log: &log)
            let host = object.string("host", required: false, log: &log)
            let maakunta = object.string("maakunta", log: &log)
            let ely = object.string("ely", log: &log)
            let evk = object.string("elinvoimakeskus", log: &log)
            let derived = object.bool("regionDerived", required: false, log: &log) ?? false
            let members = object.strings("members", log: &log)
            var tile: Area.TilePosition?
            var tileLabel: LocalizedText?
            if let tileNode = object.node("tile", required: true, log: &log),
               var reader = JSONObjectReader(tileNode, context: "\"tile\"", log: &log) {
                if let column = reader.integer("column", in: 0...40, log: &log),
                   let row = reader.integer("row", in: 0...40, log: &log) {
                    tile = Area.TilePosition(column: column, row: row)
                }
                tileLabel = reader.localized("label", required: false, log: &log)
                for (language, label) in (tileLabel?.values ?? [:]).sorted(by: { $0.key < $1.key })
                where label.isEmpty || label.count > 4 {
                    log.error("a tile label has 1 to 4 characters, like \"Hki\", not \"\(label)\" (\(language))",
                              at: reader.keyLocation("label"))
                }
                reader.reportUnknownKeys(log: &log)
            }
            let sources = object.strings("sources", required: false, log: &log) ?? []
            let note = object.localized("note", required: false, log: &log)
            object.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: object.location, seen: &seen, what: "area", log: &log),
                  let name, let model, let maakunta, let ely, let evk, let members, let tile else { continue }
            areas.append(Area(id: id, code: code, name: name, model: model, hostCode: host, maakunta: maakunta,
                              elyID: ely, elinvoimakeskusID: evk, regionDerived: derived, memberCodes: members,
                              tile: tile, tileLabel: tileLabel, sources: sources, note: note,
                              definedAt: object.location))
        }
        return areas
    }

    static func readProcess(_ node: JSONNode, log: inout DiagnosticLog) -> MonitoringProcess {
        guard var object = JSONObjectReader(node, context: "the monitoring process", log: &log) else {
            return MonitoringProcess(cycle: [], workPlan: [], note: nil)
        }
        var cycle: [MonitoringProcess.CycleEvent] = []
        for element in object.array("cycle", log: &log) ?? [] {
            guard var event = JSONObjectReader(element, context: "a cycle event", log: &log) else { continue }
            let month = event.integer("month", in: 1...12, log: &log)
            let text = event.localized("event", log: &log)
            event.reportUnknownKeys(log: &log)
            if let month, let text { cycle.append(.init(month: month, event: text)) }
        }
        var tasks: [MonitoringProcess.Task] = []
        var seen: [String: SourceLocation] = [:]
        for element in object.array("workPlan", log: &log) ?? [] {
            guard var task = JSONObjectReader(element, context: "a work plan task", log: &log) else { continue }
            let id = task.string("id", log: &log)
            let name = task.localized("task", log: &log)
            let output = task.localized("output", log: &log)
            let start = month(&task, "start", log: &log)
            let end = month(&task, "end", log: &log)
            let status = task.choice("status", as: MonitoringProcess.Task.Status.self, log: &log)
            task.reportUnknownKeys(log: &log)
            guard let id, checkID(id, at: task.location, seen: &seen, what: "task", log: &log),
                  let name, let output, let start, let end, let status else { continue }
            if end < start {
                log.error("the task '\(id)' ends (\(end)) before it starts (\(start))", at: task.location)
            }
            tasks.append(.init(id: id, task: name, output: output, start: start, end: end, status: status))
        }
        let note = object.localized("note", required: false, log: &log)
        object.reportUnknownKeys(log: &log)
        return MonitoringProcess(cycle: cycle.sorted { $0.month < $1.month }, workPlan: tasks, note: note)
    }

    static func date(_ object: inout JSONObjectReader, _ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = object.string(key, required: false, log: &log) else { return nil }
        guard let date = CalendarDate(text) else {
            log.error("\"\(key)\" must be a date written YYYY-MM-DD, not \"\(text)\"", at: object.keyLocation(key))
            return nil
        }
        return date
    }

    static func month(_ object: inout JSONObjectReader, _ key: String, log: inout DiagnosticLog) -> Period? {
        guard let text = object.string(key, log: &log) else { return nil }
        guard let period = Period(text), period.frequency == .month else {
            log.error("\"\(key)\" must be a month written YYYY-MM, not \"\(text)\"", at: object.keyLocation(key))
            return nil
        }
        return period
    }

    /// Checks an id's form and uniqueness; false when the item should be skipped.
    static func checkID(_ id: String, at location: SourceLocation, seen: inout [String: SourceLocation], what: String,
                        log: inout DiagnosticLog) -> Bool {
        guard ContentLoader.isValidID(id) || (what == "municipality") else {
            log.error("'\(id)' cannot be used as a \(what) id: use lower-case letters a–z, digits and single hyphens",
                      at: location, hint: "for example '\(ContentLoader.slug(id))'")
            return false
        }
        if let first = seen[id] {
            log.error("duplicate \(what) id '\(id)' (first used at line \(first.line))", at: location,
                      hint: "every \(what) needs its own id")
            return false
        }
        seen[id] = location
        return true
    }
}

extension ContentResolver {
    /// The date of the municipalities' populations: `"populationDate": "2024-12-31"` in municipalities.json.
    static func readPopulationDate(_ node: JSONNode, log: inout DiagnosticLog) -> CalendarDate? {
        guard case .object(let members) = node.value,
              let dateNode = members.first(where: { $0.key == "populationDate" })?.value else { return nil }
        guard case .string(let text) = dateNode.value, let date = CalendarDate(text) else {
            log.error("\"populationDate\" must be a date written YYYY-MM-DD", at: dateNode.location)
            return nil
        }
        return date
    }
}
