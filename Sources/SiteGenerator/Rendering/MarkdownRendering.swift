import Dashboard
import Markdown

/// Renders content Markdown, parsed once while resolving, and turns content links (`goal:3`,
/// `area:helsinki#x`) into relative links in the page's language.
enum MarkdownRendering {
    static func html(_ source: MarkdownSource, context: PageContext) -> String {
        source.document.html(rewritingDestinations: { destination in
            ContentLink(destination).map { link in
                guard let route = link.route(in: context.model) else { return "#" }
                return context.href(route) + (link.fragment.map { "#" + $0 } ?? "")
            }
        })
    }
}
