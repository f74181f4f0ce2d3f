import Dashboard

/// Small pieces of markup shared by several pages.
enum Components {
    /// The trend status as an icon plus text: never colour alone.
    static func status(_ status: TrendStatus, context: PageContext) -> String {
        let icon: String
        switch status {
        case .improving: icon = "<path d=\"M8 13V3M3.5 7.5 8 3l4.5 4.5\"/>"
        case .worsening: icon = "<path d=\"M8 3v10M3.5 8.5 8 13l4.5-4.5\"/>"
        case .noClearChange: icon = "<path d=\"M2.5 8h11M9.5 4l4 4-4 4\"/>"
        case .notEnoughData, .notAssessed: icon = "<path d=\"M3 8h10\"/>"
        }
        return "<span class=\"status status--\(status.rawValue)\"><svg class=\"status__icon\" viewBox=\"0 0 16 16\" "
            + "aria-hidden=\"true\" focusable=\"false\">\(icon)</svg>\(context.t("status.\(status.rawValue)"))</span>"
    }

    /// A `<dl>` of label/value pairs; values are HTML.
    static func facts(_ items: [(label: String, value: String)]) -> String {
        var html = "<dl class=\"facts\">\n"
        for item in items where !item.value.isEmpty {
            html += "<div><dt>\(item.label)</dt><dd>\(item.value)</dd></div>\n"
        }
        return html + "</dl>\n"
    }

    /// A link with escaped text.
    static func link(_ text: String, href: String, lang: String = "") -> String {
        "<a href=\"\(HTML.escape(href))\"\(lang)>\(HTML.escape(text))</a>"
    }

    /// The Markdown body of content, in a wrapper marked with the text's language when it fell back.
    static func prose(_ source: MarkdownSource, language: String, context: PageContext) -> String {
        let html = MarkdownRendering.html(source, context: context)
        guard !html.isEmpty else { return "" }
        return "<div class=\"prose\"\(context.langAttribute(language))>\n\(html)</div>\n"
    }

    /// Latest value, comparison and status of a place for an indicator, as a compact table row set.
    static func comparisonTable(_ indicator: Indicator, places: [String], context: PageContext,
                                caption: String) -> String {
        let metric = indicator.metric
        let factory = ChartFactory(context: context)
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(caption))\">"
            + "<table class=\"data-table\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
            + "<th scope=\"col\">\(context.t("table.place"))</th><th scope=\"col\" class=\"num\">\(context.t("table.latest"))</th>"
            + "<th scope=\"col\" class=\"num\">\(context.t("table.year-ago"))</th>"
            + "<th scope=\"col\" class=\"num\">\(context.t("table.change"))</th><th scope=\"col\">\(context.t("table.status"))</th>"
            + "</tr></thead>\n<tbody>\n"
        for place in places {
            let summary = metric.summary(for: place)
            let change = summary.change.map { context.format.change($0, unit: metric.unit, decimals: metric.decimals) }
            let latest = summary.latest.map {
                factory.formatted($0.value, metric) + " <span class=\"period\">(\(HTML.escape(context.format.period($0.period))))</span>"
                    + ($0.isProvisional ? " <span class=\"flag\">\(context.t("flag.provisional"))</span>" : "")
            }
            html += "<tr><th scope=\"row\">\(HTML.escape(context.placeName(place)))</th>"
                + "<td class=\"num\">\(latest ?? context.t("value.missing"))</td>"
                + "<td class=\"num\">\(HTML.escape(factory.formatted(summary.comparison?.value, metric)))</td>"
                + "<td class=\"num\">\(HTML.escape(change ?? context.strings["value.missing"]))</td>"
                + "<td>\(status(summary.status, context: context))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
