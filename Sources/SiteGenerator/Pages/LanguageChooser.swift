import Dashboard
import Markup

/// The root `index.html`: a visitor chooses a language; Finnish is first and marked as the default.
/// No script and no redirect, so it works from any host and from disk.
enum LanguageChooser {
    static func render(model: DashboardModel, resources: SiteResources) -> HTML {
        let settings = model.settings
        let primary = settings.defaultLanguage
        var html = Layout.head(language: primary, title: settings.title.text(primary),
                               description: settings.description.text(primary), path: "index.html",
                               resources: resources)
        for language in settings.languages {
            html += "<link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(language)/index.html\">\n"
        }
        html += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(primary)/index.html\">\n"
            + "</head>\n<body class=\"chooser\">\n"
        html += "<main id=\"main\" class=\"wrap chooser__main\">\n"
        html += "<h1 class=\"chooser__title\">\(settings.title.text(primary))</h1>\n"
        html += "<ul class=\"chooser__languages\">\n"
        for language in settings.languages {
            let marker = language == primary ? " chooser__language--default" : ""
            html += "<li class=\"chooser__language\(marker)\">"
                + "<a href=\"\(language)/index.html\" hreflang=\"\(language)\" lang=\"\(language)\">"
                + "<span class=\"chooser__name\">\(Layout.languageLabels[language] ?? language)</span> "
                + "<span class=\"chooser__site\">\(settings.title.text(language))</span></a></li>\n"
        }
        html += "</ul>\n</main>\n</body>\n</html>\n"
        return html
    }
}
