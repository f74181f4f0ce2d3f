import Dashboard
import Markup

/// Small pieces of markup shared by several pages.
enum Components {
    /// A series' trend status; a status that rests on a provisional value says so ("on provisional figures").
    static func status(_ summary: SeriesSummary, context: PageContext) -> HTML {
        status(summary.status, provisional: summary.isProvisional, context: context)
    }

    /// The trend status as an icon plus text: never colour alone.
    static func status(_ status: TrendStatus, provisional: Bool = false, context: PageContext) -> HTML {
        let icon: HTML
        switch status {
        case .improving: icon = "<path d=\"M8 13V3M3.5 7.5 8 3l4.5 4.5\"/>"
        case .worsening: icon = "<path d=\"M8 3v10M3.5 8.5 8 13l4.5-4.5\"/>"
        case .noClearChange: icon = "<path d=\"M2.5 8h11M9.5 4l4 4-4 4\"/>"
        case .notEnoughData, .notAssessed: icon = "<path d=\"M3 8h10\"/>"
        }
        return "<span class=\"status status--\(status.rawValue)\"><svg class=\"status__icon\" viewBox=\"0 0 16 16\" "
            + "aria-hidden=\"true\" focusable=\"false\">\(icon)</svg>"
            + "\(context.text("status.\(status.rawValue)"))"
            + (provisional ? " <span class=\"status__note\">(\(context.text("status.provisional")))</span>" : HTML())
            + "</span>"
    }

    /// A `<dl>` of label/value pairs; pairs without a value are left out.
    static func facts(_ items: [(label: HTML, value: HTML)]) -> HTML {
        var html: HTML = "<dl class=\"facts\">\n"
        for item in items where !item.value.isEmpty {
            html += "<div><dt>\(item.label)</dt><dd>\(item.value)</dd></div>\n"
        }
        return html + "</dl>\n"
    }

    /// A link with escaped text; `lang` is a ``PageContext/langAttribute(_:)`` for text in another language.
    static func link(_ text: String, href: String, lang: HTML = HTML()) -> HTML {
        "<a href=\"\(href)\"\(lang)>\(text)</a>"
    }

    /// A date in the page language, with its ISO form for machines: `<time datetime="2026-11-23">23.11.2026</time>`.
    static func time(_ date: CalendarDate, context: PageContext) -> HTML {
        "<time datetime=\"\(date.description)\">\(context.format.date(date))</time>"
    }

    /// The Markdown body of content, in a wrapper marked with the text's language when it fell back.
    static func prose(_ source: MarkdownSource, language: String, context: PageContext) -> HTML {
        // Allowed raw markup: the Markdown renderer escapes text itself and neutralises unsafe links.
        let html = HTML(trusted: MarkdownRendering.html(source, context: context))
        guard !html.isEmpty else { return HTML() }
        return "<div class=\"prose\"\(context.langAttribute(language))>\n\(html)</div>\n"
    }

    /// Latest value, value a year earlier, change and status of each place for an indicator.
    static func comparisonTable(_ indicator: Indicator, places: [String], context: PageContext,
                                caption: String) -> HTML {
        let metric = indicator.metric
        let factory = ChartFactory(context: context)
        let rows = places.map { place -> PageTable.Row in
            let summary = metric.summary(for: place)
            let change = summary.change.map { context.format.change($0, unit: metric.unit, decimals: metric.decimals) }
            let latest = summary.latest.map { latest -> HTML in
                var flag: HTML = latest.isProvisional
                    ? " <span class=\"flag\">\(context.text("flag.provisional"))</span>" : HTML()
                if latest.isRevised { flag += " <span class=\"flag\">\(context.text("flag.revised"))</span>" }
                return "\(factory.formatted(latest.value, metric)) "
                    + "<span class=\"period\">(\(context.format.period(latest.period)))</span>\(flag)"
            }
            let series = metric.headlineSeries(for: place)
            let yearAgo = summary.latest.flatMap { latest in
                series?.point(at: latest.period.advanced(by: -metric.frequency.periodsPerYear))
            }
            let labels = ["table.latest", "table.year-ago", "table.change", "table.status"].map { context.string($0) }
            return PageTable.Row(header: .init(text: context.placeName(place)), cells: [
                .init(latest ?? "\(factory.missingText(series?.points.last))", isNumeric: true, label: labels[0]),
                .init(text: summary.comparison == nil ? factory.missingText(yearAgo)
                        : factory.formatted(summary.comparison, metric), isNumeric: true, label: labels[1]),
                .init(text: change ?? context.string("value.missing"), isNumeric: true, label: labels[2]),
                .init(status(summary, context: context), label: labels[3]),
            ])
        }
        return PageTable(
            caption: caption,
            columns: [
                .init(context.text("table.place")), .init(context.text("table.latest"), isNumeric: true),
                .init(context.text("table.year-ago"), isNumeric: true),
                .init(context.text("table.change"), isNumeric: true),
                .init(context.text("table.status")),
            ],
            rows: rows, modifier: "data-table--stack"
        ).html
    }
}
