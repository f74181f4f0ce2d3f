import Charts
import Dashboard
import Markup

/// An indicator: definition, calculation, source and frequency, the national chart, the ranking, small
/// multiples, the tile map and the full data table.
struct IndicatorPage {
    let context: PageContext
    let indicator: Indicator

    func render() -> PageContent {
        let factory = ChartFactory(context: context)
        let metric = indicator.metric
        let (text, language) = context.texts(indicator.texts)!
        let goal = context.model.goal(indicator.goal)
        let lang = context.langAttribute(language)
        var body = PageFragment("<p class=\"lead\"\(lang)>\(text.definition)</p>\n")
        body += Components.facts([
            (context.text("indicator.goal"), goal.flatMap { goal in
                context.texts(goal.texts).map {
                    Components.link($0.value.shortTitle, href: context.href(.goal(goal.number)),
                                    lang: context.langAttribute($0.language))
                }
            } ?? HTML()),
            (context.text("indicator.calculation"), "<span\(lang)>\(text.calculation)</span>"),
            (context.text("indicator.source"), context.text(metric.source)),
            (context.text("indicator.frequency"), context.text("frequency.\(metric.frequency.rawValue)")),
            (context.text("indicator.unit"), context.text("unit.\(metric.unit.rawValue)")),
            (context.text("indicator.direction"), IndicatorPage.directions(metric, context: context)),
            (context.text("indicator.updated"), Components.time(metric.updated, context: context)),
        ])
        body += Components.prose(text.body, language: language, context: context)
        body += Downloads.section([(nil, context.resources.downloads[indicator.id] ?? []),
                                   (nil, context.resources.downloads[PublishedFiles.allIndicatorsKey] ?? [])],
                                  context: context)
        body += "<h2>\(context.text("indicator.national"))</h2>\n"
        body += Components.status(metric.summary(for: Metric.wholeCountry), context: context) + "\n"
        body += IndicatorCharts.national(indicator, factory: factory, idPrefix: "ind", headingLevel: 3)
        body += "<h2>\(context.text("indicator.areas"))</h2>\n"
        body += factory.rankingFigure(indicator, selection: metric.headline, highlight: nil, id: "ind-ranking")
        body += factory.tileMap(indicator, selection: metric.headline, highlight: nil, id: "ind-tilemap")
        body += factory.smallMultiples(indicator, selection: metric.headline, id: "ind-multiples")
        body += "<h2>\(context.text("indicator.table"))</h2>\n"
        body += fullTable(factory: factory)
        body += "<p class=\"table-note\">\(context.text("table.note"))</p>\n"
        var crumbs: [(String, Route)] = [(context.string("nav.home"), .home)]
        if let goal, let goalText = context.texts(goal.texts) {
            crumbs.append((goalText.value.shortTitle, .goal(goal.number)))
        }
        return PageContent(title: text.title, description: text.definition, breadcrumbs: crumbs, body: body,
                           titleLanguage: language)
    }

    /// The better direction, per category where categories differ (employment rate up, unemployment rate down).
    static func directions(_ metric: Metric, context: PageContext) -> HTML {
        for breakdown in metric.breakdowns where breakdown.categories.contains(where: { $0.betterDirection != nil }) {
            return breakdown.categories.map { category -> HTML in
                let direction = category.betterDirection ?? metric.betterDirection
                return "\(context.text(category.name)): \(context.text("direction.\(direction.rawValue)"))"
            }.joined(separator: "<br>")
        }
        return context.text("direction.\(metric.betterDirection.rawValue)")
    }

    /// Every place and period of the headline selection, newest period first.
    func fullTable(factory: ChartFactory) -> HTML {
        let metric = indicator.metric
        let periods = Array(metric.periods.reversed())
        let places = [Metric.wholeCountry] + context.model.regions.filter { $0.kind == .elinvoimakeskus }.map(\.id)
            + context.model.areas.map(\.id)
        let rows = places.compactMap { place -> PageTable.Row? in
            guard let series = metric.series(for: place, selection: metric.headline) else { return nil }
            return PageTable.Row(header: .init(text: context.placeName(place)), cells: periods.map { period in
                let point = series.point(at: period)
                let hasValue = point?.value != nil
                let mark = (hasValue && point?.isProvisional == true ? context.string("table.provisional-mark") : "")
                    + (hasValue && point?.flags.contains(.breakInSeries) == true
                        ? context.string("table.break-suffix") : "")
                return .init(text: factory.formatted(point, metric) + mark, isNumeric: true)
            })
        }
        return PageTable(
            caption: factory.subtitle(indicator, selection: metric.headline),
            columns: [.init(context.text("table.place"))]
                + periods.map { .init(text: context.format.shortPeriod($0), isNumeric: true) },
            rows: rows, modifier: "data-table--wide"
        ).html
    }
}
