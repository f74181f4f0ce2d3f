import Dashboard
import Markup

/// All areas: the tile map, then a list grouped by region (elinvoimakeskus), with the registry's coverage.
struct AreaListPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        let municipalityCount = model.municipalities.filter { !$0.aland && $0.mergedInto == nil }.count
        let covered = Set(model.areas.flatMap(\.memberCodes)).count
        let lead = context.string("areas.lead", [
            "count": String(model.areas.count), "covered": String(covered), "municipalities": String(municipalityCount),
        ])
        var body: HTML = "<p class=\"lead\">\(lead)</p>\n"
        body += factory.tileMap(nil, selection: [:], highlight: nil, id: "areas-tilemap", headingLevel: 2)
        for region in model.regions where region.kind == .elinvoimakeskus {
            let areas = model.areas.filter { $0.elinvoimakeskusID == region.id }
                .sorted { context.areaName($0) < context.areaName($1) }
            guard !areas.isEmpty else { continue }
            let regionLink = Components.link(context.string(region.name), href: context.href(.region(region.id)))
            body += "<h2>\(regionLink)</h2>\n"
            body += "<ul class=\"area-list\">\n"
            for area in areas {
                let members = context.string("areas.member-count", ["count": String(area.memberCodes.count)])
                body += "<li>" + Components.link(context.areaName(area), href: context.href(.area(area.id)))
                    + " <span class=\"meta\">\(members)</span></li>\n"
            }
            body += "</ul>\n"
        }
        return PageContent(title: context.string("nav.areas"), description: lead,
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body))
    }
}
