import Charts
import Dashboard
import Markup

/// Turns metric data into the Charts module's plain values, with every text in the page language.
/// The Charts module knows nothing of the model; this is the only place where the two meet.
struct ChartFactory {
    let context: PageContext

    private var format: Localisation { context.format }

    func chartPeriods(_ metric: Metric) -> [AxisPeriod] {
        metric.periods.map {
            AxisPeriod(key: $0.description, label: format.period($0), tickLabel: format.shortPeriod($0))
        }
    }

    func valueFormat(_ metric: Metric) -> ValueFormat {
        let localisation = format
        let unit = metric.unit
        return { value, digits in localisation.value(value, unit: unit, decimals: digits) }
    }

    func formatted(_ value: Double?, _ metric: Metric) -> String {
        guard let value else { return context.string("value.missing") }
        return format.value(value, unit: metric.unit, decimals: metric.decimals)
    }

    /// Values aligned to the metric's periods.
    func aligned(_ series: Metric.Series?, periods: [Dashboard.Period]) -> (values: [Double?], provisional: [Bool]) {
        guard let series else { return (periods.map { _ in nil }, periods.map { _ in false }) }
        var byPeriod: [Dashboard.Period: Metric.Point] = [:]
        for point in series.points { byPeriod[point.period] = point }
        return (periods.map { byPeriod[$0]?.value }, periods.map { byPeriod[$0]?.isProvisional ?? false })
    }

    /// The index of the start of the goal period on this metric's axis, for the baseline marker.
    func baseline(_ metric: Metric, periods: [Dashboard.Period]) -> LineChart.Baseline? {
        let start = context.model.settings.goalPeriodStart
        let target: Dashboard.Period
        switch metric.frequency {
        case .month: target = start
        case .quarter: target = Dashboard.Period(year: start.year, quarter: (start.part - 1) / 3 + 1)
        case .year: target = Dashboard.Period(year: start.year)
        }
        guard let index = periods.firstIndex(of: target) else { return nil }
        return LineChart.Baseline(periodIndex: index, label: context.string("chart.baseline",
                                                                          ["period": format.shortPeriod(target)]))
    }

    /// The source, update date and provenance of a chart's figures (``FigureProvenance``).
    func sourceLine(_ metric: Metric) -> String {
        context.string("chart.source", ["source": context.string(metric.source),
                                       "date": format.date(metric.updated),
                                       "provenance": FigureProvenance.sentence(metric, context: context)])
    }

    func subtitle(_ indicator: Indicator, selection: [String: String]) -> String {
        let title = context.texts(indicator.texts)?.value.shortTitle ?? indicator.id
        let metric = indicator.metric
        let breakdown = metric.label(for: selection, language: context.language)
        let frequency = context.string("frequency.\(metric.frequency.rawValue)")
        let unit = context.string("unit.\(metric.unit.rawValue)")
        return [title, breakdown, unit, frequency].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A sentence with the latest value, the change over a year and the national value.
    func summarySentence(_ metric: Metric, place: String, selection: [String: String]) -> String {
        let summary = metric.summary(for: place, selection: selection)
        guard let latest = summary.latest, let value = latest.value else {
            return context.string("summary.no-data", ["place": context.placeName(place)])
        }
        var sentence = context.string("summary.latest", [
            "place": context.placeName(place),
            "value": format.value(value, unit: metric.unit, decimals: metric.decimals),
            "period": format.period(latest.period),
        ])
        if let change = summary.change {
            sentence += " " + context.string("summary.change", [
                "change": format.change(change, unit: metric.unit, decimals: metric.decimals),
                "status": context.string("status.\(summary.status.rawValue)").lowercasedFirst,
            ])
        }
        if place != Metric.wholeCountry,
           let national = metric.series(for: Metric.wholeCountry, selection: selection)?
               .point(at: latest.period)?.value {
            sentence += " " + context.string("summary.national", [
                "value": format.value(national, unit: metric.unit, decimals: metric.decimals)])
        }
        return sentence
    }

    /// The message title of a chart about `place`: what happened, not what is drawn.
    func messageTitle(_ metric: Metric, place: String, selection: [String: String]) -> String {
        let summary = metric.summary(for: place, selection: selection)
        return context.string("chart.title.\(summary.status.rawValue)", ["place": context.placeName(place)])
    }

    func lineFigure(_ indicator: Indicator, places: [(place: String, role: LineChart.Role)],
                    selection: [String: String], id: String, headingLevel: Int = 3) -> PageFragment {
        let metric = indicator.metric
        let series = places.map { entry -> LineChart.Series in
            let (values, provisional) = aligned(metric.series(for: entry.place, selection: selection),
                                                periods: metric.periods)
            return LineChart.Series(label: context.placeName(entry.place), role: entry.role, values: values,
                                    provisional: provisional)
        }
        let subject = places.first?.place ?? Metric.wholeCountry
        let subtitle = subtitle(indicator, selection: selection)
        return exportedFigure(
            lineChart(metric, series: series), metric: metric, id: id,
            title: messageTitle(metric, place: subject, selection: selection), subtitle: subtitle,
            description: summarySentence(metric, place: subject, selection: selection), tableCaption: subtitle,
            headingLevel: headingLevel)
    }

    /// One line per breakdown category for one place (e.g. young / foreign-language / 55+).
    func breakdownFigure(_ indicator: Indicator, place: String, fixed: [String: String], varying: String,
                         id: String, headingLevel: Int = 3) -> PageFragment? {
        let metric = indicator.metric
        guard let breakdown = metric.breakdowns.first(where: { $0.id == varying }) else { return nil }
        let series = breakdown.categories.enumerated().map { index, category -> LineChart.Series in
            let selection = fixed.merging([varying: category.id]) { a, _ in a }
            let (values, provisional) = aligned(metric.series(for: place, selection: selection),
                                                periods: metric.periods)
            return LineChart.Series(label: context.string(category.name), role: .breakdown(index), values: values,
                                    provisional: provisional)
        }
        let fixedLabel = metric.label(for: fixed, language: context.language)
        let title = context.string("chart.title.breakdown", [
            "place": context.placeName(place), "breakdown": context.string(breakdown.name).lowercasedFirst,
        ])
        let sentences = breakdown.categories.map { category -> String in
            let selection = fixed.merging([varying: category.id]) { a, _ in a }
            let summary = metric.summary(for: place, selection: selection)
            return context.string(category.name) + ": " + formatted(summary.latest?.value, metric)
        }
        let description = context.placeName(place) + (fixedLabel.isEmpty ? "" : ", " + fixedLabel) + ". "
            + sentences.joined(separator: "; ") + "."
        return exportedFigure(
            lineChart(metric, series: series), metric: metric, id: id, title: title,
            subtitle: subtitle(indicator, selection: fixed), description: description, tableCaption: title,
            headingLevel: headingLevel)
    }

    private func lineChart(_ metric: Metric, series: [LineChart.Series]) -> LineChart {
        LineChart(
            periods: chartPeriods(metric), series: series, format: valueFormat(metric), decimals: metric.decimals,
            baseline: baseline(metric, periods: metric.periods), provisionalNote: context.string("chart.provisional"),
            noDataText: context.string("chart.no-data"))
    }

    /// The line chart's figure, with its data table newest first, and the chart as a standalone SVG file beside
    /// the page, linked from the figure (a download, and a permanent link to the figure's id on the page).
    private func exportedFigure(_ chart: LineChart, metric: Metric, id: String, title: String, subtitle: String,
                                description: String, tableCaption: String, headingLevel: Int) -> PageFragment {
        let ids = ChartIDs(id)
        let drawing = chart.svg(ids: ids, title: title, description: description)
        let file = ids.prefix + ".svg"
        let export = ChartExport.standalone(drawing, title: title, subtitle: subtitle, source: sourceLine(metric),
                                            css: context.resources.chartExportCSS)
        let links = [Figure.Link(text: context.string("chart.download-svg"), href: file, isDownload: true),
                     Figure.Link(text: context.string("chart.permalink"), href: "#" + ids.prefix)]
        let figure = Figure(
            ids: ids, title: title, subtitle: subtitle, description: description, summary: description,
            source: sourceLine(metric),
            table: chart.dataTable(
                caption: tableCaption, periodHeader: context.string("table.period"),
                missing: context.string("value.missing"), provisionalSuffix: context.string("table.provisional-suffix"),
                newestFirst: true),
            tableToggle: context.string("chart.show-table"), headingLevel: headingLevel, links: links)
        return PageFragment(figure.html(RenderedChart(kind: chart.kind, markup: drawing.html)),
                            attachments: [PageAttachment(path: context.directory + file, bytes: export.bytes)])
    }

    /// All areas ranked by their latest value, the current area highlighted, the country as reference.
    /// `excerpt`: show only the top and bottom and the highlighted area's neighbours, linking to the full
    /// ranking on the indicator page, so pages about one area do not grow with the number of areas.
    func rankingFigure(_ indicator: Indicator, selection: [String: String], highlight: String?, id: String,
                       headingLevel: Int = 3, excerpt: Int? = nil) -> HTML {
        let metric = indicator.metric
        guard let period = metric.latestPeriod else { return HTML() }
        let entries = context.model.areas.map { area in
            RankingChart.Entry(
                label: context.areaName(area),
                value: metric.series(for: area.id, selection: selection)?.value(at: period),
                href: context.href(.area(area.id)), isCurrent: area.id == highlight)
        }
        let national = metric.series(for: Metric.wholeCountry, selection: selection)?.value(at: period)
        let direction = metric.direction(for: selection)
        let chart = RankingChart(
            entries: entries, format: valueFormat(metric), decimals: metric.decimals,
            reference: national.map { RankingChart.Reference(value: $0, label: context.string("place.whole-country")) },
            order: direction == .down ? .ascending : .descending, missingText: context.string("value.missing"),
            excerpt: excerpt)
        let withValues = entries.filter { $0.value != nil }.count
        var description = context.string("ranking.description", [
            "count": String(withValues), "period": format.period(period),
            "order": context.string(direction == .down ? "ranking.order.ascending" : "ranking.order.descending"),
        ])
        if let highlight, let rank = chart.ranked().first(where: { $0.entry.isCurrent })?.rank {
            description += " " + context.string("ranking.current", [
                "place": context.placeName(highlight), "rank": String(rank), "count": String(withValues)])
        }
        if let national {
            description += " " + context.string("summary.national", [
                "value": format.value(national, unit: metric.unit, decimals: metric.decimals)])
        }
        let title = context.string("ranking.title", ["period": format.period(period)])
        // The list is text already; an excerpt gets a link to the whole ranking instead of a table.
        let isExcerpt = chart.visibleRows().count < entries.count
        let table = isExcerpt ? nil : chart.dataTable(
            caption: title, rankHeader: context.string("table.rank"), nameHeader: context.string("table.area"),
            valueHeader: context.string("table.value"))
        let links = isExcerpt
            ? [Figure.Link(text: context.string("ranking.full"),
                           href: context.href(.indicator(indicator.id)) + "#ind-ranking")]
            : []
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: subtitle(indicator, selection: selection),
            description: description, summary: description, source: sourceLine(metric), table: table,
            tableToggle: context.string("chart.show-table"), headingLevel: headingLevel, links: links)
        return figure.html(chart)
    }

    /// A small trend line with the latest value and change as text beside it.
    func sparkline(_ indicator: Indicator, place: String) -> HTML {
        let metric = indicator.metric
        let (values, provisional) = aligned(metric.headlineSeries(for: place), periods: metric.periods)
        let summary = metric.summary(for: place)
        let change = summary.change.map {
            context.string("card.change", ["change": format.change($0, unit: metric.unit, decimals: metric.decimals)])
        }
        return Sparkline(values: values, provisional: provisional)
            .html(value: formatted(summary.latest?.value, metric), change: change)
    }

    /// One small chart per area on a shared scale.
    func smallMultiples(_ indicator: Indicator, selection: [String: String], id: String) -> HTML {
        let metric = indicator.metric
        let periods = metric.periods
        let panels = context.model.areas.map { area -> SmallMultiples.Panel in
            let series = metric.series(for: area.id, selection: selection)
            let (values, provisional) = aligned(series, periods: periods)
            return SmallMultiples.Panel(
                title: context.areaName(area), href: context.href(.area(area.id)), values: values,
                provisional: provisional,
                description: summarySentence(metric, place: area.id, selection: selection))
        }
        let national = aligned(metric.series(for: Metric.wholeCountry, selection: selection), periods: periods).values
        let chart = SmallMultiples(
            periods: chartPeriods(metric), panels: panels,
            reference: SmallMultiples.Reference(label: context.string("place.whole-country"), values: national),
            format: valueFormat(metric), decimals: metric.decimals)
        let title = context.string("multiples.title", ["count": String(panels.count)])
        let description = context.string("multiples.description", ["count": String(panels.count)])
        // The same numbers as text: each area's first and latest value.
        let first = periods.first, last = metric.latestPeriod
        let table = DataTable(
            caption: title,
            columns: [context.string("table.area"), first.map(format.period) ?? "", last.map(format.period) ?? ""],
            rows: context.model.areas.map { area in
                let series = metric.series(for: area.id, selection: selection)
                return DataTable.Row(
                    header: .init(context.areaName(area), href: context.href(.area(area.id))),
                    cells: [first, last].map { period in
                        .init(formatted(period.flatMap { series?.value(at: $0) }, metric), isNumeric: true)
                    })
            })
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: subtitle(indicator, selection: selection),
            description: description, summary: "", source: sourceLine(metric), table: table,
            tableToggle: context.string("chart.show-table"))
        return figure.html(chart)
    }

    /// The tile-grid map of the areas coloured by value class (quintile-like classes over the areas).
    /// `listAreas`: with no indicator, also give the areas and their centres as a table (the area list page);
    /// the home page leaves it out, as each tile is already a labelled link, to keep the page light.
    func tileMap(_ indicator: Indicator?, selection: [String: String], highlight: String?, id: String,
                 headingLevel: Int = 3, listAreas: Bool = true) -> HTML {
        let areas = context.model.areas
        var classLabels: [String] = []
        var classOf: [String: Int] = [:]
        var valueText: [String: String] = [:]
        var title = context.string("tilemap.title.areas")
        var subtitleText = context.string("tilemap.subtitle.areas")
        var source = ""
        var table: DataTable?
        if let indicator, let period = indicator.metric.latestPeriod {
            let metric = indicator.metric
            let values = areas.compactMap { area in
                metric.series(for: area.id, selection: selection)?.value(at: period).map { (area.id, $0) }
            }
            let breaks = Self.classBreaks(values.map(\.1), classes: 4)
            for (areaID, value) in values {
                classOf[areaID] = breaks.firstIndex { value <= $0 } ?? max(0, breaks.count - 1)
                valueText[areaID] = format.value(value, unit: metric.unit, decimals: metric.decimals)
            }
            var lower = values.map(\.1).min() ?? 0
            let bound = valueFormat(metric)
            for upper in breaks {
                classLabels.append(bound(lower, metric.decimals) + "–" + bound(upper, metric.decimals))
                lower = upper
            }
            title = context.string("tilemap.title.indicator", ["period": format.period(period)])
            subtitleText = subtitle(indicator, selection: selection)
            source = sourceLine(metric)
            table = DataTable(
                caption: title, columns: [context.string("table.area"), context.string("table.value")],
                rows: areas.map { area in
                    DataTable.Row(header: .init(context.areaName(area), href: context.href(.area(area.id))),
                                  cells: [.init(valueText[area.id] ?? context.string("value.missing"),
                                                isNumeric: true)],
                                  isCurrent: area.id == highlight)
                })
        }
        if indicator == nil {
            // The overview map shows where the areas are, not values: one neutral class, not "no data".
            classLabels = [context.string("tilemap.area")]
            for area in areas { classOf[area.id] = 0 }
        }
        if indicator == nil && listAreas {
            table = DataTable(
                caption: title, columns: [context.string("table.area"), context.string("region.kind.elinvoimakeskus")],
                rows: areas.map { area in
                    DataTable.Row(header: .init(context.areaName(area), href: context.href(.area(area.id))),
                                  cells: [.init(context.model.region(area.elinvoimakeskusID)
                                                    .map { context.string($0.name) } ?? "")])
                })
        }
        let tiles = areas.map { area in
            TileMap.Tile(
                column: area.tile.column, row: area.tile.row,
                shortLabel: area.tileLabel.map { context.string($0) } ?? Self.shortLabel(context.areaName(area)),
                name: context.areaName(area), valueClass: classOf[area.id], valueText: valueText[area.id] ?? "",
                href: context.href(.area(area.id)), isCurrent: area.id == highlight)
        }
        let chart = TileMap(tiles: tiles, classLabels: classLabels, noDataLabel: context.string("tilemap.no-data"))
        let description = context.string("tilemap.description", ["count": String(areas.count)])
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: subtitleText, description: description, summary: description,
            source: source, table: table, tableToggle: context.string("chart.show-table"), headingLevel: headingLevel)
        return figure.html(chart)
    }

    /// Upper bounds of `classes` classes with roughly equal numbers of areas.
    static func classBreaks(_ values: [Double], classes: Int) -> [Double] {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return [] }
        var breaks: [Double] = []
        for index in 1...classes {
            let position = min(sorted.count - 1, (sorted.count * index + classes - 1) / classes - 1)
            if breaks.last != sorted[position] { breaks.append(sorted[position]) }
        }
        return breaks
    }

    /// A fallback tile label when the registry gives none: the initials of a compound name
    /// ("Etelä-Karjala" → "EK"), else the first three letters.
    static func shortLabel(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == "-" || $0 == " " })
        if parts.count > 1 { return String(parts.prefix(3).compactMap(\.first)) }
        return String(name.prefix(3))
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
