import Dashboard
import Markup

/// The search page: every municipality, employment area, regional centre, goal and indicator by name, each
/// leading straight to its page, as a static index that works without JavaScript. The header's search box sends
/// its query here (`?q=`); the optional filter script then shows only the entries that match.
struct SearchPage {
    let context: PageContext

    /// The id of the list the filter script works on.
    static let indexID = "search-index"

    func render() -> PageContent {
        let index = SearchIndex(context: context)
        var body: HTML = "<p class=\"lead\">\(context.text("search.lead"))</p>\n"
        body += "<div class=\"filter\" data-filter-for=\"\(Self.indexID)\" hidden>"
            + "<label for=\"search-filter\">\(context.text("search.filter"))</label> "
            + "<input type=\"search\" id=\"search-filter\" autocomplete=\"off\">"
            + "<p class=\"filter__status\" role=\"status\" aria-live=\"polite\"></p></div>\n"
        let kinds = SearchIndex.Kind.allCases.filter { !index.entries(of: $0).isEmpty }
        body += "<nav class=\"toc\" aria-label=\"\(context.string("search.contents"))\"><ul>\n"
        for kind in kinds {
            let name = context.text("search.kind.\(kind.rawValue)")
            body += "<li><a href=\"#\(Self.anchor(of: kind))\">\(name)</a></li>\n"
        }
        body += "</ul></nav>\n<div id=\"\(Self.indexID)\">\n"
        for kind in kinds {
            let entries = index.entries(of: kind)
            let count = context.format.number(Double(entries.count))
            let heading = context.string("search.kind.\(kind.rawValue)") + " (\(count))"
            body += "<section class=\"search-group\" aria-labelledby=\"\(Self.anchor(of: kind))\" data-filter-group>\n"
                + "<h2 id=\"\(Self.anchor(of: kind))\">\(heading)</h2>\n<ul class=\"search-list\">\n"
            for entry in entries { body += "<li>\(item(entry))</li>\n" }
            body += "</ul>\n</section>\n"
        }
        body += "</div>\n"
        return PageContent(title: context.string("search.title"), description: context.string("search.lead"),
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body),
                           scripts: ["filter.js"])
    }

    /// One entry: the name (a link, or plain with a link to where it leads), its other-language name and a note.
    private func item(_ entry: SearchIndex.Entry) -> HTML {
        let lang = entry.nameLanguage.map { context.langAttribute($0) } ?? HTML()
        let href = context.href(entry.target)
        var html: HTML
        if entry.targetName != nil {
            html = entry.nameLanguage == nil ? "\(entry.name)" : "<span\(lang)>\(entry.name)</span>"
        } else {
            html = Components.link(entry.name, href: href, lang: lang)
        }
        if let other = entry.otherName {
            html += " <span class=\"alt-name\" lang=\"\(other.language)\">(\(other.text))</span>"
        }
        if let targetName = entry.targetName {
            html += ": " + Components.link(targetName, href: href)
        }
        if let note = entry.note { html += " <span class=\"note\">\(note)</span>" }
        return html
    }

    /// The id of a kind's section, e.g. `search-municipality`.
    static func anchor(of kind: SearchIndex.Kind) -> String { "search-\(kind.rawValue)" }
}
