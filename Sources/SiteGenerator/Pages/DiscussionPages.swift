import Dashboard
import Markup

/// The regional cooperation and monitoring discussions (YSE): a list by year, and a page per discussion.
struct DiscussionsPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        var body: HTML = "<p class=\"lead\">\(context.text("discussions.lead"))</p>\n"
        for year in Set(model.discussions.map(\.year)).sorted(by: >) {
            body += "<h2>\(year)</h2>\n"
            body += Self.list(model.discussions.filter { $0.year == year }, context: context)
        }
        return PageContent(title: context.string("discussions.title"), description: context.string("discussions.lead"),
                           breadcrumbs: [(context.string("nav.home"), .home),
                                         (context.string("process.title"), .process)],
                           body: PageFragment(body))
    }

    /// Links to `discussions`, each with its date: the list by year here, and the list on the pages of the areas
    /// that took part and of the centre that held them.
    static func list(_ discussions: [Discussion], context: PageContext) -> HTML {
        var html: HTML = "<ul class=\"link-list\">\n"
        for discussion in discussions {
            guard let (text, language) = context.texts(discussion.page.texts) else { continue }
            html += "<li\(context.langAttribute(language))>"
                + Components.link(text.title, href: context.href(.discussion(discussion.id)))
            if let date = discussion.page.date {
                html += " <span class=\"meta\">\(Components.time(date, context: context))</span>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    /// A section listing the discussions of an area or a centre, or nothing when there are none.
    static func section(_ discussions: [Discussion], heading: String, context: PageContext) -> HTML {
        guard !discussions.isEmpty else { return HTML() }
        return "<h2>\(heading)</h2>\n" + list(discussions, context: context)
    }
}

struct DiscussionPage {
    let context: PageContext
    let discussion: Discussion

    func render() -> PageContent {
        let model = context.model
        let (text, language) = context.texts(discussion.page.texts)!
        var facts: [(label: HTML, value: HTML)] = []
        if let region = model.region(discussion.regionID) {
            facts.append((context.text("discussion.region"),
                          Components.link(context.string(region.name), href: context.href(.region(region.id)))))
        }
        if let date = discussion.page.date {
            facts.append((context.text("discussion.date"), Components.time(date, context: context)))
        }
        let goals = discussion.goalNumbers.compactMap(model.goal).compactMap { goal -> HTML? in
            guard let (goalText, goalLanguage) = context.texts(goal.texts) else { return nil }
            let name = context.string("goal.number", ["number": String(goal.number)]) + ": " + goalText.shortTitle
            return Components.link(name, href: context.href(.goal(goal.number)),
                                   lang: context.langAttribute(goalLanguage))
        }
        facts.append((context.text("discussion.goals"), goals.joined(separator: "<br>")))
        let participants = discussion.participantIDs.compactMap { model.area($0) }
        if !participants.isEmpty {
            facts.append((context.text("discussion.participants"), participants.map { area in
                Components.link(context.areaName(area), href: context.href(.area(area.id)))
            }.joined(separator: "<br>")))
        }
        var body = Components.facts(facts)
        body += Components.prose(text.body, language: language, context: context)
        return PageContent(title: text.title, description: text.title,
                           breadcrumbs: [(context.string("nav.home"), .home),
                                         (context.string("process.title"), .process),
                                         (context.string("discussions.title"), .discussions)],
                           body: PageFragment(body), titleLanguage: language)
    }
}
