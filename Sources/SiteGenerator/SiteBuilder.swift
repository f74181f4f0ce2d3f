import Dashboard
import Diagnostics
import Dispatch
import Foundation
import Publishing

/// The render stage: the resolved model and the asset files → every output file in memory (path → bytes).
/// Pure: no file system, no clock. Pages are rendered in parallel; the result does not depend on scheduling.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Absolute URL of the published site, for sitemap and feeds; overrides the site setting.
        public var baseURL: String?
        /// Warnings count as errors.
        public var strict: Bool
        /// Render pages on all cores (the default) or one after another; the output is the same either way.
        public var parallel: Bool

        public init(baseURL: String? = nil, strict: Bool = false, parallel: Bool = true) {
            self.baseURL = baseURL
            self.strict = strict
            self.parallel = parallel
        }
    }

    /// The outcome of a build: files when it succeeded, and every diagnostic either way.
    public struct Output: Sendable {
        public var files: [String: [UInt8]]?
        public var diagnostics: DiagnosticLog
        public var pageCount: Int
    }

    /// Assets the site uses, by their name in `Assets/`.
    static let assetNames = ["site.css", "charts.css", "filter.js", "favicon.svg"]

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Checks the content without rendering anything (`build-site --check`): exactly the checks the build makes
    /// before it renders, so the check reports everything the build would refuse.
    public func check(_ content: ContentFiles) -> DiagnosticLog {
        validate(content).log
    }

    /// Loads, resolves and checks: the model and base URL to render from when there are no errors.
    func validate(_ content: ContentFiles) -> (model: DashboardModel?, baseURL: BaseURL?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        guard let model = ContentResolver.resolve(content, log: &log) else {
            if options.strict { log.promoteWarnings() }
            return (nil, nil, log)
        }
        let baseURL = checkBaseURL(model, content: content, log: &log)
        ContentChecks.run(model, content: content, hasBaseURL: baseURL != nil, log: &log)
        SpecialPage.check(model, content: content, log: &log)
        if options.strict { log.promoteWarnings() }
        return (model, baseURL, log)
    }

    /// The base URL from the options or the settings: an error when it is malformed, a warning when there is
    /// none (sitemap, robots.txt and feeds need it).
    private func checkBaseURL(_ model: DashboardModel, content: ContentFiles, log: inout DiagnosticLog) -> BaseURL? {
        let settings = SourceLocation(file: content.displayPath("site.json"))
        do {
            guard let base = try PublicationBuilder.resolveBaseURL(options.baseURL, settings: model.settings) else {
                log.warning(.noBaseURL, at: settings)
                return nil
            }
            return base
        } catch {
            let fromOptions = options.baseURL.map { !$0.isEmpty } ?? false
            let location = fromOptions ? settings : model.settings.baseURLLocation ?? settings
            if case .invalidBaseURL(let error) = error {
                log.error(.invalidBaseURL, at: location, ["url": error.input, "reason": error.reason])
            }
            return nil
        }
    }

    /// Loads, resolves, checks and renders. `files` is nil when there were errors.
    public func build(_ content: ContentFiles, assets: [String: [UInt8]]) -> Output {
        var (validated, _, log) = validate(content)
        guard let model = validated, !log.hasErrors else { return Output(files: nil, diagnostics: log, pageCount: 0) }
        var files: [String: [UInt8]] = [:]
        var assetPaths: [String: String] = [:]
        for name in Self.assetNames {
            guard var bytes = assets[name] else { continue }
            if name.hasSuffix(".css") {
                bytes = Array(CSSMinifier.minify(String(decoding: bytes, as: UTF8.self)).utf8)
            }
            let path = "assets/" + contentHashedName(name, bytes)
            assetPaths[name] = path
            files[path] = bytes
        }
        let published: PublishedFiles
        do {
            published = try PublicationBuilder.build(model: model, baseURL: options.baseURL)
        } catch {
            let settings = SourceLocation(file: content.displayPath("site.json"))
            switch error {
            case .invalidBaseURL(let error):
                log.error(.invalidBaseURL, at: settings, ["url": error.input, "reason": error.reason])
            case .reservedIndicatorID, .archive:
                log.error(.publishingFailed, at: settings, ["reason": error.description])
            }
            return Output(files: nil, diagnostics: log, pageCount: 0)
        }
        files.merge(published.files) { current, _ in current }
        let routes = ResolvedRoute.all(in: model)
        let jobs = model.settings.languages.flatMap { language in routes.map { (language: language, route: $0) } }
        let chartCSS = ChartExport.drawingStyles(from: String(decoding: assets["charts.css"] ?? [], as: UTF8.self))
        let resources = SiteResources(model: model, assetPaths: assetPaths, routes: Set(routes.map(\.route)),
                                      feeds: published.feeds,
                                      downloads: published.downloads, chartExportCSS: chartCSS)
        let pages = Self.render(jobs.count, parallel: options.parallel) { index in
            let job = jobs[index]
            let context = PageContext(model: model, language: job.language, route: job.route.route,
                                      resources: resources)
            let content = Self.content(of: job.route, context: context)
            return (path: context.path, html: Layout.render(content, context: context),
                    attachments: content.body.attachments)
        }
        // The output plan has ruled out two pages at one path; a chart exported twice under one name would be a
        // template's mistake, and is refused rather than written over.
        func add(_ path: String, _ bytes: [UInt8], from page: String) {
            if files[path] != nil {
                log.error(.renderedTwice, at: SourceLocation(file: path), ["page": page])
            }
            files[path] = bytes
        }
        for page in pages {
            add(page.path, page.html.bytes, from: page.path)
            for attachment in page.attachments { add(attachment.path, attachment.bytes, from: page.path) }
        }
        add("index.html", LanguageChooser.render(model: model, resources: resources).bytes, from: "index.html")
        // Hosts serve the root 404.html for missing pages; its links are relative to the root.
        let notFound = PageContext(model: model, language: model.settings.defaultLanguage, route: .notFound,
                                   resources: resources, path: "404.html")
        add("404.html", Layout.render(NotFoundPage(context: notFound).render(), context: notFound).bytes,
            from: "404.html")
        guard !log.hasErrors else { return Output(files: nil, diagnostics: log, pageCount: 0) }
        return Output(files: files, diagnostics: log, pageCount: pages.count + 1)
    }

    static func content(of route: ResolvedRoute, context: PageContext) -> PageContent {
        switch route {
        case .home: return HomePage(context: context).render()
        case .goal(let goal): return GoalPage(context: context, goal: goal).render()
        case .indicator(let indicator): return IndicatorPage(context: context, indicator: indicator).render()
        case .snapshot: return SnapshotPage(context: context).render()
        case .areaList: return AreaListPage(context: context).render()
        case .area(let area): return AreaPage(context: context, area: area).render()
        case .areaGoal(let area, let goal): return AreaGoalPage(context: context, area: area, goal: goal).render()
        case .region(let region): return RegionPage(context: context, region: region).render()
        case .municipalities: return MunicipalitiesPage(context: context).render()
        case .discussions: return DiscussionsPage(context: context).render()
        case .discussion(let discussion): return DiscussionPage(context: context, discussion: discussion).render()
        case .process: return ProcessPage(context: context).render()
        case .search: return SearchPage(context: context).render()
        case .overview(let order): return OverviewPage(context: context, order: order).render()
        case .page(let page): return TextPage(context: context, page: page).render()
        case .notFound: return NotFoundPage(context: context).render()
        }
    }

    /// Runs `work` for 0..<count (on all cores when `parallel`) and returns the results in index order.
    static func render<Result: Sendable>(
        _ count: Int, parallel: Bool, _ work: @Sendable (Int) -> Result
    ) -> [Result] {
        guard parallel else { return (0..<count).map(work) }
        let box = ResultBox<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            box.store(work(index), at: index)
        }
        return box.results
    }
}

/// Collects parallel results by index; each slot is written exactly once.
private final class ResultBox<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result, at index: Int) {
        lock.withLock { slots[index] = result }
    }

    var results: [Result] { lock.withLock { slots.map { $0! } } }
}

extension Diagnostic.Code {
    static let invalidBaseURL = Diagnostic.Code(.settings, "invalid-base-url", "invalid base URL '{url}': {reason}")
    static let noBaseURL = Diagnostic.Code(
        .settings, "no-base-url", "no base URL: sitemap.xml, robots.txt and the feeds were not made",
        hint: "set \"baseURL\" in site.json or pass --base-url https://…/")
    /// Two rendered files at one path: a template's mistake, since content collisions are found before.
    static let renderedTwice = Diagnostic.Code(
        .output, "rendered-twice", "this file was made twice while rendering (the second time by {page})")
    /// The open data could not be made; with the ids the loader accepts this does not happen.
    static let publishingFailed = Diagnostic.Code(.output, "publishing-failed", "{reason}")
}
