import Dashboard

/// The regional cooperation and monitoring discussions (YSE): a list by year, and a page per discussion.
struct DiscussionsPage {
    let context: PageContext

    func render() -> PageContent {
        let model = context.model
        var body = "<p class=\"lead\">\(context.t("discussions.lead"))</p>\n"
        for year in Set(model.discussions.map(\.year)).sorted(by: >) {
            body += "<h2>\(year)</h2>\n<ul class=\"link-list\">\n"
            for discussion in model.discussions where discussion.year == year {
                guard let (text, language) = context.texts(discussion.page.texts) else { continue }
                body += "<li\(context.langAttribute(language))>"
                    + Components.link(text.title, href: context.href(.discussion(discussion.id)))
                if let date = discussion.page.date {
                    body += " <span class=\"meta\"><time datetime=\"\(date)\">\(context.format.date(date))</time></span>"
                }
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        return PageContent(title: context.strings["discussions.title"], description: context.strings["discussions.lead"],
                           breadcrumbs: [(context.strings["nav.home"], .home), (context.strings["process.title"], .process)],
                           body: body)
    }
}

struct DiscussionPage {
    let context: PageContext
    let discussion: Discussion

    func render() -> PageContent {
        let model = context.model
        let (text, language) = context.texts(discussion.page.texts)!
        var facts: [(String, String)] = []
        if let region = model.region(discussion.regionID) {
            facts.append((context.t("discussion.region"),
                          Components.link(context.plainText(region.name), href: context.href(.region(region.id)))))
        }
        if let date = discussion.page.date {
            facts.append((context.t("discussion.date"), "<time datetime=\"\(date)\">\(context.format.date(date))</time>"))
        }
        let goals = discussion.goalNumbers.compactMap(model.goal).compactMap { goal -> String? in
            guard let (goalText, goalLanguage) = context.texts(goal.texts) else { return nil }
            return Components.link(context.plain("goal.number", ["number": String(goal.number)]) + ": " + goalText.shortTitle,
                                   href: context.href(.goal(goal.number)), lang: context.langAttribute(goalLanguage))
        }
        facts.append((context.t("discussion.goals"), goals.joined(separator: "<br>")))
        var body = Components.facts(facts)
        body += Components.prose(text.body, language: language, context: context)
        return PageContent(title: text.title, description: text.title,
                           breadcrumbs: [(context.strings["nav.home"], .home), (context.strings["process.title"], .process),
                                         (context.strings["discussions.title"], .discussions)],
                           body: body, titleLanguage: language)
    }
}
