import Dashboard
import Markup

/// A regional centre (ELY centre or elinvoimakeskus): its areas side by side on every headline figure.
struct RegionPage {
    let context: PageContext
    let region: Region

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        let areas = model.areas(inRegion: region.id).sorted { context.areaName($0) < context.areaName($1) }
        let maakunnat = region.maakunnat.map(context.maakunta).joined(separator: ", ")
        var facts: [(label: HTML, value: HTML)] = [
            (context.text("region.kind"), context.text("region.kind.\(region.kind.rawValue)")),
            (context.text("region.maakunnat"), region.maakunnatSourced
                ? "\(maakunnat)" : "\(maakunnat) <span class=\"note\">\(context.text("region.derived"))</span>"),
        ]
        if let from = region.validFrom {
            let to = region.validTo.map(context.format.date) ?? ""
            facts.append((context.text("region.valid"), "\(context.format.date(from)) – \(to)"))
        }
        var body = Components.facts(facts)
        body += DiscussionsPage.section(model.discussions(ofRegion: region.id),
                                        heading: context.string("discussions.of-region"), context: context)
        body += "<h2>\(context.string("region.areas", ["count": String(areas.count)]))</h2>\n"
        guard !areas.isEmpty else {
            return page(body + "<p>\(context.text("region.no-areas"))</p>\n")
        }
        let indicators = model.indicators.filter(\.headline)
        // A centre without figures of its own (the ELY centres of 2025: data is published for the
        // elinvoimakeskus) gets no row of dashes; its areas and the country are compared all the same.
        let regionHasData = indicators.contains { $0.metric.headlineSeries(for: region.id) != nil }
        let places = areas.map(\.id) + (regionHasData ? [region.id] : []) + [Metric.wholeCountry]
        let ranks = indicators.map { factory.ranks($0, areaIDs: areas.map(\.id)) }
        let rows = places.map { place -> PageTable.Row in
            let name = context.placeName(place)
            let header = model.area(place) != nil ? Components.link(name, href: context.href(.area(place))) : "\(name)"
            return PageTable.Row(header: .init(header), cells: zip(indicators, ranks).map { indicator, ranks in
                let summary = indicator.metric.summary(for: place)
                var cell: HTML = "\(factory.formatted(summary.latest, indicator.metric))"
                if summary.latest == nil {
                    cell = "\(factory.missingText(indicator.metric.headlineSeries(for: place)?.points.last))"
                }
                if let rank = ranks[place] {
                    let inRegion = rank.group.map { "\(context.string("region.ranking.in-region")) \($0)/\(areas.count)" }
                    let inCountry = rank.country.map {
                        "\(context.string("region.ranking.in-country")) \($0)/\(model.areas.count)"
                    }
                    for text in [inRegion, inCountry].compactMap({ $0 }) {
                        cell += "<br><span class=\"rank\">\(text)</span>"
                    }
                }
                if summary.latest != nil { cell += "<br>" + Components.status(summary, context: context) }
                let title = context.texts(indicator.texts)?.value.shortTitle ?? indicator.id
                return .init(cell, isNumeric: true, label: title)
            })
        }
        body += PageTable(
            caption: context.string("region.table", ["region": context.string(region.name)]),
            columns: [.init(context.text("table.area"))] + indicators.map { indicator in
                .init(text: context.texts(indicator.texts)?.value.shortTitle ?? indicator.id, isNumeric: true)
            },
            rows: rows, modifier: "data-table--stack"
        ).html
        body += "<h2>\(context.string("region.ranking", ["region": context.string(region.name)]))</h2>\n"
        for (index, indicator) in indicators.enumerated() {
            body += factory.rankingFigure(indicator, selection: indicator.metric.headline, highlight: nil,
                                          id: "region-ranking-\(index + 1)", headingLevel: 3,
                                          highlights: Set(areas.map(\.id)))
        }
        return page(body)
    }

    private func page(_ body: HTML) -> PageContent {
        PageContent(title: context.string(region.name),
                    description: context.string("region.description", ["region": context.string(region.name)]),
                    breadcrumbs: [(context.string("nav.home"), .home), (context.string("nav.areas"), .areaList)],
                    body: PageFragment(body))
    }
}
