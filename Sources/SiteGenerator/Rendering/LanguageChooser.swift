import Dashboard

/// The root `index.html`: a visitor chooses a language; Finnish is first and marked as the default.
/// No script and no redirect, so it works from any host and from disk.
enum LanguageChooser {
    static func render(model: DashboardModel, resources: SiteResources) -> String {
        let settings = model.settings
        let primary = settings.defaultLanguage
        var html = """
            <!DOCTYPE html>
            <html lang="\(primary)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(Layout.contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <title>\(HTML.escape(settings.title.text(primary)))</title>
            <meta name="description" content="\(HTML.escape(settings.description.text(primary)))">

            """
        if let css = resources.assetPaths["site.css"] {
            html += "<link rel=\"stylesheet\" href=\"\(RelativePath.url(from: "index.html", to: css, indexFiles: .kept))\">\n"
        }
        if let icon = resources.assetPaths["favicon.svg"] {
            html += "<link rel=\"icon\" href=\"\(RelativePath.url(from: "index.html", to: icon, indexFiles: .kept))\" type=\"image/svg+xml\">\n"
        }
        for language in settings.languages {
            html += "<link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(language)/\">\n"
        }
        html += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(primary)/\">\n</head>\n<body class=\"chooser\">\n"
        html += "<main id=\"main\" class=\"wrap chooser__main\">\n"
        for language in settings.languages {
            html += "<h1 lang=\"\(language)\" class=\"chooser__title\">\(HTML.escape(settings.title.text(language)))</h1>\n"
            if language == primary { break }
        }
        html += "<ul class=\"chooser__languages\">\n"
        for language in settings.languages {
            let marker = language == primary ? " chooser__language--default" : ""
            html += "<li class=\"chooser__language\(marker)\"><a href=\"\(language)/\" hreflang=\"\(language)\" lang=\"\(language)\">"
                + "<span class=\"chooser__name\">\(Layout.languageLabels[language] ?? language)</span> "
                + "<span class=\"chooser__site\">\(HTML.escape(settings.title.text(language)))</span></a></li>\n"
        }
        html += "</ul>\n</main>\n</body>\n</html>\n"
        return html
    }
}
