import Dashboard
import Markup

/// The current situation (tilannekuva): every context indicator for the latest month, with the employment areas
/// ranked on the lead share, the regions and the whole country, and the areas' counts per inhabitant. The
/// indicators' own pages have the charts; this page is the overview, in tables.
struct SnapshotPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let section = SnapshotSection(context: context)
        let indicators = model.contextIndicators
        let lead = SnapshotSection.lead(in: model)
        var body: HTML = "<p class=\"lead\">\(context.text("snapshot.lead"))</p>\n"
        if let lead { body += "<p>\(FigureProvenance.details(lead.metric, context: context))</p>\n" }

        // Each indicator, and beside a count the rate it is compared on (the lead share is listed on its own).
        let rateIDs = Set(indicators.compactMap(\.rateID)).subtracting([lead?.id ?? ""])
        body += "<h2>\(context.text("snapshot.indicators"))</h2>\n<ul class=\"link-list\">\n"
        for indicator in indicators where !rateIDs.contains(indicator.id) {
            body += "<li>\(section.name(indicator))"
            if let rateID = indicator.rateID, rateIDs.contains(rateID), let rate = model.indicator(rateID) {
                body += " (\(section.name(rate)))"
            }
            body += "</li>\n"
        }
        body += "</ul>\n"
        if let lead, let period = SnapshotSection.period(in: model) {
            body += tables(lead: lead, period: period, section: section)
        }
        body += Downloads.forIndicators(indicators, context: context)
        return PageContent(title: context.string("snapshot.title"), description: context.string("snapshot.description"),
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body))
    }

    private func tables(lead: Indicator, period: Period, section: SnapshotSection) -> HTML {
        let model = context.model
        let indicators = model.contextIndicators
        let periodText = context.format.period(period)
        let besideLead = [lead] + indicators.filter { $0.metric.unit == .count && $0.rateID == lead.id }
        func cells(_ columns: [Indicator], place: String) -> [Table.Cell] {
            columns.map { .init(text: section.value($0, place: place, period: period), isNumeric: true) }
        }

        // The areas ranked on the lead, with the counts beside it and their region; areas without a value last.
        var html: HTML = "<h2>\(context.text("snapshot.areas"))</h2>\n"
        let ranking = SnapshotSection.ranking(on: lead, period: period, in: model)
        let ranked = Set(ranking.map(\.area.id))
        let rows = ranking.map { (rank: $0.rank as Int?, area: $0.area) }
            + model.areas.filter { !ranked.contains($0.id) }.map { (rank: nil as Int?, area: $0) }
        html += Table(
            caption: context.string("snapshot.ranking", [
                "indicator": context.texts(lead.texts)?.value.shortTitle ?? lead.id, "period": periodText]),
            columns: [.init(context.text("table.area")), .init(context.text("table.rank"), isNumeric: true)]
                + besideLead.map(section.header) + [.init(context.text("region.kind.elinvoimakeskus"))],
            rows: rows.map { row in
                let region = model.region(row.area.elinvoimakeskusID).map { section.placeLink($0.id) } ?? HTML()
                let rank = row.rank.map(String.init) ?? context.string("value.missing")
                return Table.Row(
                    header: .init(section.placeLink(row.area.id)),
                    cells: [.init(text: rank, isNumeric: true)] + cells(besideLead, place: row.area.id)
                        + [.init(region)])
            }
        ).html
        html += "<p class=\"table-note\">\(context.text("snapshot.order.\(SnapshotSection.order(lead).rawValue)"))"
            + "</p>\n" + section.notes(besideLead)

        // The regions and the whole country on every indicator: the table's own rows, in registry order.
        html += "<h2>\(context.text("snapshot.regions.heading"))</h2>\n"
        let counts = indicators.filter { $0.metric.unit == .count }
        let places = model.regions.filter { $0.kind == .elinvoimakeskus }.map(\.id) + [Metric.wholeCountry]
        html += Table(
            caption: context.string("snapshot.regions", ["period": periodText]),
            columns: [.init(context.text("table.place"))] + ([lead] + counts).map(section.header),
            rows: places.map { place in
                Table.Row(header: .init(section.placeLink(place)), cells: cells([lead] + counts, place: place))
            }, className: "data-table data-table--wide"
        ).html + section.notes([lead] + counts)

        // The areas' other counts in proportion to their population, which is what can be compared.
        let rates = counts.filter { $0.rateID != lead.id }.compactMap { $0.rateID.flatMap(model.indicator) }
        guard !rates.isEmpty else { return html }
        html += "<h2>\(context.text("snapshot.rates.heading"))</h2>\n"
        html += Table(
            caption: context.string("snapshot.rates", ["period": periodText]),
            columns: [.init(context.text("table.area"))] + rates.map(section.header),
            rows: ([Metric.wholeCountry] + model.areas.map(\.id)).map { place in
                Table.Row(header: .init(section.placeLink(place)), cells: cells(rates, place: place))
            }, className: "data-table data-table--wide"
        ).html
        return html + "<p class=\"table-note\">\(context.text("snapshot.rates.note"))</p>\n" + section.notes(rates)
    }
}
