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
        let rows = (areas.map(\.id) + [region.id, Metric.wholeCountry]).map { place -> PageTable.Row in
            let name = context.placeName(place)
            let header = model.area(place) != nil ? Components.link(name, href: context.href(.area(place))) : "\(name)"
            return PageTable.Row(header: .init(header), cells: indicators.map { indicator in
                let summary = indicator.metric.summary(for: place)
                let status = summary.latest == nil
                    ? HTML() : "<br>" + Components.status(summary.status, context: context)
                return .init("\(factory.formatted(summary.latest?.value, indicator.metric))\(status)", isNumeric: true)
            })
        }
        body += PageTable(
            caption: context.string("region.table", ["region": context.string(region.name)]),
            columns: [.init(context.text("table.area"))] + indicators.map { indicator in
                .init(text: context.texts(indicator.texts)?.value.shortTitle ?? indicator.id, isNumeric: true)
            },
            rows: rows
        ).html
        if let first = indicators.first {
            body += factory.rankingFigure(first, selection: first.metric.headline, highlight: nil,
                                          id: "region-ranking", headingLevel: 2)
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
