import Dashboard
import Publishing

extension AtomFeed {
    /// The site path of the feed of `language`.
    static func sitePath(language: String) -> String { "\(language)/feed.xml" }

    /// The feed of one language: an entry per indicator for its latest data update, one per dated discussion and
    /// one per free page with an `updated` date; newest first, equal dates by entry id.
    ///
    /// Entry ids are the feed's own URL with a fragment that names the item and, for updates, the date
    /// (`…/fi/feed.xml#data-benefit-days-2026-10-28`), so a new data release is a new entry while rebuilding
    /// the same data changes nothing, and renaming a translated URL segment does not re-announce old entries.
    /// The feed's `updated` is the newest entry's date, or 1980-01-01 when there are no entries: never the clock.
    init(model: DashboardModel, language: String, strings: PublishingStrings) {
        let settings = model.settings
        let pageStrings = Strings(
            language: language, catalogs: model.catalogs, fallbackLanguage: settings.defaultLanguage)
        let format = Localisation(language: language)
        let feedPath = Self.sitePath(language: language)
        func localized(_ text: LocalizedText) -> String { text.text(language, fallback: settings.defaultLanguage) }

        var entries: [Entry] = []
        for indicator in model.indicators {
            let metric = indicator.metric
            guard let updated = PublicationDate(metric.updated) else { continue }
            let shortTitle =
                indicator.texts.resolved(language, fallback: settings.defaultLanguage)?.value.shortTitle ?? indicator.id
            let source = localized(metric.source)
            entries.append(
                Entry(
                    id: "\(feedPath)#data-\(indicator.id)-\(metric.updated)",
                    title: strings.format("feed.entry.data", language, ["indicator": shortTitle]),
                    updated: updated,
                    summary: metric.periods.last.map {
                        strings.format(
                            "feed.entry.data.summary", language, ["period": format.period($0), "source": source])
                    } ?? source,
                    path: Route.indicator(indicator.id).path(language: language, strings: pageStrings)))
        }
        for discussion in model.discussions {
            guard let date = discussion.page.date, let updated = PublicationDate(date) else { continue }
            let region = model.region(discussion.regionID).map { localized($0.name) } ?? discussion.regionID
            entries.append(
                Entry(
                    id: "\(feedPath)#discussion-\(discussion.id)",
                    title: discussion.page.texts.resolved(language, fallback: settings.defaultLanguage)?.value.title
                        ?? discussion.id,
                    updated: updated,
                    summary: strings.format(
                        "feed.entry.discussion.summary", language, ["region": region, "date": format.date(date)]),
                    path: Route.discussion(discussion.id).path(language: language, strings: pageStrings)))
        }
        for (id, page) in model.pages.sorted(by: { $0.key < $1.key }) {
            guard let date = page.date, let updated = PublicationDate(date),
                let text = page.texts.resolved(language, fallback: settings.defaultLanguage)?.value
            else { continue }
            entries.append(
                Entry(
                    id: "\(feedPath)#page-\(id)-\(date)",
                    title: strings.format("feed.entry.page", language, ["title": text.title]),
                    updated: updated,
                    summary: text.description,
                    path: Route.page(id).path(language: language, strings: pageStrings)))
        }
        entries.sort { ($1.updated, $0.id) < ($0.updated, $1.id) }

        self.init(
            id: feedPath,
            title: strings.format("feed.title", language, ["site": localized(settings.title)]),
            language: language,
            updated: entries.first?.updated ?? PublicationDate(year: 1980, month: 1, day: 1)!,
            authorName: localized(settings.organisation),
            selfPath: feedPath,
            alternatePath: Route.home.path(language: language, strings: pageStrings),
            entries: entries)
    }
}
