import Charts
import Dashboard

/// A goal: its explainer, key results, and each indicator with its national chart and the ranking of areas.
struct GoalPage {
    let context: PageContext
    let goal: Goal

    func render() -> PageContent {
        let factory = ChartFactory(context: context)
        let (text, language) = context.texts(goal.texts)!
        var body = Components.prose(text.body, language: language, context: context)
        body += "<h2>\(context.t("goal.key-results"))</h2>\n<ul class=\"key-results\"\(context.langAttribute(language))>\n"
        for result in text.keyResults { body += "<li>\(HTML.escape(result))</li>\n" }
        body += "</ul>\n"
        body += Downloads.forIndicators(context.model.indicators(ofGoal: goal.number), context: context)
        body += "<h2>\(context.t("goal.indicators"))</h2>\n"
        for indicator in context.model.indicators(ofGoal: goal.number) {
            guard let (indicatorText, indicatorLanguage) = context.texts(indicator.texts) else { continue }
            body += "<section class=\"indicator-section\" aria-labelledby=\"ind-\(indicator.id)\">\n"
            body += "<h3 id=\"ind-\(indicator.id)\"\(context.langAttribute(indicatorLanguage))>"
                + Components.link(indicatorText.title, href: context.href(.indicator(indicator.id))) + "</h3>\n"
            body += "<p\(context.langAttribute(indicatorLanguage))>\(HTML.escape(indicatorText.definition))</p>\n"
            body += Components.status(indicator.metric.summary(for: Metric.wholeCountry).status, context: context) + "\n"
            body += IndicatorCharts.national(indicator, factory: factory, idPrefix: "goal-\(indicator.id)", headingLevel: 4)
            body += factory.rankingFigure(indicator, selection: indicator.metric.headline, highlight: nil,
                                          id: "goal-\(indicator.id)-ranking", headingLevel: 4)
            body += "</section>\n"
        }
        return PageContent(
            title: text.title, description: text.shortTitle,
            breadcrumbs: [(context.strings["nav.home"], .home)], body: body, titleLanguage: language,
            kicker: "<p class=\"kicker\">\(HTML.escape(context.plain("goal.number", ["number": String(goal.number)])))</p>\n")
    }
}

/// The national chart(s) of an indicator: one line for the whole country, or one line per breakdown group.
enum IndicatorCharts {
    static func national(_ indicator: Indicator, factory: ChartFactory, idPrefix: String, headingLevel: Int) -> String {
        forPlace(indicator, place: Metric.wholeCountry, comparisons: [], factory: factory, idPrefix: idPrefix,
                 headingLevel: headingLevel)
    }

    /// Line charts for `place` against `comparisons`; with breakdowns, one chart per value of the first
    /// breakdown's other dimensions (e.g. employment rate and unemployment rate, each with three groups).
    static func forPlace(_ indicator: Indicator, place: String, comparisons: [(String, Charts.LineChart.Role)],
                         factory: ChartFactory, idPrefix: String, headingLevel: Int) -> String {
        let metric = indicator.metric
        guard let varying = metric.breakdowns.first else {
            return factory.lineFigure(indicator, places: [(place, .primary)] + comparisons, selection: [:],
                                      id: idPrefix + "-line", headingLevel: headingLevel)
        }
        // Group lines by the first breakdown; one chart per combination of the others.
        var html = ""
        let others = metric.breakdowns.dropFirst()
        var fixedSelections: [[String: String]] = [[:]]
        for breakdown in others {
            fixedSelections = fixedSelections.flatMap { partial in
                breakdown.categories.map { partial.merging([breakdown.id: $0.id]) { a, _ in a } }
            }
        }
        for (index, fixed) in fixedSelections.enumerated() {
            html += factory.breakdownFigure(indicator, place: place, fixed: fixed, varying: varying.id,
                                            id: idPrefix + "-breakdown-\(index + 1)", headingLevel: headingLevel) ?? ""
        }
        if place != Metric.wholeCountry {
            html += factory.lineFigure(indicator, places: [(place, .primary)] + comparisons, selection: metric.headline,
                                       id: idPrefix + "-line", headingLevel: headingLevel)
        }
        return html
    }
}
