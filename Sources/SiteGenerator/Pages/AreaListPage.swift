import Dashboard

/// All areas: the tile map, then a list grouped by region (elinvoimakeskus), with the registry's coverage.
struct AreaListPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        let municipalityCount = model.municipalities.filter { !$0.aland && $0.mergedInto == nil }.count
        let covered = Set(model.areas.flatMap(\.memberCodes)).count
        var body = "<p class=\"lead\">" + HTML.escape(context.plain("areas.lead", [
            "count": String(model.areas.count), "covered": String(covered), "municipalities": String(municipalityCount),
        ])) + "</p>\n"
        body += factory.tileMap(nil, selection: [:], highlight: nil, id: "areas-tilemap", headingLevel: 2)
        for region in model.regions where region.kind == .elinvoimakeskus {
            let areas = model.areas.filter { $0.elinvoimakeskusID == region.id }
                .sorted { context.areaName($0) < context.areaName($1) }
            guard !areas.isEmpty else { continue }
            body += "<h2>" + Components.link(context.plainText(region.name), href: context.href(.region(region.id))) + "</h2>\n"
            body += "<ul class=\"area-list\">\n"
            for area in areas {
                body += "<li>" + Components.link(context.areaName(area), href: context.href(.area(area.id)))
                    + " <span class=\"meta\">" + HTML.escape(context.plain("areas.member-count", [
                        "count": String(area.memberCodes.count)])) + "</span></li>\n"
            }
            body += "</ul>\n"
        }
        return PageContent(title: context.strings["nav.areas"], description: context.plain("areas.lead", [
            "count": String(model.areas.count), "covered": String(covered), "municipalities": String(municipalityCount),
        ]), breadcrumbs: [(context.strings["nav.home"], .home)], body: body)
    }
}
