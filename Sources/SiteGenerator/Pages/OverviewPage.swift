import Dashboard
import Markup

/// The whole picture: every employment area × every indicator, each cell the area's trend status by the published
/// rule (icon plus text, never colour alone), with each area's counts. One page per pre-built order (by name, most
/// worsening first, most improving first), linked from each other, so the table sorts without scripts.
struct OverviewPage {
    let context: PageContext
    let order: OverviewOrder

    func render() -> PageContent {
        let model = context.model
        let indicators = model.goals.flatMap { model.indicators(ofGoal: $0.number) }
        let tallies = model.areas.map { area in
            (area: area, name: context.areaName(area), tally: TrendTally(place: area.id, indicators: indicators))
        }
        let tallyByArea = Dictionary(uniqueKeysWithValues: tallies.map { ($0.area.id, $0.tally) })
        var body: HTML = "<p class=\"lead\">\(context.text("overview.lead"))</p>\n"
        body += "<nav class=\"sort-orders\" aria-labelledby=\"sort-orders\">"
            + "<p id=\"sort-orders\">\(context.text("overview.order"))</p><ul>\n"
        for other in OverviewOrder.allCases {
            let current: HTML = other == order ? " aria-current=\"page\"" : ""
            body += "<li><a href=\"\(context.href(.overview(other)))\"\(current)>"
                + "\(context.text("overview.order.\(other.rawValue)"))</a></li>\n"
        }
        body += "</ul></nav>\n"
        let counted: [TrendStatus] = [.improving, .noClearChange, .worsening]
        var columns: [Table.Cell] = [.init(context.text("municipalities.area"))]
        columns += counted.map { .init(context.text("status.\($0.rawValue)"), isNumeric: true) }
        for indicator in indicators {
            guard let (text, language) = context.texts(indicator.texts) else { continue }
            columns.append(.init(Components.link(text.shortTitle, href: context.href(.indicator(indicator.id))),
                                 language: language == context.language ? nil : language))
        }
        let rows = order.sorted(tallies).map { area -> Table.Row in
            let tally = tallyByArea[area.id] ?? TrendTally()
            var cells = counted.map { Table.Cell(text: context.format.number(Double(tally[$0])), isNumeric: true) }
            for indicator in indicators where context.texts(indicator.texts) != nil {
                cells.append(.init(Components.status(indicator.metric.summary(for: area.id), context: context)))
            }
            let name = Components.link(context.areaName(area), href: context.href(.area(area.id)))
            return Table.Row(header: .init(name), cells: cells)
        }
        let caption = context.string("overview.caption", ["order": context.string("overview.order.\(order.rawValue)")])
        body += Table(caption: caption, columns: columns, rows: rows,
                          className: "data-table data-table--wide data-table--overview").html
        body += "<p class=\"note\">\(context.text("overview.rule")) "
            + "<a href=\"\(context.href(SpecialPage.methods.route))\">\(context.text("overview.rule.link"))</a></p>\n"
        var breadcrumbs: [(title: String, route: Route)] = [(context.string("nav.home"), .home)]
        if order != .name { breadcrumbs.append((context.string("overview.title"), .overview(.name))) }
        return PageContent(title: context.string("overview.title"), description: context.string("overview.lead"),
                           breadcrumbs: breadcrumbs, body: PageFragment(body))
    }
}
