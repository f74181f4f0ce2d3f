import Charts
import Dashboard
import Markup

/// Turns metric data into the Charts module's plain values, with every text in the page language.
/// The Charts module knows nothing of the model; this is the only place where the two meet.
struct ChartFactory {
    let context: PageContext

    var format: Localisation { context.format }

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

    /// A point's value, or why it is missing ("salattu", "ei julkaistu"); "–" when there is no point at all.
    func formatted(_ point: Metric.Point?, _ metric: Metric) -> String {
        guard let point, let value = point.value else { return missingText(point) }
        return format.value(value, unit: metric.unit, decimals: metric.decimals)
    }

    /// Why a value is missing, in the page language: the reason the data gives, else "–".
    func missingText(_ point: Metric.Point?) -> String {
        guard let reason = point?.missing else { return context.string("value.missing") }
        return context.string("value.missing.\(reason.rawValue)")
    }

    /// Whether counts and shares must start at zero: a count, a percentage or a 0–100 score drawn from a
    /// cut axis exaggerates change. Days and ratios may be cut, and the chart then says so.
    func zeroBaseline(_ metric: Metric) -> ZeroBaseline {
        switch metric.unit {
        case .count, .percent, .score: .always
        case .days, .ratio: .automatic
        }
    }

    /// Values aligned to the metric's periods.
    func aligned(_ series: Metric.Series?, periods: [Dashboard.Period]) -> (values: [Double?], provisional: [Bool]) {
        let points = alignedPoints(series, periods: periods)
        return (points.map { $0?.value }, points.map { $0?.isProvisional ?? false })
    }

    func alignedPoints(_ series: Metric.Series?, periods: [Dashboard.Period]) -> [Metric.Point?] {
        guard let series else { return periods.map { _ in nil } }
        return periods.map { series.point(at: $0) }
    }

    /// A line of a chart, with the reasons of its missing values for the data table.
    func chartSeries(_ series: Metric.Series?, label: String, role: LineChart.Role,
                     periods: [Dashboard.Period]) -> LineChart.Series {
        let points = alignedPoints(series, periods: periods)
        return LineChart.Series(label: label, role: role, values: points.map { $0?.value },
                                provisional: points.map { $0?.isProvisional ?? false },
                                missingReasons: points.map { $0?.value == nil ? missingText($0) : nil })
    }

    /// Period indices where any of `series` has a break in series.
    func breaks(_ series: [Metric.Series?], periods: [Dashboard.Period]) -> [Int] {
        periods.indices.filter { index in
            series.contains { $0?.point(at: periods[index])?.flags.contains(.breakInSeries) == true }
        }
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

    /// Whether the figures are illustrative or real, for every exported chart. One place to change when
    /// metrics carry their own provenance.
    func provenanceLine(_ metric: Metric) -> String {
        context.string(context.model.settings.exampleData ? "chart.provenance.example" : "chart.provenance.real")
    }

    /// The periods the chart's data covers: "Tiedot ajalta 1/2024–9/2026."
    func dataPeriodLine(_ metric: Metric) -> String? {
        guard let first = metric.periods.first, let last = metric.periods.last else { return nil }
        return context.string("chart.data-period", ["first": format.period(first), "last": format.period(last)])
    }

    func sourceLine(_ metric: Metric) -> String {
        context.string("chart.source", ["source": context.string(metric.source),
                                       "date": format.date(metric.updated)])
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

    /// The files of a figure that another page exports already: the same chart drawn on two pages (an area's
    /// overview and its goal page, a goal page and the indicator page) links to one SVG and one pair of CSVs.
    struct SharedFiles {
        /// The page that writes the files.
        var route: Route
        /// The figure's id on that page, the files' base name (`ind-line` → `ind-line.svg`).
        var id: String
    }

    func lineFigure(_ indicator: Indicator, places: [(place: String, role: LineChart.Role)],
                    selection: [String: String], id: String, headingLevel: Int = 3,
                    sharedFiles: SharedFiles? = nil) -> PageFragment {
        let metric = indicator.metric
        let data = places.map { metric.series(for: $0.place, selection: selection) }
        let series = zip(places, data).map { entry, line in
            chartSeries(line, label: context.placeName(entry.place), role: entry.role, periods: metric.periods)
        }
        let subject = places.first?.place ?? Metric.wholeCountry
        let subtitle = subtitle(indicator, selection: selection)
        return exportedFigure(
            lineChart(metric, series: series, breaks: breaks(data, periods: metric.periods)), metric: metric, id: id,
            title: messageTitle(metric, place: subject, selection: selection), subtitle: subtitle,
            description: summarySentence(metric, place: subject, selection: selection), tableCaption: subtitle,
            headingLevel: headingLevel, sharedFiles: sharedFiles)
    }

    /// One line per breakdown category for one place (e.g. young / foreign-language / 55+).
    /// `sharedValues`: the values of the charts shown beside this one, so that they share one scale.
    func breakdownFigure(_ indicator: Indicator, place: String, fixed: [String: String], varying: String,
                         id: String, headingLevel: Int = 3, sharedValues: [Double] = [],
                         sharedFiles: SharedFiles? = nil) -> PageFragment? {
        let metric = indicator.metric
        guard let breakdown = metric.breakdowns.first(where: { $0.id == varying }) else { return nil }
        let data = breakdown.categories.map { category in
            metric.series(for: place, selection: fixed.merging([varying: category.id]) { a, _ in a })
        }
        let series = zip(breakdown.categories, data).enumerated().map { index, pair in
            chartSeries(pair.1, label: context.string(pair.0.name), role: .breakdown(index), periods: metric.periods)
        }
        let fixedLabel = metric.label(for: fixed, language: context.language)
        let title = context.string("chart.title.breakdown", [
            "place": context.placeName(place), "breakdown": context.string(breakdown.name).lowercasedFirst,
        ])
        let sentences = breakdown.categories.map { category -> String in
            let selection = fixed.merging([varying: category.id]) { a, _ in a }
            let summary = metric.summary(for: place, selection: selection)
            return context.string(category.name) + ": " + formatted(summary.latest, metric)
        }
        let description = context.placeName(place) + (fixedLabel.isEmpty ? "" : ", " + fixedLabel) + ". "
            + sentences.joined(separator: "; ") + "."
        let chart = lineChart(metric, series: series, breaks: breaks(data, periods: metric.periods),
                              sharedValues: sharedValues)
        return exportedFigure(
            chart, metric: metric, id: id, title: title,
            subtitle: subtitle(indicator, selection: fixed), description: description, tableCaption: title,
            headingLevel: headingLevel, sharedFiles: sharedFiles)
    }

    private func lineChart(_ metric: Metric, series: [LineChart.Series], breaks: [Int],
                           sharedValues: [Double] = []) -> LineChart {
        var chart = LineChart(
            periods: chartPeriods(metric), series: series, format: valueFormat(metric), decimals: metric.decimals,
            baseline: baseline(metric, periods: metric.periods), provisionalNote: context.string("chart.provisional"),
            noDataText: context.string("chart.no-data"), zero: zeroBaseline(metric), breaks: breaks,
            breakNote: context.string("chart.break"), sharedValues: sharedValues)
        chart.axisCutNote = axisCutSentence(chart, metric)
        return chart
    }

    /// "The vertical axis starts at 40, not at zero.", said in the chart's key and its summary; nil when the
    /// axis reaches zero.
    private func axisCutSentence(_ chart: LineChart, _ metric: Metric) -> String? {
        guard chart.isAxisCut else { return nil }
        let start = chart.valueAxis.lower > 0 ? chart.valueAxis.lower : chart.valueAxis.upper
        return context.string("chart.axis-cut", ["value": format.number(start, decimals: 0)])
    }

    /// The values a set of charts shows, for a scale they share.
    func values(_ indicator: Indicator, place: String, selections: [[String: String]]) -> [Double] {
        selections.flatMap { selection in
            indicator.metric.series(for: place, selection: selection)?.points.compactMap(\.value) ?? []
        }
    }

    /// The line chart's figure, with its data table newest first, linked to the chart as a standalone SVG file
    /// and to the two CSV files of its numbers (a download each, and a permanent link to the figure's id on the
    /// page). The files are written beside the page, or, with `sharedFiles`, are those another page writes.
    private func exportedFigure(_ chart: LineChart, metric: Metric, id: String, title: String, subtitle: String,
                                description: String, tableCaption: String, headingLevel: Int,
                                sharedFiles: SharedFiles?) -> PageFragment {
        let ids = ChartIDs(id)
        let summary = [description, chart.axisCutNote].compactMap { $0 }.joined(separator: " ")
        let drawing = chart.svg(ids: ids, title: title, description: summary)
        let base = sharedFiles.map { folderHref($0.route) + $0.id } ?? ids.prefix
        let links = [Figure.Link(text: context.string("chart.download-svg"), href: base + ".svg", isDownload: true),
                     Figure.Link(text: context.string("chart.download-csv"), href: base + ".csv", isDownload: true),
                     Figure.Link(text: context.string("chart.download-csv-excel"), href: base + "-excel.csv",
                                 isDownload: true),
                     Figure.Link(text: context.string("chart.permalink"), href: "#" + ids.prefix)]
        let figure = Figure(
            ids: ids, title: title, subtitle: subtitle, description: summary, summary: summary,
            source: sourceLine(metric),
            table: chart.dataTable(
                caption: tableCaption, periodHeader: context.string("table.period"),
                missing: context.string("value.missing"), provisionalSuffix: context.string("table.provisional-suffix"),
                breakSuffix: context.string("table.break-suffix"), newestFirst: true),
            tableToggle: context.string("chart.show-table"), headingLevel: headingLevel, links: links)
        let html = figure.html(RenderedChart(kind: chart.kind, markup: drawing.html))
        guard sharedFiles == nil else { return PageFragment(html) }
        let footer = [sourceLine(metric), dataPeriodLine(metric), provenanceLine(metric)].compactMap { $0 }
        let export = ChartExport.standalone(drawing, title: title, subtitle: subtitle, footer: footer,
                                            css: context.resources.chartExportCSS)
        let csv = chartCSV(chart, metric: metric)
        let path = context.directory + ids.prefix
        return PageFragment(html, attachments: [
            PageAttachment(path: path + ".svg", bytes: export.bytes),
            PageAttachment(path: path + ".csv", bytes: csv.tidy),
            PageAttachment(path: path + "-excel.csv", bytes: csv.spreadsheet),
        ])
    }

    /// A relative link to the folder of the page at `route`, ending in `/` (or empty for this page's own).
    private func folderHref(_ route: Route) -> String {
        let href = context.href(route)
        guard let slash = href.lastIndex(of: "/") else { return "" }
        return String(href[...slash])
    }

    /// Exactly what the chart draws, one row per period and line, oldest first.
    private func chartCSV(_ chart: LineChart, metric: Metric) -> ChartCSV {
        var rows: [ChartCSV.Row] = []
        for (index, period) in metric.periods.enumerated() {
            for line in chart.series {
                let value = line.values.indices.contains(index) ? line.values[index] : nil
                var notes: [String] = []
                if value == nil {
                    let reason = line.missingReasons.indices.contains(index) ? line.missingReasons[index] : nil
                    if let reason, reason != context.string("value.missing") { notes.append(reason) }
                } else {
                    if line.provisional.indices.contains(index) && line.provisional[index] {
                        notes.append(context.string("csv.provisional"))
                    }
                    if chart.breaks.contains(index) { notes.append(context.string("csv.break")) }
                }
                rows.append(ChartCSV.Row(period: period.description, place: line.label, value: value,
                                         note: notes.joined(separator: ", ")))
            }
        }
        return ChartCSV(header: ["csv.period", "csv.place", "csv.value", "csv.status"].map { context.string($0) },
                        decimals: metric.decimals, rows: rows)
    }

    /// All areas ranked by the published rule (`RankingRule`): rates as they are, counts per 10 000
    /// inhabitants with the count beside, provisional values marked, missing values with their reason.
    /// `highlights`: the page's own areas. `excerpt`: show only the top and bottom and the highlighted
    /// area's neighbours, linking to the full ranking on the indicator page, so pages about one area do not
    /// grow with the number of areas.
    func rankingFigure(_ indicator: Indicator, selection: [String: String], highlight: String?, id: String,
                       headingLevel: Int = 3, excerpt: Int? = nil, highlights: Set<String> = []) -> HTML {
        let metric = indicator.metric
        guard let period = metric.latestPeriod else { return HTML() }
        let model = context.model
        let scale = areaScale(metric)
        let rule = scale.rule
        let marked = highlights.union(highlight.map { [$0] } ?? [])
        let entries = model.areas.map { area -> RankingChart.Entry in
            let point = metric.series(for: area.id, selection: selection)?.point(at: period)
            let ranked = scale.value(point?.value, area: area.id)
            var notes: [String] = []
            if rule == .perPopulation, let count = point?.value {
                notes.append(format.value(count, unit: metric.unit, decimals: metric.decimals))
            }
            if point?.isProvisional == true, point?.value != nil { notes.append(context.string("ranking.provisional")) }
            return RankingChart.Entry(
                label: context.areaName(area), value: ranked, href: context.href(.area(area.id)),
                isCurrent: marked.contains(area.id), note: notes.isEmpty ? nil : notes.joined(separator: ", "),
                missingReason: point?.value == nil ? missingText(point) : nil)
        }
        let national = scale.national(
            metric.series(for: Metric.wholeCountry, selection: selection)?.point(at: period)?.value)
        let direction = metric.direction(for: selection)
        let rankFormat = scale.format
        var chart = RankingChart(
            entries: entries, format: rankFormat, decimals: scale.decimals,
            reference: national.map { RankingChart.Reference(value: $0, label: context.string("place.whole-country")) },
            order: direction == .down ? .ascending : .descending, missingText: context.string("value.missing"),
            excerpt: excerpt)
        chart.showsRanks = rule != .unranked
        let withValues = entries.filter { $0.value != nil }.count
        var description: String
        if rule == .unranked {
            description = context.string("ranking.description.unranked", [
                "count": String(withValues), "period": format.period(period)])
        } else {
            description = context.string("ranking.description", [
                "count": String(withValues), "period": format.period(period),
                "order": context.string(direction == .down ? "ranking.order.ascending" : "ranking.order.descending"),
            ])
        }
        if rule == .perPopulation { description += " " + context.string("ranking.description.per-population") }
        if let highlight, let rank = chart.ranked().first(where: { $0.entry.isCurrent })?.rank {
            description += " " + context.string("ranking.current", [
                "place": context.placeName(highlight), "rank": String(rank), "count": String(withValues)])
        }
        if let national {
            description += " " + context.string("summary.national", ["value": scale.text(national)])
        }
        if entries.contains(where: { $0.note?.contains(context.string("ranking.provisional")) == true }) {
            description += " " + context.string("ranking.description.provisional")
        }
        let title = context.string(rule == .unranked ? "ranking.title.unranked" : "ranking.title",
                                   ["period": format.period(period)])
        var subtitleText = subtitle(indicator, selection: selection)
        if rule == .perPopulation {
            subtitleText = context.string("ranking.per-population", [
                "unit": context.texts(indicator.texts)?.value.shortTitle ?? indicator.id,
                "date": model.populationDate.map(format.date) ?? ""])
        }
        // The list is text already, with every rank, name, value and note: a table would say it all again
        // (7 KB on an indicator page). An excerpt links to the whole ranking.
        let isExcerpt = chart.visibleRows().count < entries.count
        let links = isExcerpt
            ? [Figure.Link(text: context.string("ranking.full"),
                           href: context.href(.indicator(indicator.id)) + "#ind-ranking")]
            : []
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: subtitleText,
            description: description, summary: description, source: sourceLine(metric), table: nil,
            tableToggle: context.string("chart.show-table"), headingLevel: headingLevel, links: links)
        return figure.html(chart)
    }

    /// Ranks of `areaIDs` by the published rule, among all areas and among themselves; nil when unranked.
    func ranks(_ indicator: Indicator, areaIDs: [String]) -> [String: (country: Int?, group: Int?)] {
        let metric = indicator.metric
        guard let period = metric.latestPeriod else { return [:] }
        let model = context.model
        let rule = RankingRule.rule(for: metric, in: model)
        guard rule != .unranked else { return [:] }
        let order: RankingChart.Order = metric.direction(for: metric.headline) == .down ? .ascending : .descending
        func rankChart(_ ids: [String]) -> [String: Int] {
            let entries = ids.map { id in
                RankingChart.Entry(label: id, value: rule.rankedValue(
                    metric.headlineSeries(for: id)?.value(at: period), population: model.population(ofArea: id)))
            }
            let chart = RankingChart(entries: entries, format: { _, _ in "" }, decimals: 0, order: order,
                                     missingText: "")
            var result: [String: Int] = [:]
            for (rank, entry) in chart.ranked() { if let rank { result[entry.label] = rank } }
            return result
        }
        let country = rankChart(model.areas.map(\.id))
        let group = rankChart(areaIDs)
        return Dictionary(uniqueKeysWithValues: areaIDs.map { ($0, (country[$0], group[$0])) })
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

    /// One small chart per area on a shared scale, with the whole country behind each; counts per 10 000
    /// inhabitants, since on a scale that holds Helsinki's count most areas' lines lie flat on zero.
    func smallMultiples(_ indicator: Indicator, selection: [String: String], id: String) -> HTML {
        let metric = indicator.metric
        let periods = metric.periods
        let scale = areaScale(metric)
        let panels = context.model.areas.map { area -> SmallMultiples.Panel in
            let series = metric.series(for: area.id, selection: selection)
            let (values, provisional) = aligned(series, periods: periods)
            var description = summarySentence(metric, place: area.id, selection: selection)
            if scale.isPerPopulation, let latest = scale.value(metric.summary(for: area.id, selection: selection)
                .latest?.value, area: area.id) {
                description += " " + context.string("areas.per-inhabitants.value", ["value": scale.text(latest)])
            }
            return SmallMultiples.Panel(
                title: context.areaName(area), href: context.href(.area(area.id)),
                values: values.map { scale.value($0, area: area.id) }, provisional: provisional,
                description: description)
        }
        let national = aligned(metric.series(for: Metric.wholeCountry, selection: selection), periods: periods).values
        let reference = scale.comparesWithTheCountry
            ? SmallMultiples.Reference(label: context.string("place.whole-country"),
                                       values: national.map(scale.national))
            : nil
        let chart = SmallMultiples(
            periods: chartPeriods(metric), panels: panels, reference: reference, format: scale.format,
            decimals: scale.decimals, zero: zeroBaseline(metric))
        let title = context.string("multiples.title", ["count": String(panels.count)])
        let description = context.string("multiples.description", ["count": String(panels.count)])
        // The same numbers as text: each area's first and latest value (and count).
        let first = periods.first, last = metric.latestPeriod
        let table = DataTable(
            caption: title,
            columns: [context.string("table.area"), first.map(format.period) ?? "", last.map(format.period) ?? ""],
            rows: context.model.areas.map { area in
                let series = metric.series(for: area.id, selection: selection)
                return DataTable.Row(
                    header: .init(context.areaName(area), href: context.href(.area(area.id))),
                    cells: [first, last].map { period in
                        let point = period.flatMap { series?.point(at: $0) }
                        var text = formatted(point, metric)
                        if let value = scale.value(point?.value, area: area.id), scale.isPerPopulation {
                            text = scale.text(value) + " (\(text))"
                        }
                        return .init(text, isNumeric: true)
                    })
            })
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: areaSubtitle(indicator, selection: selection, scale: scale),
            description: description, summary: "", source: sourceLine(metric), table: table,
            tableToggle: context.string("chart.show-table"))
        return figure.html(chart)
    }

    /// The tile-grid map of the areas coloured by value class (quintile-like classes over the areas); with no
    /// indicator, the areas and their centres, also as a table (the area list page).
    func tileMap(_ indicator: Indicator?, selection: [String: String], highlight: String?, id: String,
                 headingLevel: Int = 3) -> HTML {
        let areas = context.model.areas
        var classLabels: [String] = []
        var classOf: [String: Int] = [:]
        var valueText: [String: String] = [:]
        var title = context.string("tilemap.title.areas")
        var subtitleText = context.string("tilemap.subtitle.areas")
        var source = ""
        var table: DataTable?
        if let indicator, let period = indicator.metric.latestPeriod {
            // Counts are mapped per 10 000 inhabitants: a map of raw counts only shows where people live.
            let metric = indicator.metric
            let scale = areaScale(metric)
            var cellText: [String: String] = [:]
            let values = areas.compactMap { area -> (String, Double)? in
                let point = metric.series(for: area.id, selection: selection)?.point(at: period)
                cellText[area.id] = formatted(point, metric)
                return scale.value(point?.value, area: area.id).map { (area.id, $0) }
            }
            (classOf, classLabels) = valueClasses(values, scale: scale)
            for (areaID, value) in values {
                valueText[areaID] = scale.text(value)
                if scale.isPerPopulation { cellText[areaID] = scale.text(value) + " (\(cellText[areaID] ?? ""))" }
            }
            title = context.string("tilemap.title.indicator", ["period": format.period(period)])
            subtitleText = areaSubtitle(indicator, selection: selection, scale: scale)
            source = sourceLine(metric)
            table = DataTable(
                caption: title, columns: [context.string("table.area"), context.string("table.value")],
                rows: areas.map { area in
                    DataTable.Row(header: .init(context.areaName(area), href: context.href(.area(area.id))),
                                  cells: [.init(cellText[area.id] ?? context.string("value.missing"), isNumeric: true)],
                                  isCurrent: area.id == highlight)
                })
        }
        if indicator == nil {
            // The overview map shows where the areas are, not values: one neutral class, not "no data".
            classLabels = [context.string("tilemap.area")]
            for area in areas { classOf[area.id] = 0 }
        }
        if indicator == nil {
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
        let legendTitle = indicator.map { indicator in
            context.string("tilemap.legend.\(indicator.metric.direction(for: selection).rawValue)")
        }
        let chart = TileMap(tiles: tiles, classLabels: classLabels, noDataLabel: context.string("tilemap.no-data"),
                            legendTitle: legendTitle)
        let description = context.string("tilemap.description", ["count": String(areas.count)])
        let figure = Figure(
            ids: ChartIDs(id), title: title, subtitle: subtitleText, description: description, summary: description,
            source: source, table: table, tableToggle: context.string("chart.show-table"), headingLevel: headingLevel)
        return figure.html(chart)
    }

    /// A small map of the areas shaded by an indicator's latest headline values in four classes, for the home
    /// page's goal cards; the values themselves are on the indicator page it links to.
    /// `patterns`: the ids given to `TileChoropleth.patterns(ids:)` on the page.
    func choropleth(_ indicator: Indicator, id: String, patterns: ChartIDs? = nil) -> HTML {
        let metric = indicator.metric
        guard let period = metric.latestPeriod else { return HTML() }
        let areas = context.model.areas
        let scale = areaScale(metric)
        let values = areas.compactMap { area in
            scale.value(metric.headlineSeries(for: area.id)?.value(at: period), area: area.id).map { (area.id, $0) }
        }
        let (classOf, labels) = valueClasses(values, scale: scale)
        let chart = TileChoropleth(
            tiles: areas.map {
                TileChoropleth.Tile(column: $0.tile.column, row: $0.tile.row, valueClass: classOf[$0.id])
            },
            classLabels: labels, noDataLabel: context.string("tilemap.no-data"),
            legendTitle: context.string("choropleth.legend.\(metric.direction(for: metric.headline).rawValue)"),
            sharedPatterns: patterns)
        var name = context.texts(indicator.texts)?.value.shortTitle ?? indicator.id
        if scale.isPerPopulation { name = context.string("areas.per-inhabitants", ["unit": name]) }
        let title = context.string("choropleth.title", ["indicator": name, "period": format.period(period)])
        let description = context.string("choropleth.description", [
            "count": String(areas.count), "classes": String(labels.count)])
        let ids = ChartIDs(id)
        var html: HTML = "<div class=\"headline-map\" id=\"\(ids.prefix)\">"
        html += "<p class=\"headline-map__title\" id=\"\(ids.title)\">\(title)</p>"
        html += chart.html(ids: ids, title: title, description: description)
        html += "<p class=\"headline-map__more\"><a href=\"\(context.href(.indicator(indicator.id)))#ind-tilemap\">"
            + "\(context.string("choropleth.link"))</a></p></div>\n"
        return html
    }

    /// The areas' values in four classes of roughly equal size, and the legend label of each: from the class's
    /// smallest to its largest value ("7,8–11,8 %", "11,9–12,9 %"), so that no bound reads as in two classes.
    func valueClasses(_ values: [(String, Double)], scale: AreaScale) -> (classOf: [String: Int], labels: [String]) {
        let breaks = Self.classBreaks(values.map(\.1), classes: 4)
        var classOf: [String: Int] = [:]
        var members = Array(repeating: [Double](), count: breaks.count)
        for (areaID, value) in values {
            let index = breaks.firstIndex { value <= $0 } ?? max(0, breaks.count - 1)
            classOf[areaID] = index
            members[index].append(value)
        }
        let labels = zip(breaks, members).map { upper, values -> String in
            let lower = format.number(values.min() ?? upper, decimals: scale.decimals)
            let upperNumber = format.number(upper, decimals: scale.decimals)
            let upperValue = scale.text(upper)
            return lower == upperNumber ? upperValue : lower + "–" + upperValue
        }
        return (classOf, labels)
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
