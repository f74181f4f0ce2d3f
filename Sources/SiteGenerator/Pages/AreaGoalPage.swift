import Charts
import Dashboard
import Markup

/// One goal for one area in depth: every indicator with the area against its region and the country,
/// the breakdowns, the comparison table and where the area ranks.
struct AreaGoalPage {
    let context: PageContext
    let area: Area
    let goal: Goal

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        let (goalText, goalLanguage) = context.texts(goal.texts)!
        let areaName = context.areaName(area)
        var body = PageFragment("<p class=\"lead\"\(context.langAttribute(goalLanguage))>\(goalText.title)</p>\n")
        body += "<p><a href=\"\(context.href(.goal(goal.number)))\">"
            + "\(context.string("areagoal.national-link", ["number": String(goal.number)]))</a></p>\n"
        let comparisons = AreaPage.comparisons(area, model: model)
        for indicator in model.indicators(ofGoal: goal.number) {
            guard let (text, language) = context.texts(indicator.texts) else { continue }
            let anchor = GoalPage.anchor(of: indicator)
            body += "<section class=\"indicator-section\" aria-labelledby=\"\(anchor)\">\n"
            body += "<h2 id=\"\(anchor)\"\(context.langAttribute(language))>"
                + Components.link(text.title, href: context.href(.indicator(indicator.id))) + "</h2>\n"
            body += Components.comparisonTable(
                indicator, places: [area.id] + comparisons.map(\.0), context: context,
                caption: context.string("areagoal.table", ["indicator": text.shortTitle]))
            let lines = AreaPage.chartComparisons(area, indicator: indicator, model: model)
            body += IndicatorCharts.forPlace(indicator, place: area.id, comparisons: lines, factory: factory,
                                             idPrefix: "ag-\(indicator.id)", headingLevel: 3)
            body += factory.rankingFigure(indicator, selection: indicator.metric.headline, highlight: area.id,
                                          id: "ag-\(indicator.id)-ranking", excerpt: 3)
            body += "</section>\n"
        }
        let title = context.string("areagoal.title", ["area": areaName, "number": String(goal.number)])
        return PageContent(
            title: title, description: title + ": " + goalText.shortTitle,
            breadcrumbs: [(context.string("nav.home"), .home), (context.string("nav.areas"), .areaList),
                          (areaName, .area(area.id))], body: body)
    }
}
