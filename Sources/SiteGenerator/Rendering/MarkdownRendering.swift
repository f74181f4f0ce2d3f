import Dashboard
import Markdown

/// Renders content Markdown with the site's options and turns content links (`goal:3`, `area:helsinki#x`)
/// into relative links in the page's language.
enum MarkdownRendering {
    static func options(_ settings: SiteSettings) -> MarkdownOptions {
        var options = MarkdownOptions()
        options.allowRawHTML = settings.allowRawHTML
        options.headingIDs = true
        options.alignmentClasses = true
        return options
    }

    static func html(_ source: MarkdownSource, context: PageContext) -> String {
        let document = MarkdownDocument(parsing: source.text, options: options(context.model.settings))
        return document.html(rewritingDestinations: { destination in
            ContentLink(destination).map { link in
                guard let route = link.route(in: context.model) else { return "#" }
                return context.href(route) + (link.fragment.map { "#" + $0 } ?? "")
            }
        })
    }
}
