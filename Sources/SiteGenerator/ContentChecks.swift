import Dashboard
import Diagnostics
import Markdown

/// Checks that need the Markdown engine: content links point at content that exists (and at headings that
/// exist), images have alt text, and no link uses a dangerous scheme.
enum ContentChecks {
    static func run(_ model: DashboardModel, log: inout DiagnosticLog) {
        checkPagePaths(model, log: &log)
        for indicator in model.indicators where ["index", "all"].contains(indicator.id) {
            log.error("'\(indicator.id)' is reserved for the data downloads and cannot be an indicator id",
                      at: SourceLocation(file: indicator.metric.file), hint: "rename the indicator's files")
        }
        let options = MarkdownRendering.options(model.settings)
        var documents: [(source: MarkdownSource, document: MarkdownDocument)] = []
        var anchors: [ContentLink.Kind: [String: Set<String>]] = [:]
        func add(_ source: MarkdownSource, kind: ContentLink.Kind?, id: String?) {
            let document = MarkdownDocument(parsing: source.text, options: options)
            documents.append((source, document))
            if let kind, let id { anchors[kind, default: [:]][id, default: []].formUnion(document.headings.map(\.id)) }
        }
        for goal in model.goals { for text in goal.texts.values.values { add(text.body, kind: .goal, id: goal.id) } }
        for indicator in model.indicators {
            for text in indicator.texts.values.values { add(text.body, kind: .indicator, id: indicator.id) }
        }
        for (id, page) in model.pages { for text in page.texts.values.values { add(text.body, kind: .page, id: id) } }
        for (id, page) in model.areaNarratives { for text in page.texts.values.values { add(text.body, kind: .area, id: id) } }
        for discussion in model.discussions {
            for text in discussion.page.texts.values.values { add(text.body, kind: .discussion, id: discussion.id) }
        }
        // Anchors the templates add themselves.
        anchors[.page, default: [:]]["methods", default: []].insert("indicator-definitions")
        for goal in model.goals {
            for indicator in model.indicators(ofGoal: goal.number) {
                anchors[.goal, default: [:]][goal.id, default: []].insert("ind-\(indicator.id)")
            }
            for area in model.areas { anchors[.area, default: [:]][area.id, default: []].insert("goal-\(goal.number)") }
        }

        for (source, document) in documents.sorted(by: { ($0.source.file, $0.source.firstLine) < ($1.source.file, $1.source.firstLine) }) {
            for link in document.links {
                let location = SourceLocation(file: source.file, line: source.firstLine + link.line - 1, column: link.column)
                if link.isImage && link.text.trimmingSpaces.isEmpty {
                    log.error("the image '\(link.destination)' has no alt text", at: location,
                              hint: "describe the image: ![what it shows](\(link.destination))")
                }
                check(link.destination, at: location, model: model, anchors: anchors, log: &log)
            }
        }
    }

    /// A free page whose URL would be a section's (a page `alueet` in Finnish) would overwrite that section.
    static func checkPagePaths(_ model: DashboardModel, log: inout DiagnosticLog) {
        for language in model.settings.languages {
            let strings = Strings(language: language, catalogs: model.catalogs, fallbackLanguage: model.settings.defaultLanguage)
            var used: [String: String] = [:]
            for key in Route.sectionKeys { used[strings[key]] = key }
            used["assets"] = "assets"
            used["data"] = "data"
            for id in model.pages.keys.sorted() {
                let segment = Route.pageSegment(id, strings: strings)
                let file = model.pages[id]?.texts.values.values.map(\.body.file).min() ?? id
                if let other = used[segment] {
                    log.error("the page '\(id)' would be published at \(language)/\(segment)/, which is already used by "
                                + (other.hasPrefix("path.") ? "the section '\(other)'" : "another page '\(other)'"),
                              at: SourceLocation(file: file), hint: "rename the page file")
                }
                used[segment] = id
            }
        }
    }

    static func check(_ destination: String, at location: SourceLocation, model: DashboardModel,
                      anchors: [ContentLink.Kind: [String: Set<String>]], log: inout DiagnosticLog) {
        let lowered = destination.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            log.error("links with '\(scheme)' are not allowed", at: location, hint: "link to a web address or to content by id")
            return
        }
        guard let link = ContentLink(destination) else {
            if let colon = destination.firstIndex(of: ":"),
               let kind = Suggestion.closest(to: String(destination[..<colon]), among: ContentLink.Kind.allCases.map(\.rawValue)),
               !destination.hasPrefix("http"), !destination.hasPrefix("mailto"), !destination.hasPrefix("tel") {
                log.error("unknown kind of content link '\(destination[..<colon])'", at: location,
                          hint: "did you mean '\(kind):'?")
            }
            return
        }
        guard link.route(in: model) != nil else {
            let folder = ["goal": "goals", "indicator": "indicators", "page": "pages", "discussion": "discussions"]
            if let declared = folder[link.kind.rawValue].flatMap({ model.declaredIDs[$0] }), declared.contains(link.id) {
                return  // the target exists but has its own errors, reported where they are
            }
            let candidates: [String]
            switch link.kind {
            case .goal: candidates = model.goals.map(\.id)
            case .indicator: candidates = model.indicators.map(\.id)
            case .area: candidates = model.areas.map(\.id)
            case .region: candidates = model.regions.map(\.id)
            case .page: candidates = model.pages.keys.sorted()
            case .discussion: candidates = model.discussions.map(\.id)
            }
            log.error("broken link: there is no \(link.kind.rawValue) '\(link.id)'", at: location,
                      hint: Suggestion.hint(for: link.id, among: candidates))
            return
        }
        if let fragment = link.fragment {
            let known = anchors[link.kind]?[link.id] ?? []
            if !known.contains(fragment) {
                log.error("broken link: \(link.kind.rawValue) '\(link.id)' has no heading '#\(fragment)'", at: location,
                          hint: Suggestion.hint(for: fragment, among: known.sorted()))
            }
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
