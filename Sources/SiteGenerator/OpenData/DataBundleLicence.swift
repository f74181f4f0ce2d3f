import Dashboard

/// `LICENSE.txt` of the data bundle: the data licence from the site settings, the publisher, and the source to
/// credit for each indicator, in every language the content gives.
enum DataBundleLicence {
    /// The text of the licence file.
    static func render(model: DashboardModel) -> String {
        let settings = model.settings
        func allLanguages(_ text: LocalizedText) -> String {
            MetricJSON.orderedLanguages(Array(text.values.keys), settings: settings).compactMap { text[$0] }
                .joined(separator: " / ")
        }
        var lines = [
            "Lisenssi / Licens / Licence: \(settings.dataLicenceName)",
            settings.dataLicenceURL,
            "",
            "Julkaisija / Utgivare / Publisher: \(allLanguages(settings.organisation))",
            "",
            "Lähteet / Källor / Sources (mainitse lähde / ange källan / credit the source):",
        ]
        for indicator in model.indicators.sorted(by: { $0.id < $1.id }) {
            lines.append("  \(indicator.id): \(allLanguages(indicator.metric.source))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
