import Dashboard
import Diagnostics

/// The free pages that the layout links to from every page (the navigation, the footer and the example-data
/// notice). A site must have each of them; the build checks it. The footer lists them in this order.
enum SpecialPage: String, CaseIterable, Sendable {
    /// The accessibility statement that the law requires of public-sector sites.
    case accessibility
    /// Who publishes the site and why.
    case about
    /// How the figures are made: definitions, sources, the trend rule.
    case methods

    var route: Route { .page(rawValue) }

    /// An error for each special page the content does not have, naming the file to add.
    static func check(_ model: DashboardModel, content: ContentFiles, log: inout DiagnosticLog) {
        let language = model.settings.defaultLanguage
        for page in allCases where model.pages[page.rawValue] == nil {
            // A page whose files exist but failed to load has its own errors already.
            if model.declaredIDs["pages"]?.contains(page.rawValue) == true { continue }
            let file = content.displayPath("pages/\(page.rawValue).\(language).md")
            log.error(.missingSpecialPage, at: SourceLocation(file: file), ["page": page.rawValue, "file": file])
        }
    }
}

extension Diagnostic.Code {
    static let missingSpecialPage = Diagnostic.Code(
        .content, "missing-special-page", "the site has no '{page}' page, which every page links to",
        hint: "add {file}, and its translations")
}
