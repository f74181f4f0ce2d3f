import Charts
import Dashboard

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
        var body = "<p class=\"lead\"\(lang)>\(HTML.escape(text.definition))</p>\n"
        body += Components.facts([
            (context.t("indicator.goal"), goal.flatMap { goal in
                context.texts(goal.texts).map { Components.link($0.value.shortTitle, href: context.href(.goal(goal.number)),
                                                                lang: context.langAttribute($0.language)) }
            } ?? ""),
            (context.t("indicator.calculation"), "<span\(lang)>\(HTML.escape(text.calculation))</span>"),
            (context.t("indicator.source"), context.text(metric.source)),
            (context.t("indicator.frequency"), context.t("frequency.\(metric.frequency.rawValue)")),
            (context.t("indicator.unit"), context.t("unit.\(metric.unit.rawValue)")),
            (context.t("indicator.direction"), IndicatorPage.directions(metric, context: context)),
            (context.t("indicator.updated"), "<time datetime=\"\(metric.updated)\">\(context.format.date(metric.updated))</time>"),
        ])
        body += Components.prose(text.body, language: language, context: context)
        body += downloads(context: context)
        body += "<h2>\(context.t("indicator.national"))</h2>\n"
        body += Components.status(metric.summary(for: Metric.wholeCountry).status, context: context) + "\n"
        body += IndicatorCharts.national(indicator, factory: factory, idPrefix: "ind", headingLevel: 3)
        body += "<h2>\(context.t("indicator.areas"))</h2>\n"
        body += factory.rankingFigure(indicator, selection: metric.headline, highlight: nil, id: "ind-ranking")
        body += factory.tileMap(indicator, selection: metric.headline, highlight: nil, id: "ind-tilemap")
        body += factory.smallMultiples(indicator, selection: metric.headline, id: "ind-multiples")
        body += "<h2>\(context.t("indicator.table"))</h2>\n"
        body += fullTable()
        var crumbs: [(String, Route)] = [(context.strings["nav.home"], .home)]
        if let goal, let goalText = context.texts(goal.texts) { crumbs.append((goalText.value.shortTitle, .goal(goal.number))) }
        return PageContent(title: text.title, description: text.definition, breadcrumbs: crumbs, body: body,
                           titleLanguage: language)
    }

    /// The indicator's open data (CSV, JSON) and the bundle of all data.
    func downloads(context: PageContext) -> String {
        Downloads.section([(nil, context.resources.downloads[indicator.id] ?? []),
                           (nil, context.resources.downloads[PublishedFiles.allIndicatorsKey] ?? [])], context: context)
    }

    /// The better direction, per category where categories differ (employment rate up, unemployment rate down).
    static func directions(_ metric: Metric, context: PageContext) -> String {
        for breakdown in metric.breakdowns where breakdown.categories.contains(where: { $0.betterDirection != nil }) {
            return breakdown.categories.map { category in
                context.text(category.name) + ": "
                    + context.t("direction.\((category.betterDirection ?? metric.betterDirection).rawValue)")
            }.joined(separator: "<br>")
        }
        return context.t("direction.\(metric.betterDirection.rawValue)")
    }

    /// Every place and period of the headline selection, newest period first.
    func fullTable() -> String {
        let metric = indicator.metric
        let factory = ChartFactory(context: context)
        let periods = Array(metric.periods.reversed())
        let places = [Metric.wholeCountry] + context.model.regions.filter { $0.kind == .elinvoimakeskus }.map(\.id)
            + context.model.areas.map(\.id)
        let caption = factory.subtitle(indicator, selection: metric.headline)
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(caption))\">"
            + "<table class=\"data-table data-table--wide\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
            + "<th scope=\"col\">\(context.t("table.place"))</th>"
        for period in periods {
            html += "<th scope=\"col\" class=\"num\">\(HTML.escape(context.format.shortPeriod(period)))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for place in places {
            guard let series = metric.series(for: place, selection: metric.headline) else { continue }
            html += "<tr><th scope=\"row\">\(HTML.escape(context.placeName(place)))</th>"
            for period in periods {
                let point = series.point(at: period)
                var cell = factory.formatted(point?.value, metric)
                if point?.isProvisional == true { cell += context.strings["table.provisional-mark"] }
                html += "<td class=\"num\">\(HTML.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table></div>\n<p class=\"table-note\">\(context.t("table.note"))</p>\n"
        return html
    }
}
