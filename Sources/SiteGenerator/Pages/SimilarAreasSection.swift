import Dashboard
import Markup

/// An area's five statistical neighbours (``SimilarAreas``, computed once per build in ``SiteResources``), with
/// the figures they were found on side by side: the area, its neighbours, its region and the whole country.
struct SimilarAreasSection {
    let context: PageContext

    /// The id of the section's heading, which links may point at.
    static let anchor = "similar-areas"

    /// The section, or nothing when the area has no neighbours (no figures to compare on).
    func area(_ area: Area) -> HTML {
        let model = context.model
        let similar = context.resources.similarAreas
        let neighbours = similar.neighbours(of: area.id)
        let indicators = similar.features.compactMap { model.indicator($0.id) }
        guard !neighbours.isEmpty, !indicators.isEmpty else { return HTML() }
        let snapshot = SnapshotSection(context: context)
        var html: HTML = "<section class=\"similar-areas\" aria-labelledby=\"\(Self.anchor)\">\n"
        html += "<h2 id=\"\(Self.anchor)\">\(context.text("similar.heading"))</h2>\n"
        html += "<p>\(context.text("similar.intro")) "
            + "<a href=\"\(context.href(SpecialPage.methods.route))\">\(context.text("similar.method"))</a></p>\n"
        var places = [area.id] + neighbours.map(\.id)
        if model.region(area.elinvoimakeskusID) != nil { places.append(area.elinvoimakeskusID) }
        places.append(Metric.wholeCountry)
        // Stacked on phones, each value under its indicator's name: four columns do not fit 320 px side by side.
        let labels = indicators.map { context.texts($0.texts)?.value.shortTitle ?? $0.id }
        html += Table(
            caption: context.string("similar.table", ["area": context.areaName(area)]),
            columns: [.init(context.text("table.place"))] + indicators.map(snapshot.header),
            rows: places.map { place in
                let cells = zip(indicators, labels).map { indicator, label -> Table.Cell in
                    let period = indicator.metric.latestPeriod
                    return .init(text: period.map { snapshot.value(indicator, place: place, period: $0) }
                                     ?? context.string("value.missing"), isNumeric: true, label: label)
                }
                return Table.Row(header: .init(snapshot.placeLink(place)), cells: cells, isCurrent: place == area.id)
            },
            className: "data-table data-table--stack"
        ).html + snapshot.notes(indicators)
        return html + "</section>\n"
    }
}
