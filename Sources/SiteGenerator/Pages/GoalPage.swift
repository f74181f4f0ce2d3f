import Charts
import Dashboard
import Markup

/// A goal: its explainer, key results, and each indicator with its national chart and the ranking of areas.
struct GoalPage {
    let context: PageContext
    let goal: Goal

    func render() -> PageContent {
        let factory = ChartFactory(context: context)
        let (text, language) = context.texts(goal.texts)!
        var body = PageFragment(Components.prose(text.body, language: language, context: context))
        body += "<h2>\(context.text("goal.key-results"))</h2>\n"
            + "<ul class=\"key-results\"\(context.langAttribute(language))>\n"
        for result in text.keyResults { body += "<li>\(result)</li>\n" }
        body += "</ul>\n"
        body += Downloads.forIndicators(context.model.indicators(ofGoal: goal.number), context: context)
        body += "<h2>\(context.text("goal.indicators"))</h2>\n"
        for indicator in context.model.indicators(ofGoal: goal.number) {
            guard let (indicatorText, indicatorLanguage) = context.texts(indicator.texts) else { continue }
            let lang = context.langAttribute(indicatorLanguage)
            let anchor = Self.anchor(of: indicator)
            body += "<section class=\"indicator-section\" aria-labelledby=\"\(anchor)\">\n"
            body += "<h3 id=\"\(anchor)\"\(lang)>"
                + Components.link(indicatorText.title, href: context.href(.indicator(indicator.id))) + "</h3>\n"
            body += "<p\(lang)>\(indicatorText.definition)</p>\n"
            body += Components.status(indicator.metric.summary(for: Metric.wholeCountry), context: context) + "\n"
            // The indicator page draws the same charts and writes their files.
            body += IndicatorCharts.national(indicator, factory: factory, idPrefix: "goal-\(indicator.id)",
                                             headingLevel: 4, filesOn: (.indicator(indicator.id), "ind"))
            body += factory.rankingFigure(indicator, selection: indicator.metric.headline, highlight: nil,
                                          id: "goal-\(indicator.id)-ranking", headingLevel: 4)
            body += "</section>\n"
        }
        let kicker = context.string("goal.number", ["number": String(goal.number)])
        return PageContent(
            title: text.title, description: text.shortTitle,
            breadcrumbs: [(context.string("nav.home"), .home)], body: body, titleLanguage: language,
            kicker: "<p class=\"kicker\">\(kicker)</p>\n")
    }

    /// The anchors the page adds besides its Markdown headings, which content links may point at.
    static func anchors(of goal: Goal, in model: DashboardModel) -> Set<String> {
        Set(model.indicators(ofGoal: goal.number).map(anchor(of:)))
    }

    /// The id of an indicator's section, e.g. `ind-benefit-days`.
    static func anchor(of indicator: Indicator) -> String { "ind-\(indicator.id)" }
}
