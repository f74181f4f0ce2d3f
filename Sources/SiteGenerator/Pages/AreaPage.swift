import Charts
import Dashboard
import Markup

/// An employment area: members and region, the real current situation (``SnapshotSection``), its narrative, and
/// every goal indicator against its region and the whole country, grouped by goal, with trend status.
struct AreaPage {
    let context: PageContext
    let area: Area

    func render() -> PageContent {
        let model = context.model
        let factory = ChartFactory(context: context)
        var body = PageFragment(AreaFacts.html(area, context: context))
        body += SnapshotSection(context: context).area(area)
        body += SimilarAreasSection(context: context).area(area)
        if let narrative = model.areaNarratives[area.id], let (text, language) = context.texts(narrative.texts) {
            body += "<h2\(context.langAttribute(language))>\(text.title)</h2>\n"
            if language != context.language { body += Layout.fallbackNote(context: context) }
            body += Components.prose(text.body, language: language, context: context)
        }
        body += DiscussionsPage.section(model.discussions(ofArea: area.id),
                                        heading: context.string("discussions.of-area"), context: context)
        body += Downloads.section([(nil, context.resources.downloads[PublishedFiles.allIndicatorsKey] ?? [])],
                                  context: context)
        body += "<h2>\(context.text("area.goals"))</h2>\n"
        body += "<nav class=\"toc\" aria-label=\"\(context.string("area.goals"))\"><ol>\n"
        for goal in model.goals {
            guard let (text, language) = context.texts(goal.texts) else { continue }
            body += "<li\(context.langAttribute(language))>"
                + "<a href=\"#\(Self.anchor(of: goal))\">\(text.shortTitle)</a></li>\n"
        }
        body += "</ol></nav>\n"
        for goal in model.goals {
            guard let (text, language) = context.texts(goal.texts) else { continue }
            let heading = context.string("goal.number", ["number": String(goal.number)]) + ": " + text.shortTitle
            let link = context.string("area.goal-link", ["area": context.areaName(area), "number": String(goal.number)])
            body += "<section class=\"goal-section\" aria-labelledby=\"\(Self.anchor(of: goal))\">\n"
            body += "<h3 id=\"\(Self.anchor(of: goal))\"\(context.langAttribute(language))>\(heading)</h3>\n"
            body += "<p><a href=\"\(context.href(.areaGoal(area: area.id, goal: goal.number)))\">\(link)</a></p>\n"
            body += Self.scoreboard(TrendTally(place: area.id, indicators: model.indicators(ofGoal: goal.number)),
                                    context: context)
            for indicator in model.indicators(ofGoal: goal.number) {
                guard let (indicatorText, indicatorLanguage) = context.texts(indicator.texts) else { continue }
                let link = Components.link(indicatorText.shortTitle, href: context.href(.indicator(indicator.id)))
                body += "<h4\(context.langAttribute(indicatorLanguage))>\(link)</h4>\n"
                body += Components.status(indicator.metric.summary(for: area.id), context: context) + "\n"
                // The area's goal page draws the same chart and writes its files.
                let lines = AreaPage.chartComparisons(area, indicator: indicator, model: model)
                body += factory.lineFigure(indicator, places: [(area.id, .primary)] + lines,
                                           selection: indicator.metric.headline, id: "area-\(indicator.id)",
                                           headingLevel: 5, sharedFiles: ChartFactory.SharedFiles(
                                               route: .areaGoal(area: area.id, goal: goal.number),
                                               id: "ag-\(indicator.id)-line"))
            }
            body += "</section>\n"
        }
        return PageContent(
            title: context.areaName(area),
            description: context.string("area.description", ["area": context.areaName(area)]),
            breadcrumbs: [(context.string("nav.home"), .home), (context.string("nav.areas"), .areaList)], body: body)
    }

    /// One line per goal: how many of its indicators improve, show no clear change or worsen in the area, by the
    /// same rule as each indicator's status below it.
    static func scoreboard(_ tally: TrendTally, context: PageContext) -> HTML {
        var text = context.string("area.scoreboard", [
            "total": String(tally.total), "improving": String(tally.improving),
            "same": String(tally.noClearChange), "worsening": String(tally.worsening),
        ])
        for status in [TrendStatus.notEnoughData, .notAssessed] where tally[status] > 0 {
            text += ", " + context.string("area.scoreboard.\(status.rawValue)", ["count": String(tally[status])])
        }
        return "<p class=\"scoreboard\">\(text)</p>\n"
    }

    /// The anchors the page adds besides the narrative's Markdown headings, which content links may point at.
    static func anchors(of area: Area, in model: DashboardModel) -> Set<String> {
        Set(model.goals.map(anchor(of:)) + (SnapshotSection.lead(in: model) == nil ? [] : [SnapshotSection.anchor])
            + (SimilarAreas(model: model).neighbours(of: area.id).isEmpty ? [] : [SimilarAreasSection.anchor]))
    }

    /// The id of a goal's section, e.g. `goal-3`.
    static func anchor(of goal: Goal) -> String { "goal-\(goal.number)" }

    /// The lines an area's chart of `indicator` compares against: its region and the whole country, except
    /// for counts, which depend on the size of the place and so are not drawn against bigger places (the
    /// comparison table still shows them).
    static func chartComparisons(_ area: Area, indicator: Indicator,
                                 model: DashboardModel) -> [(String, LineChart.Role)] {
        indicator.metric.unit == .count ? [] : comparisons(area, model: model)
    }

    /// The area's current region and the whole country, the lines every area chart compares against.
    static func comparisons(_ area: Area, model: DashboardModel) -> [(String, LineChart.Role)] {
        var result: [(String, LineChart.Role)] = []
        if model.region(area.elinvoimakeskusID) != nil { result.append((area.elinvoimakeskusID, .comparison)) }
        result.append((Metric.wholeCountry, .reference))
        return result
    }
}

/// Members, region and organisation model of an area.
enum AreaFacts {
    static func html(_ area: Area, context: PageContext) -> HTML {
        let model = context.model
        let members = area.memberCodes.compactMap(model.municipality)
            .sorted { context.string($0.name) < context.string($1.name) }
        let otherLanguage = context.language == "sv" ? "fi" : "sv"
        let memberText = members.map { municipality -> HTML in
            let name = context.string(municipality.name)
            let other = municipality.name[otherLanguage] ?? name
            guard other != name else { return "\(name)" }
            return "\(name) <span class=\"alt-name\" lang=\"\(otherLanguage)\">(\(other))</span>"
        }.joined(separator: ", ")
        var regionText = HTML()
        if let evk = model.region(area.elinvoimakeskusID) {
            regionText += Components.link(context.string(evk.name), href: context.href(.region(evk.id)))
                + " \(context.string("area.region.from", ["year": "2026"]))"
        }
        if let ely = model.region(area.elyID) {
            regionText += "<br>" + Components.link(context.string(ely.name), href: context.href(.region(ely.id)))
                + " \(context.string("area.region.until", ["year": "2025"]))"
        }
        if area.regionDerived { regionText += "<br><span class=\"note\">\(context.text("area.region.derived"))</span>" }
        return Components.facts([
            ("\(context.string("area.members", ["count": String(members.count)]))", memberText),
            (context.text("area.model"), context.text("model.\(area.model.rawValue)")),
            (context.text("area.host"),
             area.hostCode.flatMap(model.municipality).map { context.text($0.name) } ?? HTML()),
            (context.text("area.maakunta"), "\(context.maakunta(area.maakunta))"),
            (context.text("area.region"), regionText),
        ]) + (area.note.map { "<p class=\"note\">\(context.text($0))</p>\n" } ?? HTML())
    }
}
