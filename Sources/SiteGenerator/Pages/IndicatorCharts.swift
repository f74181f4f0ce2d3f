import Charts
import Dashboard
import Markup

/// The line charts of an indicator on goal, indicator and area-goal pages: one line for a place against its
/// comparisons, or one chart per breakdown group.
enum IndicatorCharts {
    /// The whole country's chart(s).
    static func national(_ indicator: Indicator, factory: ChartFactory, idPrefix: String,
                         headingLevel: Int) -> PageFragment {
        forPlace(indicator, place: Metric.wholeCountry, comparisons: [], factory: factory, idPrefix: idPrefix,
                 headingLevel: headingLevel)
    }

    /// Line charts for `place` against `comparisons`; with breakdowns, one chart per value of the first
    /// breakdown's other dimensions (e.g. employment rate and unemployment rate, each with three groups).
    static func forPlace(_ indicator: Indicator, place: String, comparisons: [(String, LineChart.Role)],
                         factory: ChartFactory, idPrefix: String, headingLevel: Int) -> PageFragment {
        let metric = indicator.metric
        guard let varying = metric.breakdowns.first else {
            return factory.lineFigure(indicator, places: [(place, .primary)] + comparisons, selection: [:],
                                      id: idPrefix + "-line", headingLevel: headingLevel)
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
            figures += factory.breakdownFigure(
                indicator, place: place, fixed: fixed, varying: varying.id, id: idPrefix + "-breakdown-\(index + 1)",
                headingLevel: headingLevel) ?? PageFragment()
        }
        if place != Metric.wholeCountry {
            figures += factory.lineFigure(indicator, places: [(place, .primary)] + comparisons,
                                          selection: metric.headline, id: idPrefix + "-line",
                                          headingLevel: headingLevel)
        }
        return figures
    }
}
