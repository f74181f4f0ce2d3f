import Charts
import Dashboard
import Markup

/// The home page: the real current situation first (``SnapshotSection``), then the goals at a glance with their
/// headline figures, the data date, and ways in by area.
struct HomePage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        var body: HTML = "<p class=\"lead\">\(context.text(model.settings.description))</p>\n"
        if let updated = model.indicators.map(\.metric.updated).max() {
            body += "<p class=\"updated\">\(context.text("home.updated")) "
                + "\(Components.time(updated, context: context))</p>\n"
        }
        body += SnapshotSection(context: context).home()
        // The goal cards' maps share one set of fill patterns.
        let patterns = ChartIDs("maps")
        body += "<h2>\(context.text("home.goals"))</h2>\n" + TileChoropleth.patterns(ids: patterns)
            + "\n<ol class=\"goal-cards\">\n"
        for goal in model.goals {
            guard let (text, language) = context.texts(goal.texts) else { continue }
            body += "<li class=\"goal-card\">\n<p class=\"goal-card__number\">"
                + "\(context.string("goal.number", ["number": String(goal.number)]))</p>\n"
            body += "<h3 class=\"goal-card__title\"\(context.langAttribute(language))>"
                + Components.link(text.shortTitle, href: context.href(.goal(goal.number))) + "</h3>\n"
            let indicators = model.indicators(ofGoal: goal.number)
            for indicator in indicators where indicator.headline || indicators.count == 1 {
                guard let (indicatorText, indicatorLanguage) = context.texts(indicator.texts) else { continue }
                let metric = indicator.metric
                let summary = metric.summary(for: Metric.wholeCountry)
                body += "<div class=\"headline-figure\">\n"
                    + "<p class=\"headline-figure__name\"\(context.langAttribute(indicatorLanguage))>"
                    + Components.link(indicatorText.shortTitle, href: context.href(.indicator(indicator.id)))
                if !metric.headline.isEmpty {
                    let breakdown = metric.label(for: metric.headline, language: context.language)
                    body += " <span class=\"headline-figure__breakdown\">(\(breakdown))</span>"
                }
                body += "</p>\n"
                body += factory.sparkline(indicator, place: Metric.wholeCountry)
                if let latest = summary.latest {
                    body += "<p class=\"headline-figure__meta\">\(context.text("place.whole-country")), "
                        + "\(context.format.period(latest.period)). "
                        + "\(FigureProvenance.label(metric, context: context))</p>\n"
                }
                body += Components.status(summary, context: context) + "\n"
                body += factory.choropleth(indicator, id: "m\(goal.number)", patterns: patterns)
                body += "</div>\n"
            }
            body += "<p class=\"goal-card__more\"><a href=\"\(context.href(.goal(goal.number)))\">"
                + "\(context.string("home.goal-link", ["count": String(indicators.count)]))</a></p>\n</li>\n"
        }
        body += "</ol>\n"
        body += "<h2>\(context.text("home.by-area"))</h2>\n<p>"
            + "\(context.string("home.by-area.text", ["count": String(model.areas.count)]))</p>\n"
        body += "<ul class=\"link-list\">\n"
            + "<li><a href=\"\(context.href(.areaList))\">\(context.text("nav.areas"))</a></li>\n"
        if context.resources.routeExists(.municipalities) {
            body += "<li><a href=\"\(context.href(.municipalities))\">"
                + "\(context.text("municipalities.title"))</a></li>\n"
        }
        if context.resources.routeExists(.overview(.name)) {
            body += "<li><a href=\"\(context.href(.overview(.name)))\">\(context.text("home.overview"))</a></li>\n"
        }
        if context.resources.routeExists(.search) {
            body += "<li><a href=\"\(context.href(.search))\">\(context.text("home.search"))</a></li>\n"
        }
        body += "</ul>\n"
        if context.resources.routeExists(.process) {
            body += "<h2>\(context.text("home.monitoring"))</h2>\n<ul class=\"link-list\">\n"
                + "<li><a href=\"\(context.href(.process))\">\(context.text("process.title"))</a></li>\n"
                + "<li><a href=\"\(context.href(.discussions))\">\(context.text("discussions.title"))</a></li>\n</ul>\n"
        }
        return PageContent(title: context.string(model.settings.title),
                           description: context.string(model.settings.description), breadcrumbs: [],
                           body: PageFragment(body))
    }
}
