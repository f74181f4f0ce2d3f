import Diagnostics
import Markdown

extension ContentResolver {
    /// The anchors a page template adds to the page of a piece of content, beyond the headings of its Markdown
    /// (`ind-<indicator>` on a goal's page, say). The site generator supplies them from its templates.
    public typealias TemplateAnchors = (_ kind: ContentLink.Kind, _ id: String) -> [String]

    /// Where content is published, for checking relative links: the site path of the page a content file is
    /// shown on, and whether the build publishes a site path.
    public struct SitePaths: Sendable {
        public var page: @Sendable (_ kind: ContentLink.Kind, _ id: String, _ language: String) -> String?
        public var exists: @Sendable (String) -> Bool

        public init(page: @escaping @Sendable (ContentLink.Kind, String, String) -> String?,
                    exists: @escaping @Sendable (String) -> Bool) {
            self.page = page
            self.exists = exists
        }
    }

    /// Checks every link and image in the content's Markdown: images have alt text, no link uses a dangerous
    /// scheme (also disguised with entities, case or control characters), and content links (`goal:3#x`) name
    /// content that exists and an anchor its page has. With `sitePaths`, a relative link must lead to a file
    /// the site publishes, and a root-absolute one (`/fi/…`, which breaks when the site lives under a sub-path)
    /// is an error.
    public static func checkLinks(in model: DashboardModel, templateAnchors: TemplateAnchors,
                                  sitePaths: SitePaths? = nil, log: inout DiagnosticLog) {
        var sources: [(source: MarkdownSource, kind: ContentLink.Kind, id: String, language: String)] = []
        var headings: [ContentLink.Kind: [String: Set<String>]] = [:]
        func add<Text>(_ texts: Localized<Text>, kind: ContentLink.Kind, id: String, body: (Text) -> MarkdownSource) {
            for (language, text) in texts.values {
                let source = body(text)
                sources.append((source, kind, id, language))
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

        let ordered = sources.sorted { ($0.source.file, $0.source.firstLine) < ($1.source.file, $1.source.firstLine) }
        for item in ordered {
            let source = item.source
            for link in source.document.links {
                let location = SourceLocation(file: source.file, line: source.firstLine + link.line - 1,
                                              column: link.column)
                if link.isImage && link.text.allSatisfy(\.isWhitespace) {
                    log.error(.missingAltText, at: location, ["destination": link.destination])
                }
                let checked = checkDestination(link.destination, at: location, in: model, log: &log) { kind, id in
                    (headings[kind]?[id] ?? []).union(templateAnchors(kind, id))
                }
                if !checked, let sitePaths, let page = sitePaths.page(item.kind, item.id, item.language) {
                    checkPath(link.destination, from: page, at: location, sitePaths: sitePaths, log: &log)
                }
            }
        }
    }

    /// A link that is neither a web address nor a content link: a path, which must stay inside the site, be
    /// relative, and lead to a file the site publishes.
    private static func checkPath(_ destination: String, from page: String, at location: SourceLocation,
                                  sitePaths: SitePaths, log: inout DiagnosticLog) {
        var path = Substring(destination)
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<end] }
        if path.isEmpty { return }  // `#anchor` or `?query` on the same page
        if path.hasPrefix("//") { return }  // a web address without its scheme
        if path.hasPrefix("/") {
            log.error(.rootAbsoluteLink, at: location, ["destination": destination])
            return
        }
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return }  // another scheme
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..":
                guard !segments.isEmpty else {
                    log.error(.linkOutsideSite, at: location, ["destination": destination])
                    return
                }
                segments.removeLast()
            default: segments.append(percentDecoded(segment))
            }
        }
        var target = segments.joined(separator: "/")
        if path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".." {
            target += target.isEmpty ? "index.html" : "/index.html"
        }
        // Charts exported beside a page are named by the templates while rendering, so any SVG file in a
        // page's folder is taken to exist.
        let folder = target.split(separator: "/").dropLast().joined(separator: "/")
        if target.hasSuffix(".svg") && sitePaths.exists(folder + "/index.html") { return }
        if !sitePaths.exists(target) {
            log.error(.linkTargetMissing, at: location, ["destination": destination, "path": target])
        }
    }

    /// `%C3%A4` → `ä`; malformed escapes stay as written.
    static func percentDecoded(_ text: Substring) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
               let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Checks a scheme and content links; false when the destination is neither (a path, to be checked
    /// against the site), true when it was handled.
    @discardableResult
    private static func checkDestination(_ destination: String, at location: SourceLocation, in model: DashboardModel,
                                         log: inout DiagnosticLog,
                                         anchors: (ContentLink.Kind, String) -> Set<String>) -> Bool {
        if let scheme = LinkSafety.dangerousScheme(in: destination) {
            log.error(.unsafeLink, at: location, ["scheme": scheme])
            return true
        }
        guard let link = ContentLink(destination) else {
            if let colon = destination.firstIndex(of: ":"),
               let kind = Suggestion.closest(to: String(destination[..<colon]),
                                             among: ContentLink.Kind.allCases.map(\.rawValue)),
               !destination.hasPrefix("http"), !destination.hasPrefix("mailto"), !destination.hasPrefix("tel") {
                log.error(.unknownLinkKind, at: location, ["kind": destination[..<colon], "suggestion": kind])
                return true
            }
            return false
        }
        guard model.contains(link) else {
            let folder: [ContentLink.Kind: String] = [
                .goal: "goals", .indicator: "indicators", .page: "pages", .discussion: "discussions",
            ]
            if let declared = folder[link.kind].flatMap({ model.declaredIDs[$0] }), declared.contains(link.id) {
                return true  // the target exists but has its own errors, reported where they are
            }
            let registry: [ContentLink.Kind: String] = [.area: "areas.json", .region: "regions.json"]
            if let file = registry[link.kind], model.brokenFiles.contains(file) { return true }
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
            return true
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
        return true
    }
}

extension Diagnostic.Code {
    static let missingAltText = Diagnostic.Code(
        .link, "missing-alt-text", "the image '{destination}' has no alt text",
        hint: "describe the image: ![what it shows]({destination})")
    static let unsafeLink = Diagnostic.Code(
        .link, "unsafe-scheme", "links with '{scheme}' are not allowed",
        hint: "link to a web address or to content by id")
    static let rootAbsoluteLink = Diagnostic.Code(
        .link, "root-absolute", "the link '{destination}' starts with '/', which breaks when the site is published "
            + "under a sub-path or opened from disk",
        hint: "link to content by id (page:about, goal:3) or with a relative path")
    static let linkOutsideSite = Diagnostic.Code(
        .link, "outside-site", "the link '{destination}' leads outside the site",
        hint: "link to content by id (page:about, goal:3), or to a web address starting with https://")
    static let linkTargetMissing = Diagnostic.Code(
        .link, "missing-target", "the link '{destination}' leads to {path}, which the site does not publish",
        hint: "link to content by id (page:about, goal:3): the address of a page differs between languages")
    static let unknownLinkKind = Diagnostic.Code(
        .link, "unknown-kind", "unknown kind of content link '{kind}'", hint: "did you mean '{suggestion}:'?")
    static let brokenLink = Diagnostic.Code(
        .link, "broken", "broken link: there is no {kind} '{id}'", hint: "did you mean '{suggestion}'?")
    static let missingAnchor = Diagnostic.Code(
        .link, "missing-anchor", "broken link: {kind} '{id}' has no heading '#{fragment}'",
        hint: "did you mean '{suggestion}'?")
}
