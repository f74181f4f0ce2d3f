import Diagnostics

/// The resolve stage: parsed documents → the `DashboardModel`, with every cross-reference checked.
public enum ContentResolver {
    /// Loads and resolves a content folder. Returns nil only when the content is too broken to build a model;
    /// `log` then holds the reasons. A non-nil result may still come with errors in `log`.
    public static func resolve(_ content: ContentFiles, log: inout DiagnosticLog) -> DashboardModel? {
        let loaded = ContentLoader.load(content, log: &log)
        var context = Context(content: content)
        guard let settingsNode = loaded.settings else {
            log.error("the site settings file is missing", at: SourceLocation(file: content.displayPath("site.json")),
                      hint: "create \(content.displayPath("site.json")) (see docs/EDITING.md)")
            return nil
        }
        guard let settings = readSettings(settingsNode, log: &log) else { return nil }
        context.languages = settings.languages
        context.defaultLanguage = settings.defaultLanguage

        let regions = loaded.regions.map { readRegions($0, log: &log) } ?? missingFile("regions.json", content, &log)
        let municipalities = loaded.municipalities.map { readMunicipalities($0, log: &log) }
            ?? missingFile("municipalities.json", content, &log)
        let areas = loaded.areas.map { readAreas($0, log: &log) } ?? missingFile("areas.json", content, &log)
        let process = loaded.process.map { readProcess($0, log: &log) } ?? MonitoringProcess(cycle: [], workPlan: [], note: nil)
        if loaded.process == nil { _ = missingFile("process.json", content, &log) as [Int] }

        checkRegistry(regions: regions, municipalities: municipalities, areas: areas, log: &log)
        context.places = Set(areas.map(\.id)).union(regions.map(\.id)).union([Metric.wholeCountry])
        context.placeNames = areas.map(\.id) + regions.map(\.id) + [Metric.wholeCountry]
        context.areaIDs = Set(areas.map(\.id))

        var metrics: [String: Metric] = [:]
        for (id, node) in loaded.metrics.sorted(by: { $0.key < $1.key }) {
            if let metric = readMetric(node, id: id, context: context, log: &log) { metrics[id] = metric }
        }

        let markdown = loaded.markdown
        let goals = readGoals(markdown["goals"] ?? [], context: context, log: &log)
        let indicators = readIndicators(markdown["indicators"] ?? [], metrics: metrics, loadedMetricIDs: loaded.metricFileIDs,
                                        goals: goals, context: context, log: &log)
        var goalsWithIndicators = goals
        for index in goalsWithIndicators.indices {
            goalsWithIndicators[index].indicatorIDs = indicators
                .filter { $0.goal == goalsWithIndicators[index].number }
                .sorted { ($0.order, $0.id) < ($1.order, $1.id) }
                .map(\.id)
        }
        let pages = readPages(markdown["pages"] ?? [], context: context, log: &log)
        let narratives = readPages(markdown["areas"] ?? [], context: context, log: &log)
        for (id, page) in narratives.sorted(by: { $0.key < $1.key }) where !areas.contains(where: { $0.id == id }) {
            let file = page.texts.values.values.map(\.body.file).min() ?? ""
            log.error("there is no area '\(id)' for this narrative", at: SourceLocation(file: file),
                      hint: Suggestion.hint(for: id, among: areas.map(\.id)))
        }
        let discussions = readDiscussions(markdown["discussions"] ?? [], regions: regions, goals: goals,
                                          context: context, log: &log)
        let catalogs = readCatalogs(loaded.catalogs, content: content, context: context, log: &log)

        var model = DashboardModel(
            settings: settings, regions: regions, municipalities: municipalities, areas: areas,
            goals: goalsWithIndicators.sorted { $0.number < $1.number },
            indicators: indicators.sorted { ($0.goal, $0.order, $0.id) < ($1.goal, $1.order, $1.id) },
            pages: pages, areaNarratives: narratives, discussions: discussions, process: process, catalogs: catalogs)
        model.declaredIDs = markdown.mapValues { Set($0.map(\.id)) }
        model.populationDate = loaded.municipalities.flatMap { readPopulationDate($0, log: &log) }
        return model
    }

    /// What later reads need to know about earlier ones.
    struct Context {
        var content: ContentFiles
        var languages: [String] = ["fi"]
        var defaultLanguage = "fi"
        var places: Set<String> = []
        var placeNames: [String] = []
        var areaIDs: Set<String> = []
    }

    private static func missingFile<T>(_ name: String, _ content: ContentFiles, _ log: inout DiagnosticLog) -> [T] {
        log.error("the file \(content.displayPath(name)) is missing", at: SourceLocation(file: content.displayPath(name)),
                  hint: "see docs/EDITING.md for what it contains")
        return []
    }

    /// Reads the elements of a top-level list such as `{"areas": [ … ]}`.
    /// `optionalTexts` are other top-level string keys the file may have (e.g. "source").
    static func topLevelList(_ node: JSONNode, key: String, optionalTexts: [String] = [],
                             log: inout DiagnosticLog) -> [JSONNode] {
        guard var object = JSONObjectReader(node, context: "the file", log: &log) else { return [] }
        let elements = object.array(key, log: &log) ?? []
        for extra in optionalTexts { _ = object.string(extra, required: false, log: &log) }
        object.reportUnknownKeys(log: &log)
        return elements
    }

    /// Reports a second use of the same id.
    static func checkUnique<T>(_ items: [T], id: (T) -> String, location: (T) -> SourceLocation, what: String,
                               log: inout DiagnosticLog) {
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let key = id(item)
            if let first = seen[key] {
                log.error("duplicate \(what) id '\(key)' (first used at line \(first.line))", at: location(item),
                          hint: "every \(what) needs its own id")
            } else {
                seen[key] = location(item)
            }
        }
    }
}
