import Diagnostics

extension ContentResolver {
    /// Groups per-language Markdown files by id, reads each with `read`, and warns about missing translations.
    /// Items without a file in the default language are errors: Finnish is what everything falls back to.
    static func translated<Text: Sendable>(
        _ files: [ContentLoader.MarkdownFile], context: Context, log: inout DiagnosticLog,
        read: (inout FrontMatterReader, inout DiagnosticLog) -> Text?
    ) -> [(id: String, texts: Localized<Text>, files: [String: FrontMatter])] {
        var byID: [String: [ContentLoader.MarkdownFile]] = [:]
        for file in files { byID[file.id, default: []].append(file) }
        var result: [(id: String, texts: Localized<Text>, files: [String: FrontMatter])] = []
        for (id, group) in byID.sorted(by: { $0.key < $1.key }) {
            var texts = Localized<Text>()
            var frontMatters: [String: FrontMatter] = [:]
            for file in group.sorted(by: { $0.language < $1.language }) {
                guard context.languages.contains(file.language) else {
                    log.error("'\(file.language)' is not a language of this site (\(context.languages.joined(separator: ", ")))",
                              at: SourceLocation(file: file.frontMatter.file))
                    continue
                }
                var reader = FrontMatterReader(file.frontMatter)
                let text = read(&reader, &log)
                reader.reportUnknownKeys(log: &log)
                frontMatters[file.language] = file.frontMatter
                if let text { texts[file.language] = text }
            }
            guard let primary = frontMatters[context.defaultLanguage] else {
                let file = group.map(\.frontMatter.file).sorted().first ?? id
                log.error("'\(id)' has no \(languageName(context.defaultLanguage)) text, which every other language "
                            + "falls back to", at: SourceLocation(file: file),
                          hint: "add \(siblingPath(file, language: context.defaultLanguage))")
                continue
            }
            for language in context.languages where frontMatters[language] == nil {
                log.warning("missing \(languageName(language)) translation: the \(languageName(context.defaultLanguage)) "
                              + "text is shown instead", at: SourceLocation(file: primary.file),
                            hint: "add \(siblingPath(primary.file, language: language))")
            }
            result.append((id, texts, frontMatters))
        }
        return result
    }

    static func languageName(_ code: String) -> String {
        switch code {
        case "fi": "Finnish"
        case "sv": "Swedish"
        case "en": "English"
        default: code
        }
    }

    /// `Content/goals/1.fi.md` → `Content/goals/1.sv.md`.
    static func siblingPath(_ path: String, language: String) -> String {
        let parts = path.split(separator: ".")
        guard parts.count >= 3 else { return path }
        return (parts.dropLast(2) + [Substring(language), "md"]).joined(separator: ".")
    }

    static func readGoals(_ files: [ContentLoader.MarkdownFile], context: Context, log: inout DiagnosticLog) -> [Goal] {
        var goals: [Goal] = []
        for item in translated(files, context: context, log: &log, read: { (reader: inout FrontMatterReader, log: inout DiagnosticLog) -> Goal.Text? in
            let title = reader.string("title", log: &log)
            let shortTitle = reader.string("short_title", log: &log)
            let keyResults = reader.list("key_results", log: &log)
            guard let title, let shortTitle, let keyResults else { return nil }
            return Goal.Text(title: title, shortTitle: shortTitle, keyResults: keyResults, body: reader.body)
        }) {
            guard let number = Int(item.id), (1...20).contains(number) else {
                let file = item.files.values.map(\.file).sorted().first ?? ""
                log.error("a goal file is named by its number, like '3.fi.md', not '\(item.id)'",
                          at: SourceLocation(file: file))
                continue
            }
            goals.append(Goal(number: number, texts: item.texts, indicatorIDs: []))
        }
        return goals
    }

    static func readIndicators(_ files: [ContentLoader.MarkdownFile], metrics: [String: Metric],
                               loadedMetricIDs: Set<String>, goals: [Goal], context: Context,
                               log: inout DiagnosticLog) -> [Indicator] {
        var indicators: [Indicator] = []
        var facts: [String: (goal: Int, order: Int, headline: Bool, file: String)] = [:]
        let items = translated(files, context: context, log: &log, read: { (reader: inout FrontMatterReader, log: inout DiagnosticLog) -> Indicator.Text? in
            let goal = reader.integer("goal", in: 1...20, log: &log)
            let order = reader.integer("order", in: 1...99, log: &log)
            let headline = reader.bool("headline", required: false, log: &log) ?? false
            let title = reader.string("title", log: &log)
            let shortTitle = reader.string("short_title", log: &log)
            let definition = reader.string("definition", log: &log)
            let calculation = reader.string("calculation", log: &log)
            let file = reader.frontMatter.file
            if let goal, let order, facts[file] == nil { facts[file] = (goal, order, headline, file) }
            guard let title, let shortTitle, let definition, let calculation else { return nil }
            return Indicator.Text(title: title, shortTitle: shortTitle, definition: definition,
                                  calculation: calculation, body: reader.body)
        })
        let goalNumbers = Set(goals.map(\.number))
        for item in items {
            guard let primary = item.files[context.defaultLanguage], let fact = facts[primary.file] else { continue }
            // Language-neutral facts are read from the default language; other files must agree.
            for (language, other) in item.files where language != context.defaultLanguage {
                if let otherFact = facts[other.file], (otherFact.goal, otherFact.order, otherFact.headline)
                    != (fact.goal, fact.order, fact.headline) {
                    log.error("goal, order and headline must be the same in every language of '\(item.id)'",
                              at: SourceLocation(file: other.file, line: 1, column: 1),
                              hint: "compare with \(primary.file)")
                }
            }
            let location = SourceLocation(file: primary.file, line: 1, column: 1)
            if !goalNumbers.contains(fact.goal) {
                log.error("the indicator '\(item.id)' names goal \(fact.goal), which does not exist",
                          at: primary.field("goal")?.valueLocation ?? location,
                          hint: "goals: \(goalNumbers.sorted().map(String.init).joined(separator: ", "))")
                continue
            }
            guard let metric = metrics[item.id] else {
                if !loadedMetricIDs.contains(item.id) {
                    log.error("the indicator '\(item.id)' has no data file", at: location,
                              hint: "add \(context.content.displayPath("data/\(item.id).json"))"
                                + (Suggestion.closest(to: item.id, among: metrics.keys).map {
                                    " (or rename data/\($0).json if it is meant for this indicator)"
                                } ?? ""))
                }
                continue
            }
            indicators.append(Indicator(id: item.id, goal: fact.goal, order: fact.order, headline: fact.headline,
                                        texts: item.texts, metric: metric))
        }
        let textIDs = Set(items.map(\.id))
        for (id, metric) in metrics.sorted(by: { $0.key < $1.key }) where !textIDs.contains(id) {
            log.error("the data file is for the indicator '\(id)', which has no text", at: SourceLocation(file: metric.file),
                      hint: Suggestion.closest(to: id, among: textIDs).map { "did you mean '\($0)'? rename the file" }
                        ?? "add \(context.content.displayPath("indicators/\(id).\(context.defaultLanguage).md"))")
        }
        for goal in goals {
            let headlines = indicators.filter { $0.goal == goal.number && $0.headline }
            let ofGoal = indicators.filter { $0.goal == goal.number }
            if headlines.isEmpty && ofGoal.count > 1, let first = ofGoal.min(by: { $0.order < $1.order }) {
                log.warning("goal \(goal.number) has no headline indicator for the home page",
                            at: SourceLocation(file: first.texts[context.defaultLanguage]?.body.file ?? "", line: 1, column: 1),
                            hint: "set 'headline: true' on one indicator of the goal")
            }
            if headlines.count > 1 {
                for extra in headlines.dropFirst() {
                    log.error("goal \(goal.number) has more than one headline indicator",
                              at: SourceLocation(file: extra.texts[context.defaultLanguage]?.body.file ?? "", line: 1,
                                                 column: 1), hint: "set 'headline: true' on one indicator per goal")
                }
            }
            var orders: [Int: String] = [:]
            for indicator in indicators where indicator.goal == goal.number {
                if let other = orders[indicator.order] {
                    log.error("the indicators '\(other)' and '\(indicator.id)' have the same order \(indicator.order)",
                              at: SourceLocation(file: indicator.texts[context.defaultLanguage]?.body.file ?? "",
                                                 line: 1, column: 1))
                }
                orders[indicator.order] = indicator.id
            }
        }
        return indicators
    }

    static func readPages(_ files: [ContentLoader.MarkdownFile], context: Context,
                          log: inout DiagnosticLog) -> [String: ContentPage] {
        var pages: [String: ContentPage] = [:]
        var dates: [String: CalendarDate] = [:]
        for item in translated(files, context: context, log: &log, read: { (reader: inout FrontMatterReader, log: inout DiagnosticLog) -> ContentPage.Text? in
            let title = reader.string("title", log: &log)
            let description = reader.string("description", required: false, log: &log) ?? ""
            if let date = reader.date("updated", required: false, log: &log) {
                dates[reader.frontMatter.file] = date
            }
            guard let title else { return nil }
            return ContentPage.Text(title: title, description: description, body: reader.body)
        }) {
            let date = item.files[context.defaultLanguage].flatMap { dates[$0.file] }
            pages[item.id] = ContentPage(id: item.id, texts: item.texts, date: date)
        }
        return pages
    }

    static func readDiscussions(_ files: [ContentLoader.MarkdownFile], regions: [Region], goals: [Goal],
                                context: Context, log: inout DiagnosticLog) -> [Discussion] {
        var facts: [String: (year: Int, region: String, date: CalendarDate?, goals: [Int])] = [:]
        let items = translated(files, context: context, log: &log, read: { (reader: inout FrontMatterReader, log: inout DiagnosticLog) -> ContentPage.Text? in
            let title = reader.string("title", log: &log)
            let year = reader.integer("year", in: 2000...2100, log: &log)
            let region = reader.string("region", log: &log)
            let date = reader.date("date", required: false, log: &log)
            var goalNumbers: [Int] = []
            if let list = reader.list("goals", required: false, log: &log) {
                for item in list {
                    if let number = Int(item) { goalNumbers.append(number) } else {
                        log.error("'goals' lists goal numbers, like '- 3', not '\(item)'",
                                  at: reader.frontMatter.field("goals")!.location)
                    }
                }
            }
            if let year, let region { facts[reader.frontMatter.file] = (year, region, date, goalNumbers) }
            guard let title else { return nil }
            return ContentPage.Text(title: title, description: "", body: reader.body)
        })
        var discussions: [Discussion] = []
        for item in items {
            guard let primary = item.files[context.defaultLanguage], let fact = facts[primary.file] else { continue }
            let regionField = primary.field("region")?.valueLocation ?? SourceLocation(file: primary.file)
            guard regions.contains(where: { $0.id == fact.region }) else {
                log.error("unknown region '\(fact.region)'", at: regionField,
                          hint: Suggestion.hint(for: fact.region, among: regions.map(\.id)))
                continue
            }
            for number in fact.goals where !goals.contains(where: { $0.number == number }) {
                log.error("the discussion names goal \(number), which does not exist",
                          at: primary.field("goals")?.location ?? regionField)
            }
            discussions.append(Discussion(
                id: item.id, year: fact.year, regionID: fact.region, goalNumbers: fact.goals,
                page: ContentPage(id: item.id, texts: item.texts, date: fact.date)))
        }
        return discussions.sorted { ($1.year, $0.regionID) < ($0.year, $1.regionID) }
    }
}
