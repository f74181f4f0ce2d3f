import Dashboard
import Diagnostics

/// Every file a build writes, known from the model before anything is rendered, with what decides its path.
///
/// Two things published at one path would silently overwrite each other (a section's UI string set to another
/// section's folder, a page named like a section). The plan finds that, and paths that differ only in letter
/// case or where one is a file and the other a folder, in `--check` as in the build, and reports it at the UI
/// string or content file that made the second path, naming the first.
struct OutputPlan {
    /// One planned file and what made its path.
    struct Entry {
        var path: String
        /// What made the path, as messages name it: a UI string's key, a content file, a generated file.
        var source: Diagnostic.Argument
        var location: SourceLocation
    }

    var entries: [Entry] = []

    /// The plan of `model`'s site: open data, sitemap and feeds (with a base URL), then every page in every
    /// language, in the order the build writes them. Assets are left out: they live in `assets/`, which no
    /// content can name.
    init(model: DashboardModel, content: ContentFiles, hasBaseURL: Bool) {
        let settings = SourceLocation(file: content.displayPath("site.json"))
        for indicator in model.indicators.sorted(by: { $0.id < $1.id }) {
            let location = SourceLocation(file: indicator.metric.file)
            add("data/\(indicator.id).csv", .text(indicator.metric.file), location)
            add("data/\(indicator.id).json", .text(indicator.metric.file), location)
        }
        add(PublicationBuilder.bundlePath, .term(.dataBundle), settings)
        add(PublicationBuilder.indexPath, .term(.dataIndex), settings)
        if hasBaseURL {
            add("sitemap.xml", .term(.sitemapFile), settings)
            add("robots.txt", .term(.robotsFile), settings)
        }
        add("index.html", .term(.languageChooser), settings)
        add("404.html", .term(.notFoundPage), settings)
        let routes = ResolvedRoute.all(in: model)
        for language in model.settings.languages {
            let strings = Strings(language: language, catalogs: model.catalogs,
                                  fallbackLanguage: model.settings.defaultLanguage)
            if hasBaseURL { add("\(language)/feed.xml", .term(.feedFile), settings) }
            for route in routes {
                let (source, location) = Self.source(of: route, language: language, model: model, settings: settings)
                add(route.route.path(language: language, strings: strings), source, location)
            }
        }
    }

    private mutating func add(_ path: String, _ source: Diagnostic.Argument, _ location: SourceLocation) {
        entries.append(Entry(path: path, source: source, location: location))
    }

    /// What decides a page's path: the UI string of its section for section pages, else its content.
    private static func source(of route: ResolvedRoute, language: String, model: DashboardModel,
                               settings: SourceLocation) -> (Diagnostic.Argument, SourceLocation) {
        func string(_ key: String) -> (Diagnostic.Argument, SourceLocation) {
            let location = model.stringLocations[language]?[key]
                ?? model.stringLocations[model.settings.defaultLanguage]?[key] ?? settings
            return (.text("\"\(key)\""), location)
        }
        func file<Text>(_ texts: Localized<Text>,
                        _ body: (Text) -> MarkdownSource) -> (Diagnostic.Argument, SourceLocation) {
            let text = texts[language] ?? texts[model.settings.defaultLanguage] ?? texts.values.values.first
            let path = text.map { body($0).file } ?? settings.file
            return (.text(path), SourceLocation(file: path))
        }
        switch route {
        case .home, .notFound: return (.term(.languageFolder), settings)
        case .snapshot: return string("path.snapshot")
        case .search: return string("path.search")
        case .overview(let order): return string(order.pathKey ?? "path.overview")
        case .areaList: return string("path.areas")
        case .municipalities: return string("path.municipalities")
        case .discussions: return string("path.discussions")
        case .process: return string("path.process")
        case .goal(let goal): return file(goal.texts, \.body)
        case .indicator(let indicator): return file(indicator.texts, \.body)
        case .area(let area): return (.text("\(area.id) (\(area.definedAt.file))"), area.location(of: "id"))
        case .areaGoal: return string("path.goal")
        case .region(let region): return (.text(region.id), settings)
        case .discussion(let discussion): return file(discussion.page.texts, \.body)
        case .page(let page):
            let key = "path.page.\(page.id)"
            if model.stringLocations[language]?[key] != nil { return string(key) }
            return file(page.texts, \.body)
        }
    }

    /// Reports every path made twice, differing only in letter case, or used as both a file and a folder.
    func check(log: inout DiagnosticLog) {
        var files: [String: Entry] = [:]
        var spellings: [String: (spelling: String, entry: Entry)] = [:]
        var folders: [String: Entry] = [:]
        var reported: Set<String> = []
        func report(_ code: Diagnostic.Code, _ entry: Entry, _ first: Entry, path: String, other: String? = nil) {
            guard reported.insert(entry.path + "\u{0}" + first.path).inserted else { return }
            log.error(code, at: entry.location, [
                "path": path, "other": other, "second": entry.source, "first": first.source,
                "position": Self.position(first.location),
            ])
        }
        for entry in entries {
            if let first = files[entry.path] {
                report(.pathCollision, entry, first, path: entry.path)
                continue
            }
            if let first = folders[entry.path] {
                report(.pathFolderCollision, entry, first, path: entry.path, other: first.path)
                continue
            }
            files[entry.path] = entry
            let segments = entry.path.split(separator: "/")
            for count in 1...segments.count {
                let prefix = segments[..<count].joined(separator: "/")
                let folded = prefix.lowercased()
                if let known = spellings[folded], known.spelling != prefix {
                    report(.pathCaseCollision, entry, known.entry, path: prefix, other: known.spelling)
                } else if spellings[folded] == nil {
                    spellings[folded] = (prefix, entry)
                }
                if count < segments.count {
                    if let file = files[prefix] {
                        report(.pathFolderCollision, entry, file, path: prefix, other: entry.path)
                    }
                    if folders[prefix] == nil { folders[prefix] = entry }
                }
            }
        }
    }

    /// `Content/i18n/fi.json:7` or `Content/pages/about.fi.md`.
    private static func position(_ location: SourceLocation) -> String {
        location.line > 0 ? "\(location.file):\(location.line)" : location.file
    }
}

extension Diagnostic.Code {
    static let pathCollision = Diagnostic.Code(
        .output, "path-collision",
        "{second} would publish {path}, which {first} ({position}) already publishes: one would overwrite the other",
        hint: "give one of them another address (the UI string or the file name)")
    static let pathCaseCollision = Diagnostic.Code(
        .output, "path-case-collision",
        "{second} would publish {path}, which differs only in letter case from {other} of {first} ({position})",
        hint: "macOS, Windows and many web hosts treat them as one: give one of them another address")
    static let pathFolderCollision = Diagnostic.Code(
        .output, "path-folder-collision",
        "{second} would publish {path} as a file and as a folder (of {other}), with {first} ({position})",
        hint: "give one of them another address")
}

extension Diagnostic.Term {
    static let dataBundle = Diagnostic.Term("source.data-bundle", "the bundle of all data")
    static let dataIndex = Diagnostic.Term("source.data-index", "the data index")
    static let sitemapFile = Diagnostic.Term("source.sitemap", "the sitemap")
    static let robotsFile = Diagnostic.Term("source.robots", "robots.txt")
    static let languageChooser = Diagnostic.Term("source.language-chooser", "the language chooser")
    static let notFoundPage = Diagnostic.Term("source.not-found", "the page-not-found page")
    static let feedFile = Diagnostic.Term("source.feed", "the feed")
    static let languageFolder = Diagnostic.Term("source.language", "the site's languages")
}
