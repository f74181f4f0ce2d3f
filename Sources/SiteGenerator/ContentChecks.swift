import Dashboard
import Diagnostics

/// Checks that need the site's routes and templates: no page takes a section's URL, no indicator takes a
/// published file's name, and content links point at anchors the pages have (the check itself is the
/// Dashboard's, given the anchors the templates add).
enum ContentChecks {
    static func run(_ model: DashboardModel, log: inout DiagnosticLog) {
        checkPagePaths(model, log: &log)
        for indicator in model.indicators where PublicationBuilder.reservedIndicatorIDs.contains(indicator.id) {
            log.error(.reservedIndicatorID, at: SourceLocation(file: indicator.metric.file), ["id": indicator.id])
        }
        // The anchors page templates add beyond the Markdown headings, as each template declares them.
        let declared = PageAnchors.declared(in: model)
        ContentResolver.checkLinks(in: model, templateAnchors: { kind, id in declared[kind]?[id].map(Array.init) ?? [] },
                                   log: &log)
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
}
