import Diagnostics

extension ContentResolver {
    static func readSettings(_ node: JSONNode, log: inout DiagnosticLog) -> SiteSettings? {
        guard var object = JSONObjectReader(node, context: .term(.settingsObject), log: &log) else { return nil }
        let title = object.localized("title", log: &log)
        let description = object.localized("description", log: &log)
        let languages = object.strings("languages", log: &log) ?? ["fi"]
        let defaultLanguage = object.string("defaultLanguage", log: &log) ?? "fi"
        let organisation = object.localized("organisation", log: &log)
        var contactEmail = "", contactURL: String?
        if let contact = object.node("contact", required: true, log: &log),
           var reader = JSONObjectReader(contact, context: .text("\"contact\""), log: &log) {
            contactEmail = reader.string("email", log: &log) ?? ""
            contactURL = reader.string("url", required: false, log: &log)
            reader.reportUnknownKeys(log: &log)
        }
        var licenceName = "", licenceURL = ""
        if let licence = object.node("dataLicence", required: true, log: &log),
           var reader = JSONObjectReader(licence, context: .text("\"dataLicence\""), log: &log) {
            licenceName = reader.string("name", log: &log) ?? ""
            licenceURL = reader.string("url", log: &log) ?? ""
            reader.reportUnknownKeys(log: &log)
        }
        let exampleData = object.bool("exampleData", required: false, log: &log) ?? false
        let baseURL = object.string("baseURL", required: false, log: &log)
        let allowRawHTML = object.bool("allowRawHTML", required: false, log: &log) ?? false
        var start = Period(year: 2025, month: 1), end = Period(year: 2027, month: 12)
        if let periodNode = object.node("goalPeriod", required: true, log: &log),
           var reader = JSONObjectReader(periodNode, context: .text("\"goalPeriod\""), log: &log) {
            if let text = reader.string("start", log: &log) {
                if let period = Period(text), period.frequency == .month { start = period } else {
                    log.error(.invalidGoalPeriod, at: reader.location, ["key": "start"])
                }
            }
            if let text = reader.string("end", log: &log) {
                if let period = Period(text), period.frequency == .month { end = period } else {
                    log.error(.invalidGoalPeriod, at: reader.location, ["key": "end"])
                }
            }
            reader.reportUnknownKeys(log: &log)
        }
        object.reportUnknownKeys(log: &log)

        let supported = ["fi", "sv", "en"]
        for language in languages where !supported.contains(language) {
            log.error(.unsupportedLanguage, at: object.keyLocation("languages"),
                      ["language": language, "supported": supported.joined(separator: ", ")])
        }
        if !languages.contains(defaultLanguage) {
            log.error(.defaultLanguageNotListed, at: object.keyLocation("defaultLanguage"),
                      ["language": defaultLanguage])
        }
        guard let title, let description, let organisation else { return nil }
        return SiteSettings(
            title: title, description: description, languages: languages.filter(supported.contains),
            defaultLanguage: defaultLanguage, organisation: organisation, contactEmail: contactEmail,
            contactURL: contactURL, dataLicenceName: licenceName, dataLicenceURL: licenceURL, exampleData: exampleData,
            baseURL: baseURL, allowRawHTML: allowRawHTML, goalPeriodStart: start, goalPeriodEnd: end)
    }
}

extension Diagnostic.Code {
    static let invalidGoalPeriod = Diagnostic.Code(
        .settings, "invalid-goal-period", "\"{key}\" must be a month written YYYY-MM")
    static let unsupportedLanguage = Diagnostic.Code(
        .settings, "unsupported-language", "the language '{language}' is not supported; supported: {supported}")
    static let defaultLanguageNotListed = Diagnostic.Code(
        .settings, "default-language-not-listed", "the default language '{language}' is not in \"languages\"")
}

extension Diagnostic.Term {
    static let settingsObject = Diagnostic.Term("object.settings", "the site settings")
}
