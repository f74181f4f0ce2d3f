import Dashboard

/// A free content page (about, accessibility, methods). The methods page also lists every indicator's
/// definition, so the rules and the figures are in one place.
struct TextPage {
    let context: PageContext
    let page: ContentPage

    func render() -> PageContent {
        let (text, language) = context.texts(page.texts)!
        var body = ""
        if let date = page.date {
            body += "<p class=\"updated\">\(context.t("page.updated")) <time datetime=\"\(date)\">\(context.format.date(date))</time></p>\n"
        }
        body += Components.prose(text.body, language: language, context: context)
        if page.id == "methods" { body += indicatorDefinitions() }
        return PageContent(title: text.title, description: text.description.isEmpty ? text.title : text.description,
                           breadcrumbs: [(context.strings["nav.home"], .home)], body: body, titleLanguage: language)
    }

    func indicatorDefinitions() -> String {
        var html = "<h2 id=\"indicator-definitions\">\(context.t("methods.definitions"))</h2>\n"
        for indicator in context.model.indicators {
            guard let (text, language) = context.texts(indicator.texts) else { continue }
            let metric = indicator.metric
            html += "<h3\(context.langAttribute(language))>" + Components.link(text.title, href: context.href(.indicator(indicator.id)))
                + "</h3>\n"
            html += Components.facts([
                (context.t("indicator.definition"), "<span\(context.langAttribute(language))>\(HTML.escape(text.definition))</span>"),
                (context.t("indicator.calculation"), "<span\(context.langAttribute(language))>\(HTML.escape(text.calculation))</span>"),
                (context.t("indicator.source"), context.text(metric.source)),
                (context.t("indicator.frequency"), context.t("frequency.\(metric.frequency.rawValue)")),
                (context.t("indicator.direction"), IndicatorPage.directions(metric, context: context)),
                (context.t("indicator.tolerance"), HTML.escape(tolerance(metric))),
            ])
        }
        return html
    }

    /// "±0,5 %-yks.": the change that still counts as no clear change.
    func tolerance(_ metric: Metric) -> String {
        let digits = metric.trendTolerance == metric.trendTolerance.rounded() ? 0 : max(1, metric.decimals)
        let change = context.format.change(metric.trendTolerance, unit: metric.unit, decimals: digits)
        return "±" + change.dropFirst()
    }
}

/// The 404 page: a plain message and ways back in.
struct NotFoundPage {
    let context: PageContext

    func render() -> PageContent {
        let body = "<p>\(context.t("notfound.text"))</p>\n<ul class=\"link-list\">\n"
            + "<li><a href=\"\(context.href(.home))\">\(context.t("nav.home"))</a></li>\n"
            + "<li><a href=\"\(context.href(.areaList))\">\(context.t("nav.areas"))</a></li>\n</ul>\n"
        return PageContent(title: context.strings["notfound.title"], description: context.strings["notfound.text"],
                           breadcrumbs: [], body: body)
    }
}
