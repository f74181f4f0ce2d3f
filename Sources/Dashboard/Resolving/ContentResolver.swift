import Diagnostics
import Markdown

/// The resolve stage: parsed documents → the `DashboardModel`, with every cross-reference checked.
public enum ContentResolver {
    /// Loads and resolves a content folder. Returns nil only when the content is too broken to build a model;
    /// `log` then holds the reasons. A non-nil result may still come with errors in `log`.
    public static func resolve(_ content: ContentFiles, log: inout DiagnosticLog) -> DashboardModel? {
        let loaded = ContentLoader.load(content, log: &log)
        var context = Context(content: content, brokenFiles: loaded.brokenFiles)
        guard let settingsNode = loaded.settings else {
            // A settings file that exists but could not be read has its own error; it is not also "missing".
            if !loaded.brokenFiles.contains("site.json") {
                let path = content.displayPath("site.json")
                log.error(.missingSettings, at: SourceLocation(file: path), ["file": path])
            }
            return nil
        }
        let diagnosticsBefore = log.diagnostics.count
        guard let settings = readSettings(settingsNode, log: &log) else { return nil }
        // With a language misspelt in the settings, content in a language the site lacks is not also reported
        // file by file.
        context.languagesAreCertain = !log.diagnostics[diagnosticsBefore...].contains {
            [.unsupportedLanguage, .duplicateLanguage, .defaultLanguageNotListed].contains($0.code)
        }
        context.languages = settings.languages
        context.defaultLanguage = settings.defaultLanguage
        context.markdownOptions = settings.markdownOptions
        let languages = context.textLanguages

        let regions = loaded.regions.map { readRegions($0, languages: languages, log: &log) }
            ?? missingFile("regions.json", context, &log)
        let municipalities = loaded.municipalities.map { readMunicipalities($0, languages: languages, log: &log) }
            ?? missingFile("municipalities.json", context, &log)
        let areas = loaded.areas.map { readAreas($0, languages: languages, log: &log) }
            ?? missingFile("areas.json", context, &log)
        let process = loaded.process.map { readProcess($0, languages: languages, log: &log) }
            ?? MonitoringProcess(cycle: [], workPlan: [], note: nil)
        if loaded.process == nil { _ = missingFile("process.json", context, &log) as [Int] }

        // With a registry file unreadable, every check against the registry would fail for that reason alone.
        if !context.registryIsBroken {
            checkRegistry(regions: regions, municipalities: municipalities, areas: areas, log: &log)
        }
        context.places = Set(areas.map(\.id)).union(regions.map(\.id)).union([Metric.wholeCountry])
        context.placeNames = areas.map(\.id) + regions.map(\.id) + [Metric.wholeCountry]
        context.areaIDs = Set(areas.map(\.id))

        var metrics: [String: Metric] = [:]
        for (id, node) in loaded.metrics.sorted(by: { $0.key < $1.key }) {
            var firstSeen: [Period: SourceLocation] = [:]
            guard let metric = readMetric(node, id: id, context: context, firstSeen: &firstSeen, log: &log) else {
                continue
            }
            metrics[id] = holdingBackIncompletePeriods(metric, areaIDs: areas.map(\.id), firstSeen: firstSeen,
                                                       log: &log)
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
        let pages = readPages(markdown["pages"] ?? [], folder: "pages", context: context, log: &log)
        let narratives = readPages(markdown["areas"] ?? [], folder: "areas", context: context, log: &log)
        for (id, page) in narratives.sorted(by: { $0.key < $1.key })
        where !areas.contains(where: { $0.id == id }) && !context.brokenFiles.contains("areas.json") {
            let file = page.texts.values.values.map(\.body.file).min() ?? ""
            log.error(.narrativeWithoutArea, at: SourceLocation(file: file),
                      ["id": id, "suggestion": Suggestion.closest(to: id, among: areas.map(\.id))])
        }
        let discussions = readDiscussions(markdown["discussions"] ?? [], regions: regions, areas: areas,
                                          goals: goals, context: context, log: &log)
        let catalogs = readCatalogs(loaded.catalogs, content: content, context: context, log: &log)

        var model = DashboardModel(
            settings: settings, regions: regions, municipalities: municipalities, areas: areas,
            goals: goalsWithIndicators.sorted { $0.number < $1.number },
            indicators: indicators.sorted { $0.sortKey < $1.sortKey },
            pages: pages, areaNarratives: narratives, discussions: discussions, process: process,
            catalogs: catalogs.texts)
        model.stringLocations = catalogs.locations
        model.declaredIDs = loaded.markdownIDs
        model.brokenFiles = loaded.brokenFiles
        model.populationDate = loaded.municipalities.flatMap { readPopulationDate($0, log: &log) }
        return model
    }

    /// What later reads need to know about earlier ones.
    struct Context {
        var content: ContentFiles
        /// Files that exist but could not be read; see ``ContentLoader/LoadedContent/brokenFiles``.
        var brokenFiles: Set<String> = []
        var languages: [String] = ["fi"]
        var languagesAreCertain = true
        var defaultLanguage = "fi"
        var markdownOptions = MarkdownOptions()
        var places: Set<String> = []
        var placeNames: [String] = []
        var areaIDs: Set<String> = []

        var textLanguages: SiteLanguages { SiteLanguages(all: languages, defaultLanguage: defaultLanguage) }

        /// Whether a registry file exists but could not be read, so places cannot be checked.
        var registryIsBroken: Bool {
            !brokenFiles.isDisjoint(with: ["areas.json", "regions.json", "municipalities.json"])
        }
    }

    /// An empty registry list, and an error unless the file exists but is broken (that error is already there).
    private static func missingFile<T>(_ name: String, _ context: Context, _ log: inout DiagnosticLog) -> [T] {
        guard !context.brokenFiles.contains(name) else { return [] }
        let path = context.content.displayPath(name)
        log.error(.missingRegistryFile, at: SourceLocation(file: path), ["file": path])
        return []
    }

    /// Reads the elements of a top-level list such as `{"areas": [ … ]}`.
    /// `optionalTexts` are other top-level string keys the file may have (e.g. "source").
    static func topLevelList(_ node: JSONNode, key: String, optionalTexts: [String] = [],
                             log: inout DiagnosticLog) -> [JSONNode] {
        guard var object = JSONObjectReader(node, context: .term(.fileObject), log: &log) else { return [] }
        let elements = object.array(key, log: &log) ?? []
        for extra in optionalTexts { _ = object.string(extra, required: false, log: &log) }
        object.reportUnknownKeys(log: &log)
        return elements
    }

    /// Checks an id's form and uniqueness; false when the item should be skipped.
    static func checkID(_ id: String, at location: SourceLocation, seen: inout [String: SourceLocation],
                        what: Diagnostic.Term, log: inout DiagnosticLog) -> Bool {
        guard ContentLoader.isValidID(id) else {
            log.error(.invalidID, at: location, ["id": id, "what": what, "slug": ContentLoader.slug(id)])
            return false
        }
        if let first = seen[id] {
            log.error(.duplicateID, at: location, ["what": what, "id": id, "line": first.line])
            return false
        }
        seen[id] = location
        return true
    }
}

extension Diagnostic.Code {
    static let missingSettings = Diagnostic.Code(
        .settings, "missing-file", "the site settings file is missing", hint: "create {file} (see docs/EDITING.md)")
    static let missingRegistryFile = Diagnostic.Code(
        .registry, "missing-file", "the file {file} is missing", hint: "see docs/EDITING.md for what it contains")
    static let narrativeWithoutArea = Diagnostic.Code(
        .content, "narrative-without-area", "there is no area '{id}' for this narrative",
        hint: "did you mean '{suggestion}'?")
    static let invalidID = Diagnostic.Code(
        .json, "invalid-id",
        "'{id}' cannot be used as a {what} id: use lower-case letters a–z, digits and single hyphens",
        hint: "for example '{slug}'")
    static let duplicateID = Diagnostic.Code(
        .json, "duplicate-id", "duplicate {what} id '{id}' (first used at line {line})",
        hint: "every {what} needs its own id")
}

extension Diagnostic.Term {
    static let fileObject = Diagnostic.Term("object.file", "the file")
}

extension Indicator {
    /// Goal indicators by goal and order, then the context indicators by order.
    var sortKey: SortKey { SortKey(isContext: kind == .context ? 1 : 0, goal: goal ?? 0, order: order, id: id) }

    struct SortKey: Comparable {
        var isContext: Int
        var goal: Int
        var order: Int
        var id: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.isContext, lhs.goal, lhs.order, lhs.id) < (rhs.isContext, rhs.goal, rhs.order, rhs.id)
        }
    }
}
