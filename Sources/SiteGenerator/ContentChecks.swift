import Dashboard
import Diagnostics
import Markdown

/// Checks that need the Markdown engine: content links point at content that exists (and at headings that
/// exist), images have alt text, and no link uses a dangerous scheme.
enum ContentChecks {
    static func run(_ model: DashboardModel, log: inout DiagnosticLog) {
        checkPagePaths(model, log: &log)
        for indicator in model.indicators where PublicationBuilder.reservedIndicatorIDs.contains(indicator.id) {
            log.error(.reservedIndicatorID, at: SourceLocation(file: indicator.metric.file), ["id": indicator.id])
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

        for (source, document) in documents.sorted(by: {
            ($0.source.file, $0.source.firstLine) < ($1.source.file, $1.source.firstLine)
        }) {
            for link in document.links {
                let location = SourceLocation(file: source.file, line: source.firstLine + link.line - 1, column: link.column)
                if link.isImage && link.text.allSatisfy(\.isWhitespace) {
                    log.error(.missingAltText, at: location, ["destination": link.destination])
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
                    let location = SourceLocation(file: file)
                    let path = "\(language)/\(segment)/"
                    if other.hasPrefix("path.") {
                        log.error(.pagePathTakenBySection, at: location, ["id": id, "path": path, "section": other])
                    } else {
                        log.error(.pagePathTakenByPage, at: location, ["id": id, "path": path, "other": other])
                    }
                }
                used[segment] = id
            }
        }
    }

    static func check(_ destination: String, at location: SourceLocation, model: DashboardModel,
                      anchors: [ContentLink.Kind: [String: Set<String>]], log: inout DiagnosticLog) {
        let lowered = destination.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            log.error(.unsafeLink, at: location, ["scheme": scheme])
            return
        }
        guard let link = ContentLink(destination) else {
            if let colon = destination.firstIndex(of: ":"),
               let kind = Suggestion.closest(to: String(destination[..<colon]), among: ContentLink.Kind.allCases.map(\.rawValue)),
               !destination.hasPrefix("http"), !destination.hasPrefix("mailto"), !destination.hasPrefix("tel") {
                log.error(.unknownLinkKind, at: location, ["kind": destination[..<colon], "suggestion": kind])
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
            log.error(.brokenLink, at: location, [
                "kind": link.kind.rawValue, "id": link.id,
                "suggestion": Suggestion.closest(to: link.id, among: candidates),
            ])
            return
        }
        if let fragment = link.fragment {
            let known = anchors[link.kind]?[link.id] ?? []
            if !known.contains(fragment) {
                log.error(.missingAnchor, at: location, [
                    "kind": link.kind.rawValue, "id": link.id, "fragment": fragment,
                    "suggestion": Suggestion.closest(to: fragment, among: known.sorted()),
                ])
            }
        }
    }
}

extension Diagnostic.Code {
    static let reservedIndicatorID = Diagnostic.Code(
        .content, "reserved-indicator-id", "'{id}' is reserved for the data downloads and cannot be an indicator id",
        hint: "rename the indicator's files")
    static let pagePathTakenBySection = Diagnostic.Code(
        .output, "page-path-taken-by-section",
        "the page '{id}' would be published at {path}, which is already used by the section '{section}'",
        hint: "rename the page file")
    static let pagePathTakenByPage = Diagnostic.Code(
        .output, "page-path-taken-by-page",
        "the page '{id}' would be published at {path}, which is already used by another page '{other}'",
        hint: "rename the page file")
    static let missingAltText = Diagnostic.Code(
        .link, "missing-alt-text", "the image '{destination}' has no alt text",
        hint: "describe the image: ![what it shows]({destination})")
    static let unsafeLink = Diagnostic.Code(
        .link, "unsafe-scheme", "links with '{scheme}' are not allowed",
        hint: "link to a web address or to content by id")
    static let unknownLinkKind = Diagnostic.Code(
        .link, "unknown-kind", "unknown kind of content link '{kind}'", hint: "did you mean '{suggestion}:'?")
    static let brokenLink = Diagnostic.Code(
        .link, "broken", "broken link: there is no {kind} '{id}'", hint: "did you mean '{suggestion}'?")
    static let missingAnchor = Diagnostic.Code(
        .link, "missing-anchor", "broken link: {kind} '{id}' has no heading '#{fragment}'",
        hint: "did you mean '{suggestion}'?")
}
