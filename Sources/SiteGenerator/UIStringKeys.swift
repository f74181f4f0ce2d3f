import Dashboard

/// The UI strings the templates use, for checking the catalogs before anything is rendered: every required key
/// must be in the default language's catalog (a page would otherwise show the bare key), and a key that is
/// neither required nor optional is reported as unused. `UIStringKeysTests` builds the fixture site with
/// catalogs cut down to these keys and expects the same pages, so a template cannot use a key missing here.
enum UIStringKeys {
    static let required: Set<String> = [
        // Search, the overview and the area scoreboard.
        "path.search", "path.overview", "path.overview.improving", "path.overview.worsening", "home.search",
        "home.overview", "search.box", "search.contents", "search.filter", "search.kind.area", "search.kind.goal",
        "search.kind.indicator", "search.kind.municipality", "search.kind.region", "search.lead", "search.submit",
        "search.title", "overview.caption", "overview.lead", "overview.order", "overview.order.improving",
        "overview.order.name", "overview.order.worsening", "overview.rule", "overview.rule.link", "overview.title",
        "area.scoreboard", "area.scoreboard.not-assessed", "area.scoreboard.not-enough-data",
        // Similar areas.
        "similar.heading", "similar.intro", "similar.method", "similar.table",
        // The current situation (real figures) and each figure's provenance.
        "path.snapshot", "nav.snapshot", "notice.illustrative.goals", "notice.illustrative.marked",
        "notice.real.snapshot", "indicator.compared-on", "indicator.provenance", "indicator.section",
        "provenance.illustrative", "provenance.label.illustrative", "provenance.label.real", "provenance.real",
        "provenance.retrieved", "provenance.table", "provenance.updated",
        "snapshot.area", "snapshot.area-counts", "snapshot.areas", "snapshot.count", "snapshot.description",
        "snapshot.heading", "snapshot.indicators", "snapshot.intro", "snapshot.lead", "snapshot.more",
        "snapshot.order.ascending", "snapshot.order.descending", "snapshot.rank.ascending",
        "snapshot.rank.descending", "snapshot.ranking", "snapshot.rate", "snapshot.rates", "snapshot.rates.heading",
        "snapshot.rates.note", "snapshot.regions", "snapshot.regions.heading", "snapshot.title",
        "path.goals", "path.goal", "path.indicators", "path.areas", "path.regions", "path.municipalities",
        "path.discussions", "path.process",
        "nav.skip", "nav.main", "nav.languages", "nav.breadcrumbs", "nav.home", "nav.goals", "nav.areas",
        "nav.municipalities", "nav.monitoring", "nav.methods",
        "notice.example.title", "notice.example.text", "notice.example.link",
        "footer.accessibility", "footer.about", "footer.methods", "footer.contact", "footer.licence",
        "feed.title", "feed.entry.data", "feed.entry.data.summary", "feed.entry.discussion.summary",
        "feed.entry.page",
        "home.updated", "home.goals", "home.goal-link", "home.by-area", "home.by-area.text", "home.monitoring",
        "goal.number", "goal.key-results", "goal.indicators",
        "indicator.goal", "indicator.definition", "indicator.calculation", "indicator.source", "indicator.frequency",
        "indicator.unit", "indicator.direction", "indicator.updated", "indicator.tolerance", "indicator.national",
        "indicator.areas", "indicator.table",
        "frequency.month", "frequency.quarter", "frequency.year",
        "unit.percent", "unit.count", "unit.days", "unit.score", "unit.ratio",
        "direction.up", "direction.down", "direction.none",
        "status.improving", "status.no-clear-change", "status.worsening", "status.not-enough-data",
        "status.not-assessed",
        "flag.provisional",
        "value.missing",
        "place.whole-country",
        "chart.baseline", "chart.provisional", "chart.no-data", "chart.show-table", "chart.source",
        "chart.title.improving", "chart.title.worsening", "chart.title.no-clear-change",
        "chart.title.not-enough-data", "chart.title.not-assessed", "chart.title.breakdown", "chart.download-svg",
        "chart.permalink",
        "summary.latest", "summary.change", "summary.national", "summary.no-data",
        "card.change",
        "ranking.title", "ranking.description", "ranking.order.ascending", "ranking.order.descending",
        "ranking.current", "ranking.full",
        "multiples.title", "multiples.description",
        "tilemap.title.areas", "tilemap.subtitle.areas", "tilemap.title.indicator", "tilemap.description",
        "tilemap.no-data", "tilemap.area",
        "table.period", "table.place", "table.area", "table.value", "table.rank", "table.latest", "table.year-ago",
        "table.change", "table.status", "table.provisional-suffix", "table.provisional-mark", "table.note",
        "area.description", "area.members", "area.model", "area.host", "area.maakunta", "area.region",
        "area.region.from", "area.region.until", "area.region.derived", "area.goals", "area.goal-link",
        "model.host-municipality", "model.single-municipality", "model.joint-authority",
        "areagoal.title", "areagoal.national-link", "areagoal.table",
        "areas.lead", "areas.member-count",
        "region.kind", "region.kind.ely", "region.kind.elinvoimakeskus", "region.maakunnat", "region.derived",
        "region.valid", "region.areas", "region.no-areas", "region.table", "region.description",
        "municipalities.title", "municipalities.lead", "municipalities.filter", "municipalities.name-fi",
        "municipalities.name-sv", "municipalities.area", "municipalities.aland", "municipalities.unknown",
        "municipalities.merged",
        "discussions.title", "discussions.lead",
        "discussion.region", "discussion.date", "discussion.goals",
        "process.title", "process.lead", "process.cycle.title", "process.cycle.subtitle", "process.cycle.center",
        "process.month", "process.event", "process.workplan", "process.timeline", "process.task", "process.output",
        "process.schedule", "process.status", "process.discussions-link",
        "task.not-started", "task.in-progress", "task.done",
        "methods.definitions",
        "page.updated",
        "notfound.title", "notfound.text",
        "downloads.title", "downloads.updated", "downloads.bytes", "downloads.kilobytes", "downloads.megabytes",
        "downloads.format.csv", "downloads.format.json", "downloads.format.zip",
        "areas.per-inhabitants", "areas.per-inhabitants.dated", "areas.per-inhabitants.value", "chart.axis-cut",
        "chart.break", "chart.data-period", "chart.download-csv", "chart.download-csv-excel",
        "choropleth.description", "choropleth.legend.down",
        "choropleth.legend.none", "choropleth.legend.up", "choropleth.link", "choropleth.title", "csv.break",
        "csv.per-population", "csv.period", "csv.place", "csv.provisional", "csv.rank", "csv.status", "csv.value",
        "discussion.participants", "discussions.of-area", "discussions.of-region", "flag.revised",
        "methods.tolerance.relative", "methods.tolerances", "notice.fallback", "ranking.description.per-population",
        "ranking.description.provisional", "ranking.description.unranked", "ranking.per-population",
        "ranking.provisional", "ranking.title.unranked", "region.ranking", "region.ranking.in-country",
        "region.ranking.in-region", "status.provisional", "table.break-suffix", "table.direction", "table.frequency",
        "table.goal", "table.indicator", "table.tolerance", "tilemap.legend.down", "tilemap.legend.none",
        "tilemap.legend.up", "value.missing.not-applicable", "value.missing.not-published",
        "value.missing.suppressed",
    ]

    /// Keys a catalog may have: a page's own URL segment (`path.page.<id>`, else the id), a region's name in
    /// another language (`maakunta.<Finnish name>`, else the Finnish name) and the singular form of a required
    /// text (`<key>.one`).
    static func isOptional(_ key: String) -> Bool {
        if key.hasPrefix("path.page.") || key.hasPrefix("maakunta.") { return true }
        return key.hasSuffix(".one") && required.contains(String(key.dropLast(4)))
    }

    static var keys: ContentResolver.StringKeys {
        ContentResolver.StringKeys(required: required, optional: isOptional)
    }
}
