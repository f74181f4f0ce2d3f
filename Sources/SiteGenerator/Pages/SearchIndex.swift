import Dashboard

/// Everything a reader may look for, by name, with the page it leads to: every municipality (to its employment
/// area), employment area, regional centre, goal and indicator. The search page lists it; a test compares it with
/// the registry.
struct SearchIndex {
    /// The kinds of entry, in the order the search page lists them.
    enum Kind: String, CaseIterable, Sendable {
        case municipality
        case area
        case region
        case goal
        case indicator
    }

    struct Entry {
        var kind: Kind
        /// The name in the page language (municipalities: in Finnish on English pages).
        var name: String
        /// The language `name` is in, when it is not the page language.
        var nameLanguage: String?
        /// The same thing's names in the other national language, shown beside it and matched by the filter.
        var otherName: (text: String, language: String)?
        /// The page the entry leads to.
        var target: Route
        /// What the link says when it leads elsewhere than the entry's own page (a municipality's area).
        var targetName: String?
        /// A short note after the link (a merged municipality, Åland).
        var note: String?
    }

    let entries: [Entry]

    func entries(of kind: Kind) -> [Entry] { entries.filter { $0.kind == kind } }

    init(context: PageContext) {
        entries = Self.municipalities(context) + Self.areas(context) + Self.regions(context)
            + Self.goals(context) + Self.indicators(context)
    }

    /// A name in the page language (Finnish on English pages for names that have no English form) and its form in
    /// the other national language, when that differs.
    private static func names(_ text: LocalizedText, context: PageContext)
        -> (name: String, language: String?, other: (text: String, language: String)?) {
        let language = text[context.language] == nil ? context.defaultLanguage : context.language
        let name = text[language] ?? ""
        // Finnish and Swedish pages give the other national language; English pages whichever is not shown.
        let otherLanguage: String
        switch context.language {
        case "fi": otherLanguage = "sv"
        case "sv": otherLanguage = "fi"
        default: otherLanguage = language == "fi" ? "sv" : "fi"
        }
        let other = text[otherLanguage].flatMap { $0 == name ? nil : ($0, otherLanguage) }
        return (name, language == context.language ? nil : language, other)
    }

    private static func byName(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.name, $0.otherName?.text ?? "") < ($1.name, $1.otherName?.text ?? "") }
    }

    private static func municipalities(_ context: PageContext) -> [Entry] {
        let model = context.model
        return byName(model.municipalities.map { municipality in
            let (name, language, other) = names(municipality.name, context: context)
            var entry = Entry(kind: .municipality, name: name, nameLanguage: language, otherName: other,
                              target: .municipalities)
            let current = municipality.mergedInto.flatMap(model.municipality) ?? municipality
            if let area = model.area(ofMunicipality: current.code) {
                entry.target = .area(area.id)
                entry.targetName = context.areaName(area)
            } else {
                entry.targetName = context.string("municipalities.title")
                entry.note = context.string(current.aland ? "municipalities.aland" : "municipalities.unknown")
            }
            if current.code != municipality.code {
                entry.note = context.string("municipalities.merged", ["municipality": context.string(current.name)])
            }
            return entry
        })
    }

    private static func areas(_ context: PageContext) -> [Entry] {
        byName(context.model.areas.map { area in
            let (name, language, other) = names(area.name, context: context)
            return Entry(kind: .area, name: name, nameLanguage: language, otherName: other, target: .area(area.id))
        })
    }

    private static func regions(_ context: PageContext) -> [Entry] {
        byName(context.model.regions.map { region in
            let (name, language, other) = names(region.name, context: context)
            return Entry(kind: .region, name: name, nameLanguage: language, otherName: other,
                         target: .region(region.id))
        })
    }

    private static func goals(_ context: PageContext) -> [Entry] {
        context.model.goals.compactMap { goal in
            guard let (text, language) = context.texts(goal.texts) else { return nil }
            let number = context.string("goal.number", ["number": String(goal.number)])
            return Entry(kind: .goal, name: "\(number): \(text.shortTitle)",
                         nameLanguage: language == context.language ? nil : language, target: .goal(goal.number))
        }
    }

    /// The goals' indicators, goal by goal, then the current situation's (context) indicators.
    private static func indicators(_ context: PageContext) -> [Entry] {
        func entry(_ indicator: Indicator, note: String) -> Entry? {
            guard let (text, language) = context.texts(indicator.texts) else { return nil }
            return Entry(kind: .indicator, name: text.shortTitle,
                         nameLanguage: language == context.language ? nil : language,
                         target: .indicator(indicator.id), note: note)
        }
        let goalIndicators = context.model.goals.flatMap { goal in
            context.model.indicators(ofGoal: goal.number).compactMap { indicator in
                entry(indicator, note: context.string("goal.number", ["number": String(goal.number)]))
            }
        }
        let contextIndicators = context.model.indicators.filter { $0.kind == .context }.compactMap { indicator in
            entry(indicator, note: context.string("nav.snapshot"))
        }
        return goalIndicators + contextIndicators
    }
}
