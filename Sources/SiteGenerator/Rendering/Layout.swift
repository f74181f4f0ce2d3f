import Dashboard
import Markup
import Publishing

/// The page shell: head with security policy and language alternates, skip link, header with navigation and
/// language switcher, breadcrumbs, the example-data notice and the footer.
enum Layout {
    /// Scripts and styles come only from our own files: no inline code, no remote hosts; forms (the header's
    /// search box) go only to our own pages. Markup, so that its quotes stay as written in the attribute value.
    static let contentSecurityPolicy: HTML =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
        + "base-uri 'none'; form-action 'self'"

    static func render(_ page: PageContent, context: PageContext) -> HTML {
        let model = context.model
        let siteTitle = context.string(model.settings.title)
        let fullTitle = page.title == siteTitle ? siteTitle : "\(page.title) – \(siteTitle)"
        var html = head(language: context.language, title: fullTitle, description: page.description,
                        path: context.path, resources: context.resources)
        if context.route != .notFound {
            for language in model.settings.languages {
                let href = context.href(context.route, language: language)
                html += "<link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(href)\">\n"
            }
        }
        if let feed = context.resources.feeds[context.language] {
            html += "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(context.href(file: feed))\" "
                + "title=\"\(context.string("feed.title", ["site": siteTitle]))\">\n"
        }
        for script in page.scripts {
            if let path = context.resources.assetPaths[script] {
                html += "<script src=\"\(context.href(file: path))\" defer></script>\n"
            }
        }
        html += "</head>\n<body>\n"
        html += "<a class=\"skip-link\" href=\"#main\">\(context.text("nav.skip"))</a>\n"
        html += header(context: context, siteTitle: siteTitle)
        html += DataNotice.html(context: context)
        html += "<main id=\"main\" tabindex=\"-1\">\n<div class=\"wrap\">\n"
        html += breadcrumbs(page, context: context)
        html += page.kicker
        let titleLang = page.titleLanguage.map { context.langAttribute($0) } ?? HTML()
        html += "<h1\(titleLang)>\(page.title)</h1>\n"
        if let language = page.titleLanguage, language != context.language { html += fallbackNote(context: context) }
        html += page.body.html
        html += "</div>\n</main>\n"
        html += footer(context: context, siteTitle: siteTitle)
        html += "</body>\n</html>\n"
        return html
    }

    /// Says in the page language that the text below is shown in the default language, untranslated: `lang` alone
    /// tells screen readers, not every reader.
    static func fallbackNote(context: PageContext) -> HTML {
        "<p class=\"note\">\(context.text("notice.fallback"))</p>\n"
    }

    /// The start of every document up to the stylesheets and icon: language, security policy, title.
    static func head(language: String, title: String, description: String, path: String,
                     resources: SiteResources) -> HTML {
        var html: HTML = """
            <!DOCTYPE html>
            <html lang="\(language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <title>\(title)</title>
            <meta name="description" content="\(description)">

            """
        for name in ["site.css", "charts.css"] {
            guard let asset = resources.assetPaths[name] else { continue }
            html += "<link rel=\"stylesheet\" href=\"\(RelativePath.url(from: path, to: asset, indexFiles: .kept))\">\n"
        }
        if let icon = resources.assetPaths["favicon.svg"] {
            let href = RelativePath.url(from: path, to: icon, indexFiles: .kept)
            html += "<link rel=\"icon\" href=\"\(href)\" type=\"image/svg+xml\">\n"
        }
        return html
    }

    static func header(context: PageContext, siteTitle: String) -> HTML {
        var html: HTML = "<header class=\"site-header\">\n<div class=\"wrap site-header__inner\">\n"
        html += "<a class=\"site-name\" href=\"\(context.href(.home))\">\(siteTitle)</a>\n"
        html += languageSwitcher(context: context)
        html += searchBox(context: context)
        html += "</div>\n<nav class=\"main-nav\" aria-label=\"\(context.string("nav.main"))\">\n"
            + "<div class=\"wrap\"><ul>\n"
        let sections: [(String, Route)] = [
            ("nav.goals", .home), ("nav.snapshot", .snapshot), ("nav.areas", .areaList),
            ("nav.municipalities", .municipalities),
            ("nav.monitoring", .process), ("nav.methods", SpecialPage.methods.route),
        ]
        for (key, route) in sections where context.resources.routeExists(route) {
            let current: HTML = isSection(route, of: context.route) ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(context.href(route))\"\(current)>\(context.text(key))</a></li>\n"
        }
        html += "</ul></div>\n</nav>\n</header>\n"
        return html
    }

    /// True when `route` is the section the current page belongs to (for `aria-current`).
    static func isSection(_ section: Route, of current: Route) -> Bool {
        switch (section, current) {
        case (.home, .home), (.areaList, .areaList), (.municipalities, .municipalities), (.process, .process),
             (.snapshot, .snapshot),
             (.search, .search):
            return true
        case (.page(let a), .page(let b)): return a == b
        default: return false
        }
    }

    /// A plain GET form to the search page, so it works without scripts; the page's filter script reads `q`.
    static func searchBox(context: PageContext) -> HTML {
        guard context.resources.routeExists(.search) else { return HTML() }
        return "<form class=\"site-search\" action=\"\(context.href(.search))\" method=\"get\" role=\"search\">"
            + "<label for=\"site-search\">\(context.text("search.box"))</label> "
            + "<input type=\"search\" id=\"site-search\" name=\"q\" autocomplete=\"off\"> "
            + "<button type=\"submit\">\(context.text("search.submit"))</button></form>\n"
    }

    static let languageLabels = ["fi": "Suomeksi", "sv": "På svenska", "en": "In English"]

    static func languageSwitcher(context: PageContext) -> HTML {
        let others = context.model.settings.languages.filter { $0 != context.language }
        guard !others.isEmpty else { return HTML() }
        var html: HTML = "<nav class=\"language-switcher\" aria-label=\"\(context.string("nav.languages"))\"><ul>\n"
        for language in others {
            let target = context.route == .notFound ? Route.home : context.route
            html += "<li><a href=\"\(context.href(target, language: language))\" hreflang=\"\(language)\" "
                + "lang=\"\(language)\">\(languageLabels[language] ?? language)</a></li>\n"
        }
        return html + "</ul></nav>\n"
    }

    static func breadcrumbs(_ page: PageContent, context: PageContext) -> HTML {
        guard !page.breadcrumbs.isEmpty else { return HTML() }
        var html: HTML = "<nav class=\"breadcrumbs\" aria-label=\"\(context.string("nav.breadcrumbs"))\"><ol>\n"
        for crumb in page.breadcrumbs {
            html += "<li><a href=\"\(context.href(crumb.route))\">\(crumb.title)</a></li>\n"
        }
        html += "<li><span aria-current=\"page\">\(page.title)</span></li>\n"
        return html + "</ol></nav>\n"
    }

    static func footer(context: PageContext, siteTitle: String) -> HTML {
        let settings = context.model.settings
        var html: HTML = "<footer class=\"site-footer\">\n<div class=\"wrap\">\n"
        html += "<p class=\"site-footer__org\">\(context.text(settings.organisation))</p>\n"
            + "<ul class=\"site-footer__links\">\n"
        for page in SpecialPage.allCases {
            html += "<li><a href=\"\(context.href(page.route))\">\(context.text("footer.\(page.rawValue)"))</a></li>\n"
        }
        html += "<li>\(context.text("footer.contact")) <a href=\"mailto:\(settings.contactEmail)\">"
            + "\(settings.contactEmail)</a></li>\n"
        html += "</ul>\n<p class=\"site-footer__licence\">\(context.text("footer.licence")) "
            + "<a href=\"\(settings.dataLicenceURL)\" rel=\"license\">\(settings.dataLicenceName)</a></p>\n"
        html += "</div>\n</footer>\n"
        return html
    }
}
