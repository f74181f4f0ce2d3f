import Dashboard

/// Download links for the open data beside charts: format, size and update date in the page language.
enum Downloads {
    /// A "Download the data" block with one group of links per name (an indicator), or ungrouped links.
    static func section(_ groups: [(name: String?, links: [DownloadLink])], context: PageContext) -> String {
        let groups = groups.filter { !$0.links.isEmpty }
        guard !groups.isEmpty else { return "" }
        var html = "<div class=\"downloads\">\n<h2>\(context.t("downloads.title"))</h2>\n<ul>\n"
        for group in groups {
            for link in group.links {
                let label = (group.name.map { HTML.escape($0) + ": " } ?? "") + context.t("downloads.format.\(link.format)")
                html += "<li><a href=\"\(context.href(file: link.path))\" download>\(label)</a> "
                    + "<span class=\"meta\">(\(HTML.escape(link.format.uppercased())), "
                    + "\(HTML.escape(size(link.byteCount, context: context))), "
                    + "\(HTML.escape(context.plain("downloads.updated", ["date": context.format.date(link.updated)]))))</span></li>\n"
            }
        }
        return html + "</ul>\n</div>\n"
    }

    /// The downloads of the given indicators, plus the bundle of all data.
    static func forIndicators(_ indicators: [Indicator], context: PageContext) -> String {
        var groups: [(name: String?, links: [DownloadLink])] = indicators.map { indicator in
            (context.texts(indicator.texts)?.value.shortTitle, context.resources.downloads[indicator.id] ?? [])
        }
        groups.append((nil, context.resources.downloads[PublishedFiles.allIndicatorsKey] ?? []))
        return section(groups, context: context)
    }

    /// "12,4 kt" / "12.4 kB": sizes in the page language.
    static func size(_ bytes: Int, context: PageContext) -> String {
        let unit = context.strings["downloads.kilobytes"]
        if bytes < 1000 { return context.format.number(Double(bytes)) + " " + context.strings["downloads.bytes"] }
        if bytes < 1_000_000 { return context.format.number(Double(bytes) / 1000, decimals: 1) + " " + unit }
        return context.format.number(Double(bytes) / 1_000_000, decimals: 1) + " " + context.strings["downloads.megabytes"]
    }
}
