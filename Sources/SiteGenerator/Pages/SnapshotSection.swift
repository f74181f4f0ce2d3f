import Dashboard
import Markup

/// The current situation (tilannekuva) that the home page and every area page lead with: real statistics of the
/// latest month, where each area stands on the lead share (never on a raw count), with its region and the whole
/// country, and the area's counts put in proportion to its population. Every figure carries its provenance.
///
/// The section follows from the context indicators: the *lead* is the first one in order that is not a count
/// (the unemployed jobseekers' share of the labour force); counts whose `rate` is the lead are shown beside it;
/// the other counts are shown with their own rate (per 1 000 inhabitants) for the area and the whole country.
struct SnapshotSection {
    let context: PageContext

    /// The id of the section's heading, which links may point at.
    static let anchor = "snapshot"

    private var model: DashboardModel { context.model }

    /// The first context indicator that is not a count: what areas are ranked on.
    static func lead(in model: DashboardModel) -> Indicator? {
        model.contextIndicators.first { $0.metric.unit != .count }
    }

    /// The period the section shows: the lead's latest.
    static func period(in model: DashboardModel) -> Period? {
        lead(in: model)?.metric.latestPeriod
    }

    /// Counts shown beside the lead (their rate is the lead).
    private func countsOfLead(_ lead: Indicator) -> [Indicator] {
        model.contextIndicators.filter { $0.metric.unit == .count && $0.rateID == lead.id }
    }

    /// Counts shown with their own rate.
    private func otherCounts(_ lead: Indicator) -> [Indicator] {
        model.contextIndicators.filter { $0.metric.unit == .count && $0.rateID != lead.id }
    }

    // MARK: Home page

    /// The whole country's lead figures, the best and worst areas on the lead share against the whole country
    /// (linking to the whole ranking), and a link to the rest, the regions among it. Kept short: the home page has
    /// a weight budget.
    func home() -> HTML {
        guard let lead = Self.lead(in: model), let period = Self.period(in: model) else { return HTML() }
        let factory = ChartFactory(context: context)
        var html = heading(period)
        html += "<p>\(context.text("snapshot.intro"))</p>\n"
        let shown = [lead] + countsOfLead(lead)
        html += Components.facts(shown.map { indicator in
            (name(indicator), "\(value(indicator, place: Metric.wholeCountry, period: period))")
        }) + notes(shown)
        html += factory.rankingFigure(lead, selection: lead.metric.headline, highlight: nil,
                                      id: "home-snapshot-ranking", headingLevel: 3, excerpt: 3)
        html += "<p><a href=\"\(context.href(.snapshot))\">\(context.text("snapshot.more"))</a></p>\n"
        return html + "</section>\n"
    }

    // MARK: Area page

    /// The area on the lead share with its rank among the areas, its region and the whole country; then its
    /// other counts with their rate beside the whole country's.
    func area(_ area: Area) -> HTML {
        guard let lead = Self.lead(in: model), let period = Self.period(in: model) else { return HTML() }
        var html = heading(period)
        if let rank = Self.rank(of: area.id, on: lead, period: period, in: model) {
            let sentence = context.string("snapshot.rank.\(Self.order(lead).rawValue)", [
                "indicator": context.texts(lead.texts)?.value.title ?? lead.id, "area": context.areaName(area),
                "rank": String(rank.rank), "count": String(rank.count)])
            html += "<p>\(sentence)</p>\n"
        }
        let columns = [lead] + countsOfLead(lead)
        var places = [area.id]
        if model.region(area.elinvoimakeskusID) != nil { places.append(area.elinvoimakeskusID) }
        places.append(Metric.wholeCountry)
        html += Table(
            caption: context.string("snapshot.area", [
                "area": context.areaName(area), "period": context.format.period(period)]),
            columns: [.init(context.text("table.place"))] + columns.map(header),
            rows: places.map { place in
                Table.Row(header: .init(placeLink(place)), cells: columns.map { indicator in
                    .init(text: value(indicator, place: place, period: period), isNumeric: true)
                })
            }
        ).html + notes(columns)
        let counts = otherCounts(lead)
        if !counts.isEmpty {
            let rated = counts.compactMap { count in count.rateID.flatMap(model.indicator) }
            html += Table(
                caption: context.string("snapshot.area-counts", [
                    "area": context.areaName(area), "period": context.format.period(period)]),
                columns: [
                    .init(context.text("table.indicator")),
                    .init(context.text("snapshot.count"), isNumeric: true),
                    .init(text: context.string("snapshot.rate", ["place": context.areaName(area)]), isNumeric: true),
                    .init(text: context.string("snapshot.rate", ["place": context.string("place.whole-country")]),
                          isNumeric: true),
                ],
                rows: counts.map { count in
                    let rate = count.rateID.flatMap(model.indicator)
                    return Table.Row(header: .init(name(count)), cells: [
                        .init(text: value(count, place: area.id, period: period), isNumeric: true),
                        .init(text: rate.map { value($0, place: area.id, period: period) }
                                ?? context.string("value.missing"), isNumeric: true),
                        .init(text: rate.map { value($0, place: Metric.wholeCountry, period: period) }
                                ?? context.string("value.missing"), isNumeric: true),
                    ])
                }
            ).html + notes(counts + rated)
        }
        html += "<p><a href=\"\(context.href(.snapshot))\">\(context.text("snapshot.more"))</a></p>\n"
        return html + "</section>\n"
    }

    // MARK: Shared pieces

    private func heading(_ period: Period) -> HTML {
        "<section class=\"snapshot\" aria-labelledby=\"\(Self.anchor)\">\n<h2 id=\"\(Self.anchor)\">"
            + "\(context.string("snapshot.heading", ["period": context.format.period(period)]))</h2>\n"
    }

    /// The indicator's short title, linked to its page.
    func name(_ indicator: Indicator) -> HTML {
        guard let (text, language) = context.texts(indicator.texts) else { return "\(indicator.id)" }
        return Components.link(text.shortTitle, href: context.href(.indicator(indicator.id)),
                               lang: context.langAttribute(language))
    }

    /// A column header: the indicator's short title, in its language.
    func header(_ indicator: Indicator) -> Table.Cell {
        let text = context.texts(indicator.texts)
        return .init(text: text?.value.shortTitle ?? indicator.id, isNumeric: true,
                     language: text.map(\.language).flatMap { $0 == context.language ? nil : $0 })
    }

    /// A place's name, linked to its page when it has one.
    func placeLink(_ place: String) -> HTML {
        let name = context.placeName(place)
        if model.area(place) != nil { return Components.link(name, href: context.href(.area(place))) }
        if model.region(place) != nil { return Components.link(name, href: context.href(.region(place))) }
        return "\(name)"
    }

    /// The figure of the period, or why it is missing.
    func value(_ indicator: Indicator, place: String, period: Period) -> String {
        let series = indicator.metric.series(for: place, selection: indicator.metric.headline)
        return ChartFactory(context: context).formatted(series?.point(at: period), indicator.metric)
    }

    /// The provenance of the figures of a table, in one note.
    func notes(_ indicators: [Indicator]) -> HTML {
        FigureProvenance.note(indicators.map(\.metric), context: context)
    }

    /// Best first: the smallest value first when smaller is better, else the largest.
    enum Order: String {
        case ascending, descending
    }

    static func order(_ indicator: Indicator) -> Order {
        indicator.metric.betterDirection == .down ? .ascending : .descending
    }

    /// The employment areas with a value in `period`, best first, with their rank (equal values share one).
    static func ranking(on indicator: Indicator, period: Period,
                        in model: DashboardModel) -> [(rank: Int, area: Area, value: Double)] {
        let metric = indicator.metric
        let ascending = order(indicator) == .ascending
        let valued = model.areas.enumerated().compactMap { index, area -> (Int, Area, Double)? in
            metric.series(for: area.id, selection: metric.headline)?.value(at: period).map { (index, area, $0) }
        }.sorted { a, b in
            if a.2 != b.2 { return ascending ? a.2 < b.2 : a.2 > b.2 }
            return a.0 < b.0
        }
        var result: [(rank: Int, area: Area, value: Double)] = []
        for (index, entry) in valued.enumerated() {
            let rank = index > 0 && valued[index - 1].2 == entry.2 ? result[index - 1].rank : index + 1
            result.append((rank, entry.1, entry.2))
        }
        return result
    }

    /// An area's rank and the number of areas ranked.
    static func rank(of areaID: String, on indicator: Indicator, period: Period,
                     in model: DashboardModel) -> (rank: Int, count: Int)? {
        let ranking = ranking(on: indicator, period: period, in: model)
        return ranking.first { $0.area.id == areaID }.map { ($0.rank, ranking.count) }
    }
}
