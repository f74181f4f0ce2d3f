import Diagnostics
import Markdown

extension ContentResolver {
    /// The anchors a page template adds to the page of a piece of content, beyond the headings of its Markdown
    /// (`ind-<indicator>` on a goal's page, say). The site generator supplies them from its templates.
    public typealias TemplateAnchors = (_ kind: ContentLink.Kind, _ id: String) -> [String]

    /// Checks every link and image in the content's Markdown: images have alt text, no link uses a dangerous
    /// scheme, and content links (`goal:3#x`) name content that exists and an anchor its page has.
    public static func checkLinks(in model: DashboardModel, templateAnchors: TemplateAnchors,
                                  log: inout DiagnosticLog) {
        var sources: [MarkdownSource] = []
        var headings: [ContentLink.Kind: [String: Set<String>]] = [:]
        func add<Text>(_ texts: Localized<Text>, kind: ContentLink.Kind, id: String, body: (Text) -> MarkdownSource) {
            for text in texts.values.values {
                let source = body(text)
                sources.append(source)
                headings[kind, default: [:]][id, default: []].formUnion(source.document.headings.map(\.id))
            }
        }
        for goal in model.goals { add(goal.texts, kind: .goal, id: goal.id, body: \.body) }
        for indicator in model.indicators { add(indicator.texts, kind: .indicator, id: indicator.id, body: \.body) }
        for (id, page) in model.pages { add(page.texts, kind: .page, id: id, body: \.body) }
        for (id, page) in model.areaNarratives { add(page.texts, kind: .area, id: id, body: \.body) }
        for discussion in model.discussions {
            add(discussion.page.texts, kind: .discussion, id: discussion.id, body: \.body)
        }

        for source in sources.sorted(by: { ($0.file, $0.firstLine) < ($1.file, $1.firstLine) }) {
            for link in source.document.links {
                let location = SourceLocation(file: source.file, line: source.firstLine + link.line - 1,
                                              column: link.column)
                if link.isImage && link.text.allSatisfy(\.isWhitespace) {
                    log.error(.missingAltText, at: location, ["destination": link.destination])
                }
                checkDestination(link.destination, at: location, in: model, log: &log) { kind, id in
                    (headings[kind]?[id] ?? []).union(templateAnchors(kind, id))
                }
            }
        }
    }

    private static func checkDestination(_ destination: String, at location: SourceLocation, in model: DashboardModel,
                                         log: inout DiagnosticLog, anchors: (ContentLink.Kind, String) -> Set<String>) {
        let lowered = destination.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            log.error(.unsafeLink, at: location, ["scheme": scheme])
            return
        }
        guard let link = ContentLink(destination) else {
            if let colon = destination.firstIndex(of: ":"),
               let kind = Suggestion.closest(to: String(destination[..<colon]),
                                             among: ContentLink.Kind.allCases.map(\.rawValue)),
               !destination.hasPrefix("http"), !destination.hasPrefix("mailto"), !destination.hasPrefix("tel") {
                log.error(.unknownLinkKind, at: location, ["kind": destination[..<colon], "suggestion": kind])
            }
            return
        }
        guard model.contains(link) else {
            let folder: [ContentLink.Kind: String] = [
                .goal: "goals", .indicator: "indicators", .page: "pages", .discussion: "discussions",
            ]
            if let declared = folder[link.kind].flatMap({ model.declaredIDs[$0] }), declared.contains(link.id) {
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
            let known = anchors(link.kind, link.id)
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
