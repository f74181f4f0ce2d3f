import Dashboard
import Markup

/// Download links for the open data beside charts: format, size and update date in the page language.
enum Downloads {
    /// A "Download the data" block with one group of links per name (an indicator), or ungrouped links.
    static func section(_ groups: [(name: String?, links: [DownloadLink])], context: PageContext) -> HTML {
        let groups = groups.filter { !$0.links.isEmpty }
        guard !groups.isEmpty else { return HTML() }
        var html: HTML = "<div class=\"downloads\">\n<h2>\(context.text("downloads.title"))</h2>\n<ul>\n"
        for group in groups {
            for link in group.links {
                let name: HTML = group.name.map { "\($0): " } ?? HTML()
                let updated = context.string("downloads.updated", ["date": context.format.date(link.updated)])
                html += "<li><a href=\"\(context.href(file: link.path))\" download>\(name)"
                    + "\(context.text("downloads.format.\(link.format)"))</a> <span class=\"meta\">"
                    + "(\(link.format.uppercased()), \(size(link.byteCount, context: context)), \(updated))"
                    + "</span></li>\n"
            }
        }
        return html + "</ul>\n</div>\n"
    }

    /// The downloads of the given indicators, plus the bundle of all data.
    static func forIndicators(_ indicators: [Indicator], context: PageContext) -> HTML {
        var groups: [(name: String?, links: [DownloadLink])] = indicators.map { indicator in
            (context.texts(indicator.texts)?.value.shortTitle, context.resources.downloads[indicator.id] ?? [])
        }
        groups.append((nil, context.resources.downloads[PublishedFiles.allIndicatorsKey] ?? []))
        return section(groups, context: context)
    }

    /// "12,4 kt" / "12.4 kB": sizes in the page language.
    static func size(_ bytes: Int, context: PageContext) -> String {
        let unit = context.string("downloads.kilobytes")
        if bytes < 1000 { return context.format.number(Double(bytes)) + " " + context.string("downloads.bytes") }
        if bytes < 1_000_000 { return context.format.number(Double(bytes) / 1000, decimals: 1) + " " + unit }
        return context.format.number(Double(bytes) / 1_000_000, decimals: 1) + " "
            + context.string("downloads.megabytes")
    }
}
