import Dashboard

/// The published JSON of one indicator, `data/<indicator-id>.json`: what the indicator is, where the figures come
/// from, under which licence, and every series.
///
/// Texts are objects by language holding only the languages the content really has, in site language order.
/// The series keep the shape of the metric files (`area`, `breakdown`, `values` of `period`, `value`, `missing`,
/// `flags`), ordered like the CSV, with values written with exactly `decimals` digits. `places` names every area
/// id the series use. `provenance` says whether the values are real statistics (and from which tables) or
/// illustrative, as the metric file does.
///
/// The document has `kind` (`goal` or `context`) and, for a goal indicator, its `goal`.
enum MetricJSON {
    /// The file's bytes.
    static func render(_ indicator: Indicator, model: DashboardModel, strings: PublishingStrings) -> [UInt8] {
        let metric = indicator.metric
        let settings = model.settings
        let published = metric.publishedSeries(model: model, strings: strings)
        let licence: JSONText = .object([
            ("name", .string(settings.dataLicenceName)), ("url", .string(settings.dataLicenceURL)),
        ])
        var document: [(key: String, value: JSONText)] = [("indicator", .string(indicator.id)),
                                                          ("kind", .string(indicator.kind.rawValue))]
        if let goal = indicator.goal { document.append(("goal", .integer(goal))) }
        document += [
            ("title", localized(indicator.texts.values.mapValues(\.title), settings: settings)),
            ("shortTitle", localized(indicator.texts.values.mapValues(\.shortTitle), settings: settings)),
            ("definition", localized(indicator.texts.values.mapValues(\.definition), settings: settings)),
            ("unit", .string(metric.unit.rawValue)),
            ("decimals", .integer(metric.decimals)),
            ("betterDirection", .string(metric.betterDirection.rawValue)),
            ("frequency", .string(metric.frequency.rawValue)),
            ("updated", .string(metric.updated.description)),
            ("source", localized(metric.source.values, settings: settings)),
            ("provenance", provenance(metric.provenance)),
            ("licence", licence),
        ]
        if !metric.breakdowns.isEmpty {
            document.append(("breakdowns", .array(metric.breakdowns.map { breakdown(of: $0, settings: settings) })))
            document.append(("headline", selection(metric.headline, metric: metric)))
        }
        var placeIDs: Set<String> = []
        let places = published.map(\.place).filter { placeIDs.insert($0.id).inserted }
        document.append(("places", .array(places.map { place(of: $0, settings: settings) })))
        document.append(("series", .array(published.map { series(of: $1, metric: metric) })))
        return Array(JSONText.object(document).rendered().utf8)
    }

    /// Texts by language, with only the languages the content has, in site language order.
    private static func localized(_ texts: [String: String], settings: SiteSettings) -> JSONText {
        .object(orderedLanguages(Array(texts.keys), settings: settings).map { ($0, .string(texts[$0]!)) })
    }

    /// `{"values": "real", "tables": [{"id", "period", "updated", "retrieved"}]}`, leaving out what is not known.
    static func provenance(_ provenance: Provenance) -> JSONText {
        var members: [(key: String, value: JSONText)] = [("values", .string(provenance.values.rawValue))]
        if provenance.isReal {
            members.append(("tables", .array(provenance.tables.map { table in
                var fields: [(key: String, value: JSONText)] = [("id", .string(table.id))]
                if let period = table.period { fields.append(("period", .string(period.description))) }
                if let updated = table.updated { fields.append(("updated", .string(updated.description))) }
                if let retrieved = table.retrieved { fields.append(("retrieved", .string(retrieved.description))) }
                return .object(fields)
            })))
        }
        return .object(members)
    }

    private static func breakdown(of breakdown: Metric.Breakdown, settings: SiteSettings) -> JSONText {
        let categories = breakdown.categories.map { category -> JSONText in
            var members: [(key: String, value: JSONText)] = [
                ("id", .string(category.id)), ("name", localized(category.name.values, settings: settings)),
            ]
            if let direction = category.betterDirection {
                members.append(("betterDirection", .string(direction.rawValue)))
            }
            return .object(members)
        }
        return .object([
            ("id", .string(breakdown.id)),
            ("name", localized(breakdown.name.values, settings: settings)),
            ("categories", .array(categories)),
        ])
    }

    private static func place(of place: PublishedPlace, settings: SiteSettings) -> JSONText {
        .object([
            ("id", .string(place.id)), ("type", .string(place.kind.rawValue)), ("code", .string(place.code)),
            ("name", localized(place.name.values, settings: settings)),
        ])
    }

    private static func series(of series: Metric.Series, metric: Metric) -> JSONText {
        var members: [(key: String, value: JSONText)] = [("area", .string(series.place))]
        if !series.selection.isEmpty {
            members.append(("breakdown", selection(series.selection, metric: metric)))
        }
        members.append(("values", .array(series.points.map { point(of: $0, decimals: metric.decimals) })))
        return .object(members)
    }

    /// A breakdown selection with its keys in the metric's breakdown order.
    private static func selection(_ selection: [String: String], metric: Metric) -> JSONText {
        let declared = metric.breakdowns.map(\.id).filter { selection[$0] != nil }
        let others = selection.keys.filter { !declared.contains($0) }.sorted()
        return .object((declared + others).map { ($0, .string(selection[$0]!)) })
    }

    private static func point(of point: Metric.Point, decimals: Int) -> JSONText {
        let value = point.value.flatMap { $0.isFinite ? $0 : nil }
        var members: [(key: String, value: JSONText)] = [
            ("period", .string(point.period.description)),
            ("value", value.map { .number(PlainDecimal.format($0, decimals: decimals)) } ?? .null),
        ]
        if let missing = point.missing {
            members.append(("missing", .string(missing.rawValue)))
        }
        if !point.flags.isEmpty {
            members.append(("flags", .array(MetricCSV.flagList(point.flags).map(JSONText.string))))
        }
        return .object(members)
    }

    /// `languages` with the site's languages first, in their order, then any others alphabetically.
    static func orderedLanguages(_ languages: [String], settings: SiteSettings) -> [String] {
        settings.languages.filter(languages.contains) + languages.filter { !settings.languages.contains($0) }.sorted()
    }
}
