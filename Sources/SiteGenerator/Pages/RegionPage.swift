import Dashboard

/// A regional centre (ELY centre or elinvoimakeskus): its areas side by side on every headline figure.
struct RegionPage {
    let context: PageContext
    let region: Region

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        let areas = model.areas(inRegion: region.id).sorted { context.areaName($0) < context.areaName($1) }
        var facts: [(String, String)] = [
            (context.t("region.kind"), context.t("region.kind.\(region.kind.rawValue)")),
            (context.t("region.maakunnat"), HTML.escape(region.maakunnat.map(context.maakunta).joined(separator: ", "))
                + (region.maakunnatSourced ? "" : " <span class=\"note\">\(context.t("region.derived"))</span>")),
        ]
        if let from = region.validFrom {
            facts.append((context.t("region.valid"), context.format.date(from) + " – "
                          + (region.validTo.map(context.format.date) ?? "")))
        }
        var body = Components.facts(facts)
        body += "<h2>" + HTML.escape(context.plain("region.areas", ["count": String(areas.count)])) + "</h2>\n"
        guard !areas.isEmpty else {
            return page(body + "<p>\(context.t("region.no-areas"))</p>\n")
        }
        let caption = context.plain("region.table", ["region": context.plainText(region.name)])
        body += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(caption))\">"
            + "<table class=\"data-table\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr><th scope=\"col\">"
            + context.t("table.area") + "</th>"
        let indicators = model.indicators.filter(\.headline)
        for indicator in indicators {
            let title = context.texts(indicator.texts)?.value.shortTitle ?? indicator.id
            body += "<th scope=\"col\" class=\"num\">\(HTML.escape(title))</th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        for place in areas.map(\.id) + [region.id, Metric.wholeCountry] {
            let name = context.placeName(place)
            let header = model.area(place) != nil ? Components.link(name, href: context.href(.area(place))) : HTML.escape(name)
            body += "<tr><th scope=\"row\">\(header)</th>"
            for indicator in indicators {
                let summary = indicator.metric.summary(for: place)
                body += "<td class=\"num\">\(HTML.escape(factory.formatted(summary.latest?.value, indicator.metric)))"
                    + (summary.latest == nil ? "" : "<br>" + Components.status(summary.status, context: context)) + "</td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody>\n</table></div>\n"
        if let first = indicators.first {
            body += factory.rankingFigure(first, selection: first.metric.headline, highlight: nil,
                                          id: "region-ranking", headingLevel: 2)
        }
        return page(body)
    }

    private func page(_ body: String) -> PageContent {
        PageContent(title: context.plainText(region.name),
                    description: context.plain("region.description", ["region": context.plainText(region.name)]),
                    breadcrumbs: [(context.strings["nav.home"], .home), (context.strings["nav.areas"], .areaList)],
                    body: body)
    }
}
