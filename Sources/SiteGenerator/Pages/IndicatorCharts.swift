import Charts
import Dashboard
import Markup

/// The line charts of an indicator on goal, indicator and area-goal pages: one line for a place against its
/// comparisons, or one chart per breakdown group.
enum IndicatorCharts {
    /// The whole country's chart(s). `filesOn`: the page that exports the same charts, with its id prefix
    /// (the goal page links to the indicator page's files).
    static func national(_ indicator: Indicator, factory: ChartFactory, idPrefix: String, headingLevel: Int,
                         filesOn: (route: Route, idPrefix: String)? = nil) -> PageFragment {
        forPlace(indicator, place: Metric.wholeCountry, comparisons: [], factory: factory, idPrefix: idPrefix,
                 headingLevel: headingLevel, filesOn: filesOn)
    }

    /// Line charts for `place` against `comparisons`; with breakdowns, one chart per value of the first
    /// breakdown's other dimensions (e.g. employment rate and unemployment rate, each with three groups).
    static func forPlace(_ indicator: Indicator, place: String, comparisons: [(String, LineChart.Role)],
                         factory: ChartFactory, idPrefix: String, headingLevel: Int,
                         filesOn: (route: Route, idPrefix: String)? = nil) -> PageFragment {
        let metric = indicator.metric
        func shared(_ suffix: String) -> ChartFactory.SharedFiles? {
            filesOn.map { ChartFactory.SharedFiles(route: $0.route, id: $0.idPrefix + suffix) }
        }
        guard let varying = metric.breakdowns.first else {
            return factory.lineFigure(indicator, places: [(place, .primary)] + comparisons, selection: [:],
                                      id: idPrefix + "-line", headingLevel: headingLevel, sharedFiles: shared("-line"))
        }
        // Group lines by the first breakdown; one chart per combination of the others.
        var figures = PageFragment()
        let others = metric.breakdowns.dropFirst()
        var fixedSelections: [[String: String]] = [[:]]
        for breakdown in others {
            fixedSelections = fixedSelections.flatMap { partial in
                breakdown.categories.map { partial.merging([breakdown.id: $0.id]) { a, _ in a } }
            }
        }
        for (index, fixed) in fixedSelections.enumerated() {
            let suffix = "-breakdown-\(index + 1)"
            figures += factory.breakdownFigure(
                indicator, place: place, fixed: fixed, varying: varying.id, id: idPrefix + suffix,
                headingLevel: headingLevel, sharedFiles: shared(suffix)) ?? PageFragment()
        }
        if place != Metric.wholeCountry {
            figures += factory.lineFigure(indicator, places: [(place, .primary)] + comparisons,
                                          selection: metric.headline, id: idPrefix + "-line",
                                          headingLevel: headingLevel, sharedFiles: shared("-line"))
        }
        return figures
    }
}
