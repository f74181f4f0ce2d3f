import Dashboard
import Markup

/// "Which employment area is my municipality in?": every municipality with its Finnish and Swedish name,
/// as a plain table that works without JavaScript; a small optional script adds a filter box.
struct MunicipalitiesPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let municipalities = model.municipalities.sorted {
            (context.string($0.name), $0.code) < (context.string($1.name), $1.code)
        }
        var body: HTML = "<p class=\"lead\">\(context.text("municipalities.lead"))</p>\n"
        body += "<div class=\"filter\" data-filter-for=\"municipality-table\" hidden>"
            + "<label for=\"municipality-filter\">\(context.text("municipalities.filter"))</label> "
            + "<input type=\"search\" id=\"municipality-filter\" autocomplete=\"off\">"
            + "<p class=\"filter__status\" role=\"status\" aria-live=\"polite\"></p></div>\n"
        let rows = municipalities.map { municipality -> Table.Row in
            let fi = municipality.name["fi"] ?? ""
            var area: HTML
            let current = municipality.mergedInto.flatMap(model.municipality) ?? municipality
            if let home = model.area(ofMunicipality: current.code) {
                area = Components.link(context.areaName(home), href: context.href(.area(home.id)))
            } else if current.aland {
                area = context.text("municipalities.aland")
            } else {
                area = "<span class=\"note\">\(context.text("municipalities.unknown"))</span>"
            }
            if current.code != municipality.code {
                area += " <span class=\"note\">\(context.string("municipalities.merged", ["municipality": context.string(current.name)]))</span>"
            }
            return Table.Row(header: .init(text: fi, language: "fi"),
                                 cells: [.init(text: municipality.name["sv"] ?? fi, language: "sv"), .init(area)])
        }
        body += Table(
            caption: context.string("municipalities.title"),
            columns: ["municipalities.name-fi", "municipalities.name-sv", "municipalities.area"]
                .map { .init(context.text($0)) },
            rows: rows, id: "municipality-table"
        ).html
        return PageContent(title: context.string("municipalities.title"),
                           description: context.string("municipalities.lead"),
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body),
                           scripts: ["filter.js"])
    }
}
