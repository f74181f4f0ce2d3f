import Diagnostics

extension ContentResolver {
    /// Groups per-language Markdown files by id, reads each with `read`, and warns about missing translations.
    /// Items without a file in the default language are errors: Finnish is what everything falls back to.
    ///
    /// Language-neutral facts (`TranslationSource.neutralKeys` of `folder`) are read from the default language's
    /// file only: `read` is told whether the file is that source. A translation may leave them out; one it
    /// repeats must have the source's value. A translation whose `source_hash` no longer matches its source is
    /// reported as outdated.
    static func translated<Text: Sendable>(
        _ files: [ContentLoader.MarkdownFile], folder: String, context: Context, log: inout DiagnosticLog,
        read: (_ reader: inout FrontMatterReader, _ isSource: Bool, _ log: inout DiagnosticLog) -> Text?
    ) -> [(id: String, texts: Localized<Text>, files: [String: FrontMatter])] {
        var byID: [String: [ContentLoader.MarkdownFile]] = [:]
        for file in files { byID[file.id, default: []].append(file) }
        let neutralKeys = TranslationSource.neutralKeys[folder] ?? []
        var result: [(id: String, texts: Localized<Text>, files: [String: FrontMatter])] = []
        for (id, group) in byID.sorted(by: { $0.key < $1.key }) {
            var texts = Localized<Text>()
            var frontMatters: [String: FrontMatter] = [:]
            let source = group.first { $0.language == context.defaultLanguage }?.frontMatter
            // The source first, so that its facts are known when the translations are compared with it.
            let ordered = group.sorted {
                ($0.language == context.defaultLanguage ? 0 : 1, $0.language)
                    < ($1.language == context.defaultLanguage ? 0 : 1, $1.language)
            }
            for file in ordered {
                guard context.languages.contains(file.language) else {
                    guard context.languagesAreCertain else { continue }
                    log.error(.foreignLanguage, at: SourceLocation(file: file.frontMatter.file),
                              ["language": file.language, "languages": context.languages.joined(separator: ", ")])
                    continue
                }
                let isSource = file.language == context.defaultLanguage
                var reader = FrontMatterReader(file.frontMatter, markdownOptions: context.markdownOptions)
                if !isSource {
                    checkFacts(&reader, keys: neutralKeys, source: source, log: &log)
                }
                let text = read(&reader, isSource, &log)
                // The source is what translations are compared with; only translations record a fingerprint.
                if !isSource, let recorded = reader.string(TranslationSource.key, required: false, log: &log),
                   let source {
                    checkSourceHash(recorded, of: reader.frontMatter, language: file.language, source: source,
                                    folder: folder, context: context, log: &log)
                }
                reader.reportUnknownKeys(log: &log)
                frontMatters[file.language] = file.frontMatter
                if let text { texts[file.language] = text }
            }
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

    /// A translation's copies of language-neutral facts must equal the source's.
    static func checkFacts(_ reader: inout FrontMatterReader, keys: [String], source: FrontMatter?,
                           log: inout DiagnosticLog) {
        for key in keys {
            guard let field = reader.field(key, required: false, log: &log), let source else { continue }
            let sourceField = source.field(key)
            guard sourceField?.value != field.value else { continue }
            log.error(.factsDiffer, at: field.valueLocation, [
                "key": key, "value": field.value.display,
                "source": sourceField.map { "'\($0.value.display)'" }.map(Diagnostic.Argument.text) ?? .term(.unset),
                "file": source.file,
            ])
        }
    }

    static func checkSourceHash(_ recorded: String, of translation: FrontMatter, language: String,
                                source: FrontMatter, folder: String, context: Context, log: inout DiagnosticLog) {
        guard recorded != TranslationSource.fingerprint(of: source, folder: folder) else { return }
        log.warning(.outdatedTranslation, at: translation.field(TranslationSource.key)?.valueLocation
                        ?? SourceLocation(file: translation.file), [
            "language": Diagnostic.Term.language(language),
            "source": Diagnostic.Term.language(context.defaultLanguage),
            "file": source.file, "translation": translation.file,
        ])
    }

    /// `Content/goals/1.fi.md` → `Content/goals/1.sv.md`.
    static func siblingPath(_ path: String, language: String) -> String {
        let parts = path.split(separator: ".")
        guard parts.count >= 3 else { return path }
        return (parts.dropLast(2) + [Substring(language), "md"]).joined(separator: ".")
    }

    static func readGoals(_ files: [ContentLoader.MarkdownFile], context: Context, log: inout DiagnosticLog) -> [Goal] {
        var goals: [Goal] = []
        let items = translated(files, folder: "goals", context: context, log: &log) {
            reader, _, log -> Goal.Text? in
            let title = reader.string("title", log: &log)
            let shortTitle = reader.string("short_title", log: &log)
            let keyResults = reader.list("key_results", log: &log)
            guard let title, let shortTitle, let keyResults else { return nil }
            return Goal.Text(title: title, shortTitle: shortTitle, keyResults: keyResults, body: reader.body)
        }
        for item in items {
            guard let number = Int(item.id), (1...20).contains(number) else {
                let file = item.files.values.map(\.file).sorted().first ?? ""
                log.error(.goalFileName, at: SourceLocation(file: file), ["id": item.id])
                continue
            }
            goals.append(Goal(number: number, texts: item.texts, indicatorIDs: []))
        }
        return goals
    }

    /// The language-neutral facts of an indicator, read from the default language's front matter only.
    struct IndicatorFacts {
        var kind: Indicator.Kind
        var goal: Int?
        var order: Int
        var headline: Bool
        var rate: String?
    }

    /// `kind`, `goal`, `order`, `headline` and `rate` of an indicator's source file; nil when they cannot make
    /// an indicator (a goal indicator without its goal, or no order). A context indicator belongs to no goal.
    static func readFacts(_ reader: inout FrontMatterReader, log: inout DiagnosticLog) -> IndicatorFacts? {
        var kind = Indicator.Kind.goal
        if let text = reader.string("kind", required: false, log: &log) {
            if let known = Indicator.Kind(rawValue: text) { kind = known } else {
                let valid = Indicator.Kind.allCases.map(\.rawValue)
                log.error(.unknownIndicatorKind, at: reader.frontMatter.field("kind")!.valueLocation, [
                    "kind": text, "valid": valid.joined(separator: ", "),
                    "suggestion": Suggestion.closest(to: text, among: valid),
                ])
            }
        }
        let goal = reader.integer("goal", in: 1...20, required: kind == .goal, log: &log)
        let order = reader.integer("order", in: 1...99, log: &log)
        let headline = reader.bool("headline", required: false, log: &log)
        let rate = reader.string("rate", required: false, log: &log)
        if kind == .context, let field = reader.frontMatter.field("goal") ?? reader.frontMatter.field("headline") {
            log.error(.contextWithGoal, at: field.location, ["key": field.key])
        }
        guard let order, kind == .context || goal != nil else { return nil }
        return IndicatorFacts(kind: kind, goal: kind == .goal ? goal : nil, order: order,
                              headline: kind == .goal && headline == true, rate: rate)
    }

    static func readIndicators(_ files: [ContentLoader.MarkdownFile], metrics: [String: Metric],
                               loadedMetricIDs: Set<String>, goals: [Goal], context: Context,
                               log: inout DiagnosticLog) -> [Indicator] {
        var indicators: [Indicator] = []
        var facts: [String: IndicatorFacts] = [:]
        let items = translated(files, folder: "indicators", context: context, log: &log) {
            reader, isSource, log -> Indicator.Text? in
            if isSource, let fact = readFacts(&reader, log: &log) { facts[reader.frontMatter.file] = fact }
            let title = reader.string("title", log: &log)
            let shortTitle = reader.string("short_title", log: &log)
            let definition = reader.string("definition", log: &log)
            let calculation = reader.string("calculation", log: &log)
            guard let title, let shortTitle, let definition, let calculation else { return nil }
            return Indicator.Text(title: title, shortTitle: shortTitle, definition: definition,
                                  calculation: calculation, body: reader.body)
        }
        let goalNumbers = Set(goals.map(\.number))
        for item in items {
            guard let primary = item.files[context.defaultLanguage], let fact = facts[primary.file] else { continue }
            let location = SourceLocation(file: primary.file, line: 1, column: 1)
            if let goal = fact.goal, !goalNumbers.contains(goal) {
                log.error(.unknownGoal, at: primary.field("goal")?.valueLocation ?? location, [
                    "id": item.id, "goal": goal,
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
            indicators.append(Indicator(id: item.id, kind: fact.kind, goal: fact.goal, order: fact.order,
                                        headline: fact.headline, rateID: fact.rate, texts: item.texts,
                                        metric: metric))
        }
        let textIDs = Set(items.map(\.id))
        for (id, metric) in metrics.sorted(by: { $0.key < $1.key }) where !textIDs.contains(id) {
            log.error(.dataWithoutText, at: SourceLocation(file: metric.file), [
                "id": id, "suggestion": Suggestion.closest(to: id, among: textIDs),
                "file": context.content.displayPath("indicators/\(id).\(context.defaultLanguage).md"),
            ])
        }
        checkRates(indicators, items: items, known: textIDs.union(loadedMetricIDs), context: context, log: &log)
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
        }
        // Order is unique within a goal, and among the context indicators.
        var orders: [String: String] = [:]
        for indicator in indicators {
            let key = "\(indicator.goal.map(String.init) ?? indicator.kind.rawValue)|\(indicator.order)"
            if let other = orders[key] {
                let file = indicator.texts[context.defaultLanguage]?.body.file ?? ""
                log.error(.sameOrder, at: SourceLocation(file: file, line: 1, column: 1),
                          ["first": other, "second": indicator.id, "order": indicator.order])
            }
            orders[key] = indicator.id
        }
        return indicators
    }

    /// A count's `rate` names an indicator that exists and is not itself a count. A rate whose own files failed
    /// (`known`, but not resolved) has its own errors already.
    static func checkRates(_ indicators: [Indicator], items: [(id: String, texts: Localized<Indicator.Text>,
                                                                files: [String: FrontMatter])],
                           known: Set<String>, context: Context, log: inout DiagnosticLog) {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for indicator in indicators {
            guard let rateID = indicator.rateID,
                  let primary = items.first(where: { $0.id == indicator.id })?.files[context.defaultLanguage]
            else { continue }
            let location = primary.field("rate")?.valueLocation ?? SourceLocation(file: primary.file)
            guard let rate = byID[rateID] else {
                if known.contains(rateID) { continue }
                log.error(.unknownRate, at: location, [
                    "id": indicator.id, "rate": rateID,
                    "suggestion": Suggestion.closest(to: rateID, among: byID.keys.sorted()),
                ])
                continue
            }
            if rate.metric.unit == .count || rate.id == indicator.id {
                log.error(.rateIsACount, at: location, ["id": indicator.id, "rate": rateID])
            }
        }
    }

    static func readPages(_ files: [ContentLoader.MarkdownFile], folder: String, context: Context,
                          log: inout DiagnosticLog) -> [String: ContentPage] {
        var pages: [String: ContentPage] = [:]
        var dates: [String: CalendarDate] = [:]
        let items = translated(files, folder: folder, context: context, log: &log) {
            reader, isSource, log -> ContentPage.Text? in
            let title = reader.string("title", log: &log)
            let description = reader.string("description", required: false, log: &log) ?? ""
            if isSource, let date = reader.date("updated", required: false, log: &log) {
                dates[reader.frontMatter.file] = date
            }
            guard let title else { return nil }
            return ContentPage.Text(title: title, description: description, body: reader.body)
        }
        for item in items {
            let date = item.files[context.defaultLanguage].flatMap { dates[$0.file] }
            pages[item.id] = ContentPage(id: item.id, texts: item.texts, date: date)
        }
        return pages
    }

    static func readDiscussions(_ files: [ContentLoader.MarkdownFile], regions: [Region], areas: [Area],
                                goals: [Goal], context: Context, log: inout DiagnosticLog) -> [Discussion] {
        var facts: [String: (year: Int, region: String, date: CalendarDate?, goals: [Int], participants: [String])]
            = [:]
        let items = translated(files, folder: "discussions", context: context, log: &log) {
            reader, isSource, log -> ContentPage.Text? in
            let title = reader.string("title", log: &log)
            guard isSource else { return title.map { ContentPage.Text(title: $0, description: "", body: reader.body) } }
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
            let participants = reader.list("participants", required: false, log: &log) ?? []
            if let year, let region {
                facts[reader.frontMatter.file] = (year, region, date, goalNumbers, participants)
            }
            guard let title else { return nil }
            return ContentPage.Text(title: title, description: "", body: reader.body)
        }
        var discussions: [Discussion] = []
        let areaIDs = Set(areas.map(\.id))
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
            for participant in fact.participants where !areaIDs.contains(participant) {
                log.error(.unknownParticipant, at: primary.field("participants")?.location ?? regionField, [
                    "area": participant, "suggestion": Suggestion.closest(to: participant, among: areaIDs.sorted()),
                ])
            }
            discussions.append(Discussion(
                id: item.id, year: fact.year, regionID: fact.region, goalNumbers: fact.goals,
                participantIDs: fact.participants.filter(areaIDs.contains),
                page: ContentPage(id: item.id, texts: item.texts, date: fact.date)))
        }
        return discussions.sorted { ($1.year, $0.regionID) < ($0.year, $1.regionID) }
    }
}

extension FrontMatter.Value {
    /// The value as an editor wrote it, for messages: `ely-a`, or `3, 4` for a list.
    var display: String {
        switch self {
        case .scalar(let text): text
        case .list(let items): items.joined(separator: ", ")
        }
    }
}

extension Diagnostic.Term {
    static let unset = Diagnostic.Term("value.unset", "not set")
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
    static let factsDiffer = Diagnostic.Code(
        .content, "facts-differ", "'{key}' is '{value}' here but {source} in {file}",
        hint: "delete the line: translations take '{key}' from {file}")
    static let outdatedTranslation = Diagnostic.Code(
        .content, "outdated-translation", "the {source} text has changed since this {language} translation was made",
        hint: "update the translation from {file}, then run 'build-site --mark-translated {translation}'")
    static let unknownParticipant = Diagnostic.Code(
        .content, "unknown-participant", "'participants' names '{area}', which is not an area",
        hint: "did you mean '{suggestion}'?")
    static let unknownGoal = Diagnostic.Code(
        .content, "unknown-goal", "the indicator '{id}' names goal {goal}, which does not exist",
        hint: "goals: {goals}")
    static let unknownIndicatorKind = Diagnostic.Code(
        .content, "unknown-indicator-kind", "unknown indicator kind '{kind}'; valid kinds: {valid}",
        hint: "did you mean '{suggestion}'?")
    static let contextWithGoal = Diagnostic.Code(
        .content, "context-with-goal", "a context indicator belongs to no goal, so it has no '{key}'",
        hint: "delete '{key}', or delete 'kind: context' if the indicator measures a goal")
    static let unknownRate = Diagnostic.Code(
        .content, "unknown-rate", "'{id}' is compared on the indicator '{rate}', which does not exist",
        hint: "did you mean '{suggestion}'?")
    static let rateIsACount = Diagnostic.Code(
        .content, "rate-is-a-count",
        "'{id}' is compared on '{rate}', which is a count: areas of different sizes cannot be compared on it",
        hint: "name a share or a rate per inhabitants in 'rate'")
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
