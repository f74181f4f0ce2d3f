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
                    guard context.languagesAreCertain else { continue }
                    log.error(.foreignLanguage, at: SourceLocation(file: file.frontMatter.file),
                              ["language": file.language, "languages": context.languages.joined(separator: ", ")])
                    continue
                }
                var reader = FrontMatterReader(file.frontMatter, markdownOptions: context.markdownOptions)
                let text = read(&reader, &log)
                reader.reportUnknownKeys(log: &log)
                frontMatters[file.language] = file.frontMatter
                if let text { texts[file.language] = text }
            }
            let folder = group.first.map { folderName(of: $0.frontMatter.file) } ?? ""
            func isBroken(_ language: String) -> Bool {
                context.brokenFiles.contains("\(folder)/\(id).\(language).md")
            }
            guard let primary = frontMatters[context.defaultLanguage] else {
                if isBroken(context.defaultLanguage) { continue }
                let file = group.map(\.frontMatter.file).sorted().first ?? id
                log.error(.missingDefaultLanguage, at: SourceLocation(file: file), [
                    "id": id, "language": Diagnostic.Term.language(context.defaultLanguage),
                    "file": siblingPath(file, language: context.defaultLanguage),
                ])
                continue
            }
            for language in context.languages where frontMatters[language] == nil && !isBroken(language) {
                log.warning(.missingTranslation, at: SourceLocation(file: primary.file), [
                    "language": Diagnostic.Term.language(language),
                    "fallback": Diagnostic.Term.language(context.defaultLanguage),
                    "file": siblingPath(primary.file, language: language),
                ])
            }
            result.append((id, texts, frontMatters))
        }
        return result
    }

    /// `Content/goals/1.fi.md` → `goals`.
    static func folderName(of path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : ""
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
                log.error(.goalFileName, at: SourceLocation(file: file), ["id": item.id])
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
                    log.error(.indicatorFactsDiffer, at: SourceLocation(file: other.file, line: 1, column: 1),
                              ["id": item.id, "file": primary.file])
                }
            }
            let location = SourceLocation(file: primary.file, line: 1, column: 1)
            if !goalNumbers.contains(fact.goal) {
                log.error(.unknownGoal, at: primary.field("goal")?.valueLocation ?? location, [
                    "id": item.id, "goal": fact.goal,
                    "goals": goalNumbers.sorted().map(String.init).joined(separator: ", "),
                ])
                continue
            }
            guard let metric = metrics[item.id] else {
                if !loadedMetricIDs.contains(item.id) {
                    log.error(.missingData, at: location, [
                        "id": item.id, "file": context.content.displayPath("data/\(item.id).json"),
                        "suggestion": Suggestion.closest(to: item.id, among: metrics.keys),
                    ])
                }
                continue
            }
            indicators.append(Indicator(id: item.id, goal: fact.goal, order: fact.order, headline: fact.headline,
                                        texts: item.texts, metric: metric))
        }
        let textIDs = Set(items.map(\.id))
        for (id, metric) in metrics.sorted(by: { $0.key < $1.key }) where !textIDs.contains(id) {
            log.error(.dataWithoutText, at: SourceLocation(file: metric.file), [
                "id": id, "suggestion": Suggestion.closest(to: id, among: textIDs),
                "file": context.content.displayPath("indicators/\(id).\(context.defaultLanguage).md"),
            ])
        }
        for goal in goals {
            let headlines = indicators.filter { $0.goal == goal.number && $0.headline }
            let ofGoal = indicators.filter { $0.goal == goal.number }
            if headlines.isEmpty && ofGoal.count > 1, let first = ofGoal.min(by: { $0.order < $1.order }) {
                let file = first.texts[context.defaultLanguage]?.body.file ?? ""
                log.warning(.noHeadline, at: SourceLocation(file: file, line: 1, column: 1), ["goal": goal.number])
            }
            if headlines.count > 1 {
                for extra in headlines.dropFirst() {
                    let file = extra.texts[context.defaultLanguage]?.body.file ?? ""
                    log.error(.severalHeadlines, at: SourceLocation(file: file, line: 1, column: 1),
                              ["goal": goal.number])
                }
            }
            var orders: [Int: String] = [:]
            for indicator in indicators where indicator.goal == goal.number {
                if let other = orders[indicator.order] {
                    let file = indicator.texts[context.defaultLanguage]?.body.file ?? ""
                    log.error(.sameOrder, at: SourceLocation(file: file, line: 1, column: 1),
                              ["first": other, "second": indicator.id, "order": indicator.order])
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
                        log.error(.invalidGoalNumber, at: reader.frontMatter.field("goals")!.location, ["value": item])
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
            let regionKnown = regions.contains { $0.id == fact.region } || context.brokenFiles.contains("regions.json")
            guard regionKnown else {
                log.error(.discussionRegion, at: regionField, [
                    "region": fact.region, "suggestion": Suggestion.closest(to: fact.region, among: regions.map(\.id)),
                ])
                continue
            }
            for number in fact.goals where !goals.contains(where: { $0.number == number }) {
                log.error(.discussionGoal, at: primary.field("goals")?.location ?? regionField, ["goal": number])
            }
            discussions.append(Discussion(
                id: item.id, year: fact.year, regionID: fact.region, goalNumbers: fact.goals,
                page: ContentPage(id: item.id, texts: item.texts, date: fact.date)))
        }
        return discussions.sorted { ($1.year, $0.regionID) < ($0.year, $1.regionID) }
    }
}

extension Diagnostic.Code {
    static let foreignLanguage = Diagnostic.Code(
        .content, "foreign-language", "'{language}' is not a language of this site ({languages})")
    static let missingDefaultLanguage = Diagnostic.Code(
        .content, "missing-default-language", "'{id}' has no {language} text, which every other language falls back to",
        hint: "add {file}")
    static let missingTranslation = Diagnostic.Code(
        .content, "missing-translation", "missing {language} translation: the {fallback} text is shown instead",
        hint: "add {file}")
    static let goalFileName = Diagnostic.Code(
        .content, "goal-file-name", "a goal file is named by its number, like '3.fi.md', not '{id}'")
    static let indicatorFactsDiffer = Diagnostic.Code(
        .content, "indicator-facts-differ", "goal, order and headline must be the same in every language of '{id}'",
        hint: "compare with {file}")
    static let unknownGoal = Diagnostic.Code(
        .content, "unknown-goal", "the indicator '{id}' names goal {goal}, which does not exist",
        hint: "goals: {goals}")
    static let missingData = Diagnostic.Code(
        .content, "missing-data", "the indicator '{id}' has no data file",
        hints: ["add {file} (or rename data/{suggestion}.json if it is meant for this indicator)", "add {file}"])
    static let dataWithoutText = Diagnostic.Code(
        .content, "data-without-text", "the data file is for the indicator '{id}', which has no text",
        hints: ["did you mean '{suggestion}'? rename the file", "add {file}"])
    static let noHeadline = Diagnostic.Code(
        .content, "no-headline", "goal {goal} has no headline indicator for the home page",
        hint: "set 'headline: true' on one indicator of the goal")
    static let severalHeadlines = Diagnostic.Code(
        .content, "several-headlines", "goal {goal} has more than one headline indicator",
        hint: "set 'headline: true' on one indicator per goal")
    static let sameOrder = Diagnostic.Code(
        .content, "same-order", "the indicators '{first}' and '{second}' have the same order {order}")
    static let invalidGoalNumber = Diagnostic.Code(
        .content, "invalid-goal-number", "'goals' lists goal numbers, like '- 3', not '{value}'")
    static let discussionRegion = Diagnostic.Code(
        .content, "unknown-region", "unknown region '{region}'", hint: "did you mean '{suggestion}'?")
    static let discussionGoal = Diagnostic.Code(
        .content, "unknown-discussion-goal", "the discussion names goal {goal}, which does not exist")
}
