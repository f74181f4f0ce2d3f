import Dashboard

/// "Which employment area is my municipality in?": every municipality with its Finnish and Swedish name,
/// as a plain table that works without JavaScript; a small optional script adds a filter box.
struct MunicipalitiesPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        let municipalities = model.municipalities.sorted {
            (context.plainText($0.name), $0.code) < (context.plainText($1.name), $1.code)
        }
        var body = "<p class=\"lead\">\(context.t("municipalities.lead"))</p>\n"
        body += "<div class=\"filter\" data-filter-for=\"municipality-table\" hidden>"
            + "<label for=\"municipality-filter\">\(context.t("municipalities.filter"))</label> "
            + "<input type=\"search\" id=\"municipality-filter\" autocomplete=\"off\">"
            + "<p class=\"filter__status\" role=\"status\" aria-live=\"polite\"></p></div>\n"
        let caption = context.strings["municipalities.title"]
        body += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(caption))\">"
            + "<table class=\"data-table\" id=\"municipality-table\">\n<caption>\(HTML.escape(caption))</caption>\n"
            + "<thead><tr><th scope=\"col\">\(context.t("municipalities.name-fi"))</th>"
            + "<th scope=\"col\">\(context.t("municipalities.name-sv"))</th>"
            + "<th scope=\"col\">\(context.t("municipalities.area"))</th></tr></thead>\n<tbody>\n"
        for municipality in municipalities {
            let fi = municipality.name["fi"] ?? ""
            let sv = municipality.name["sv"] ?? fi
            var areaCell: String
            let current = municipality.mergedInto.flatMap(model.municipality) ?? municipality
            if let area = model.area(ofMunicipality: current.code) {
                areaCell = Components.link(context.areaName(area), href: context.href(.area(area.id)))
            } else if current.aland {
                areaCell = context.t("municipalities.aland")
            } else {
                areaCell = "<span class=\"note\">\(context.t("municipalities.unknown"))</span>"
            }
            if current.code != municipality.code {
                areaCell += " <span class=\"note\">" + HTML.escape(context.plain("municipalities.merged", [
                    "municipality": context.plainText(current.name)])) + "</span>"
            }
            body += "<tr><th scope=\"row\" lang=\"fi\">\(HTML.escape(fi))</th><td lang=\"sv\">\(HTML.escape(sv))</td>"
                + "<td>\(areaCell)</td></tr>\n"
        }
        body += "</tbody>\n</table></div>\n"
        return PageContent(title: context.strings["municipalities.title"],
                           description: context.strings["municipalities.lead"],
                           breadcrumbs: [(context.strings["nav.home"], .home)], body: body,
                           scripts: ["filter.js"])
    }
}
