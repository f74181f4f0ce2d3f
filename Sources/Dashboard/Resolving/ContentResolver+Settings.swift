import Diagnostics

extension ContentResolver {
    static func readSettings(_ node: JSONNode, log: inout DiagnosticLog) -> SiteSettings? {
        guard var object = JSONObjectReader(node, context: "the site settings", log: &log) else { return nil }
        let title = object.localized("title", log: &log)
        let description = object.localized("description", log: &log)
        let languages = object.strings("languages", log: &log) ?? ["fi"]
        let defaultLanguage = object.string("defaultLanguage", log: &log) ?? "fi"
        let organisation = object.localized("organisation", log: &log)
        var contactEmail = "", contactURL: String?
        if let contact = object.node("contact", required: true, log: &log),
           var reader = JSONObjectReader(contact, context: "\"contact\"", log: &log) {
            contactEmail = reader.string("email", log: &log) ?? ""
            contactURL = reader.string("url", required: false, log: &log)
            reader.reportUnknownKeys(log: &log)
        }
        var licenceName = "", licenceURL = ""
        if let licence = object.node("dataLicence", required: true, log: &log),
           var reader = JSONObjectReader(licence, context: "\"dataLicence\"", log: &log) {
            licenceName = reader.string("name", log: &log) ?? ""
            licenceURL = reader.string("url", log: &log) ?? ""
            reader.reportUnknownKeys(log: &log)
        }
        let exampleData = object.bool("exampleData", required: false, log: &log) ?? false
        let baseURL = object.string("baseURL", required: false, log: &log)
        let allowRawHTML = object.bool("allowRawHTML", required: false, log: &log) ?? false
        var start = Period(year: 2025, month: 1), end = Period(year: 2027, month: 12)
        if let periodNode = object.node("goalPeriod", required: true, log: &log),
           var reader = JSONObjectReader(periodNode, context: "\"goalPeriod\"", log: &log) {
            if let text = reader.string("start", log: &log) {
                if let period = Period(text), period.frequency == .month { start = period } else {
                    log.error("\"start\" must be a month written YYYY-MM", at: reader.location)
                }
            }
            if let text = reader.string("end", log: &log) {
                if let period = Period(text), period.frequency == .month { end = period } else {
                    log.error("\"end\" must be a month written YYYY-MM", at: reader.location)
                }
            }
            reader.reportUnknownKeys(log: &log)
        }
        object.reportUnknownKeys(log: &log)

        let supported = ["fi", "sv", "en"]
        for language in languages where !supported.contains(language) {
            log.error("the language '\(language)' is not supported; supported: \(supported.joined(separator: ", "))",
                      at: object.keyLocation("languages"))
        }
        if !languages.contains(defaultLanguage) {
            log.error("the default language '\(defaultLanguage)' is not in \"languages\"",
                      at: object.keyLocation("defaultLanguage"))
        }
        guard let title, let description, let organisation else { return nil }
        return SiteSettings(
            title: title, description: description, languages: languages.filter(supported.contains),
            defaultLanguage: defaultLanguage, organisation: organisation, contactEmail: contactEmail,
            contactURL: contactURL, dataLicenceName: licenceName, dataLicenceURL: licenceURL, exampleData: exampleData,
            baseURL: baseURL, allowRawHTML: allowRawHTML, goalPeriodStart: start, goalPeriodEnd: end)
    }
}
