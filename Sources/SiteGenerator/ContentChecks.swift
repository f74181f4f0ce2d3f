import Dashboard
import Diagnostics

/// Checks that need the site's routes and templates: the UI strings the templates use, no two things
/// published at one path, no indicator taking a published file's name, and links that point at anchors the
/// pages have and at files the site publishes (the link check itself is the Dashboard's, given the anchors the
/// templates add and the paths the build writes).
enum ContentChecks {
    static func run(_ model: DashboardModel, content: ContentFiles, hasBaseURL: Bool, log: inout DiagnosticLog) {
        ContentResolver.checkStrings(in: model, keys: UIStringKeys.keys, content: content, log: &log)
        for indicator in model.indicators where PublicationBuilder.reservedIndicatorIDs.contains(indicator.id) {
            log.error(.reservedIndicatorID, at: SourceLocation(file: indicator.metric.file), ["id": indicator.id])
        }
        let plan = OutputPlan(model: model, content: content, hasBaseURL: hasBaseURL)
        plan.check(log: &log)
        // The anchors page templates add beyond the Markdown headings, as each template declares them.
        let declared = PageAnchors.declared(in: model)
        let published = Set(plan.entries.map(\.path))
        let paths = ContentResolver.SitePaths(
            page: { kind, id, language in
                guard let route = Self.route(kind, id) else { return nil }
                let strings = Strings(language: language, catalogs: model.catalogs,
                                      fallbackLanguage: model.settings.defaultLanguage)
                return route.path(language: language, strings: strings)
            },
            exists: { published.contains($0) })
        ContentResolver.checkLinks(in: model, templateAnchors: { kind, id in declared[kind]?[id].map(Array.init) ?? [] },
                                   sitePaths: paths, log: &log)
    }

    /// The page a piece of content's Markdown is shown on.
    static func route(_ kind: ContentLink.Kind, _ id: String) -> Route? {
        switch kind {
        case .goal: Int(id).map(Route.goal)
        case .indicator: .indicator(id)
        case .area: .area(id)
        case .region: .region(id)
        case .page: .page(id)
        case .discussion: .discussion(id)
        }
    }
}

extension Diagnostic.Code {
    static let reservedIndicatorID = Diagnostic.Code(
        .content, "reserved-indicator-id", "'{id}' is reserved for the data downloads and cannot be an indicator id",
        hint: "rename the indicator's files")
}
