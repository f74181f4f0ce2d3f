import Dashboard
import Markup

/// The regional cooperation and monitoring discussions (YSE): a list by year, and a page per discussion.
struct DiscussionsPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        var body: HTML = "<p class=\"lead\">\(context.text("discussions.lead"))</p>\n"
        for year in Set(model.discussions.map(\.year)).sorted(by: >) {
            body += "<h2>\(year)</h2>\n<ul class=\"link-list\">\n"
            for discussion in model.discussions where discussion.year == year {
                guard let (text, language) = context.texts(discussion.page.texts) else { continue }
                body += "<li\(context.langAttribute(language))>"
                    + Components.link(text.title, href: context.href(.discussion(discussion.id)))
                if let date = discussion.page.date {
                    body += " <span class=\"meta\">\(Components.time(date, context: context))</span>"
                }
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        return PageContent(title: context.string("discussions.title"), description: context.string("discussions.lead"),
                           breadcrumbs: [(context.string("nav.home"), .home),
                                         (context.string("process.title"), .process)],
                           body: PageFragment(body))
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
        var body = Components.facts(facts)
        body += Components.prose(text.body, language: language, context: context)
        return PageContent(title: text.title, description: text.title,
                           breadcrumbs: [(context.string("nav.home"), .home),
                                         (context.string("process.title"), .process),
                                         (context.string("discussions.title"), .discussions)],
                           body: PageFragment(body), titleLanguage: language)
    }
}
