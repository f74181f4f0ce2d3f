import Dashboard

enum Downloads {
    static func list(_ links: [DownloadLink], context: PageContext) -> String {
        guard !links.isEmpty else { return "" }
        var html = "<div class=\"downloads\">\n<h2>\(context.t("downloads.title"))</h2>\n<ul>\n"
        for link in links {
            html += "<li><a href=\"\(context.href(file: link.path))\" download>\(context.t("downloads.format.\(link.format)"))</a> "
                + "<span class=\"meta\">(\(HTML.escape(link.format.uppercased())), \(HTML.escape(size(link.byteCount, context: context))), "
                + "\(HTML.escape(context.plain("downloads.updated", ["date": context.format.date(link.updated)]))))</span></li>\n"
        }
        return html + "</ul>\n</div>\n"
    }

    /// "12,4 kt" / "12.4 kB": sizes in the page language.
    static func size(_ bytes: Int, context: PageContext) -> String {
        let unit = context.strings["downloads.kilobytes"]
        if bytes < 1000 { return context.format.number(Double(bytes)) + " " + context.strings["downloads.bytes"] }
        if bytes < 1_000_000 { return context.format.number(Double(bytes) / 1000, decimals: 1) + " " + unit }
        return context.format.number(Double(bytes) / 1_000_000, decimals: 1) + " " + context.strings["downloads.megabytes"]
    }
}
