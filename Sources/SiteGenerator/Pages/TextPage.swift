import Dashboard
import Markup

/// A free content page (about, accessibility, methods). The methods page also lists every indicator's
/// definition, so the rules and the figures are in one place.
struct TextPage {
    let context: PageContext
    let page: ContentPage

    func render() -> PageContent {
        let (text, language) = context.texts(page.texts)!
        var body = HTML()
        if let date = page.date {
            body += "<p class=\"updated\">\(context.text("page.updated")) "
                + "\(Components.time(date, context: context))</p>\n"
        }
        body += Components.prose(text.body, language: language, context: context)
        if page.id == SpecialPage.methods.rawValue { body += toleranceTable() + indicatorDefinitions() }
        return PageContent(title: text.title, description: text.description.isEmpty ? text.title : text.description,
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body),
                           titleLanguage: language)
    }

    /// The anchors the page adds besides its Markdown headings, which content links may point at.
    static func anchors(of page: ContentPage) -> Set<String> {
        page.id == SpecialPage.methods.rawValue ? [definitionsAnchor, tolerancesAnchor] : []
    }

    /// The heading of the methods page's list of indicator definitions.
    static let definitionsAnchor = "indicator-definitions"

    func indicatorDefinitions() -> HTML {
        var html: HTML = "<h2 id=\"\(Self.definitionsAnchor)\">\(context.text("methods.definitions"))</h2>\n"
        for indicator in context.model.indicators {
            guard let (text, language) = context.texts(indicator.texts) else { continue }
            let metric = indicator.metric
            let lang = context.langAttribute(language)
            let link = Components.link(text.title, href: context.href(.indicator(indicator.id)))
            html += "<h3\(lang)>\(link)</h3>\n"
            html += Components.facts([
                (context.text("indicator.definition"), "<span\(lang)>\(text.definition)</span>"),
                (context.text("indicator.calculation"), "<span\(lang)>\(text.calculation)</span>"),
                (context.text("indicator.source"), context.text(metric.source)),
                (context.text("indicator.frequency"), context.text("frequency.\(metric.frequency.rawValue)")),
                (context.text("indicator.direction"), IndicatorPage.directions(metric, context: context)),
                (context.text("indicator.tolerance"), "\(tolerance(metric))"),
            ])
        }
        return html
    }

    /// The tolerance of every indicator as `TrendStatus` applies it, written from the metrics so the page and
    /// the code cannot disagree (the Markdown states the rule, this table the numbers).
    func toleranceTable() -> HTML {
        let rows = context.model.indicators.compactMap { indicator -> PageTable.Row? in
            guard let (text, language) = context.texts(indicator.texts) else { return nil }
            let metric = indicator.metric
            return PageTable.Row(
                header: .init(Components.link(text.shortTitle, href: context.href(.indicator(indicator.id))),
                              language: language == context.language ? nil : language),
                cells: [
                    .init(text: String(indicator.goal), isNumeric: true),
                    .init(context.text("frequency.\(metric.frequency.rawValue)")),
                    .init(IndicatorPage.directions(metric, context: context)),
                    .init(text: tolerance(metric), isNumeric: true),
                ])
        }
        return "<h2 id=\"\(Self.tolerancesAnchor)\">\(context.text("methods.tolerances"))</h2>\n" + PageTable(
            caption: context.string("methods.tolerances"),
            columns: [.init(context.text("table.indicator")), .init(context.text("table.goal"), isNumeric: true),
                      .init(context.text("table.frequency")), .init(context.text("table.direction")),
                      .init(context.text("table.tolerance"), isNumeric: true)],
            rows: rows).html
    }

    /// The heading of the methods page's table of tolerances.
    static let tolerancesAnchor = "tolerances"

    /// "±0,5 %-yks." in the unit, or "±10 % vertailuarvosta" for a relative tolerance: the largest change
    /// that still counts as no clear change.
    func tolerance(_ metric: Metric) -> String {
        let digits = metric.trendTolerance == metric.trendTolerance.rounded() ? 0 : max(1, metric.decimals)
        if metric.trendToleranceIsRelative {
            return context.string("methods.tolerance.relative", [
                "value": context.format.number(metric.trendTolerance, decimals: digits)])
        }
        let change = context.format.change(metric.trendTolerance, unit: metric.unit, decimals: digits)
        return "±" + change.dropFirst()
    }
}
