import Diagnostics
import Markdown

extension ContentResolver {
    /// The site settings. The languages are read first, because every translated text in the file is checked
    /// against them; every URL and address is checked where it is written.
    static func readSettings(_ node: JSONNode, log: inout DiagnosticLog) -> SiteSettings? {
        guard var object = JSONObjectReader(node, context: .term(.settingsObject), log: &log) else { return nil }
        let supported = SiteLanguages.supported
        let listed = object.stringElements("languages", log: &log) ?? [("fi", object.location)]
        var languages: [String] = []
        for (language, location) in listed {
            if !supported.contains(language) {
                log.error(.unsupportedLanguage, at: location, [
                    "language": language, "supported": supported.joined(separator: ", "),
                    "suggestion": Suggestion.closest(to: language, among: supported),
                ])
            } else if languages.contains(language) {
                log.error(.duplicateLanguage, at: location, ["language": language])
            } else {
                languages.append(language)
            }
        }
        var defaultLanguage = object.string("defaultLanguage", log: &log) ?? "fi"
        if !languages.contains(defaultLanguage) {
            if object.has("defaultLanguage") {
                log.error(.defaultLanguageNotListed, at: object.valueLocation("defaultLanguage"),
                          ["language": defaultLanguage])
            }
            // Go on with the first listed language, so the texts are not all reported as lacking this one.
            defaultLanguage = languages.first ?? "fi"
        }
        let textLanguages = SiteLanguages(all: languages.isEmpty ? [defaultLanguage] : languages,
                                          defaultLanguage: defaultLanguage)
        let title = object.localized("title", languages: textLanguages, log: &log)
        let description = object.localized("description", languages: textLanguages, log: &log)
        let organisation = object.localized("organisation", languages: textLanguages, log: &log)
        var contactEmail = "", contactURL: String?
        if let contact = object.node("contact", required: true, log: &log),
           var reader = JSONObjectReader(contact, context: .text("\"contact\""), log: &log) {
            if let email = reader.string("email", log: &log) {
                if WebAddress.isEmailAddress(email) {
                    contactEmail = email
                } else if let scheme = LinkSafety.dangerousScheme(inUndecoded: email) {
                    log.error(.unsafeLink, at: reader.valueLocation("email"), ["scheme": scheme])
                } else {
                    log.error(.invalidEmail, at: reader.valueLocation("email"), ["email": email])
                }
            }
            if let url = reader.string("url", required: false, log: &log),
               WebAddress.check(url, at: reader.valueLocation("url"), log: &log) {
                contactURL = url
            }
            reader.reportUnknownKeys(log: &log)
        }
        var licenceName = "", licenceURL = ""
        if let licence = object.node("dataLicence", required: true, log: &log),
           var reader = JSONObjectReader(licence, context: .text("\"dataLicence\""), log: &log) {
            licenceName = reader.string("name", log: &log) ?? ""
            if let url = reader.string("url", log: &log),
               WebAddress.check(url, at: reader.valueLocation("url"), log: &log) {
                licenceURL = url
            }
            reader.reportUnknownKeys(log: &log)
        }
        let exampleData = object.bool("exampleData", required: false, log: &log) ?? false
        let baseURL = object.string("baseURL", required: false, log: &log)
        if let baseURL, let scheme = LinkSafety.dangerousScheme(inUndecoded: baseURL) {
            log.error(.unsafeLink, at: object.valueLocation("baseURL"), ["scheme": scheme])
        }
        let allowRawHTML = object.bool("allowRawHTML", required: false, log: &log) ?? false
        var start = Period(year: 2025, month: 1), end = Period(year: 2027, month: 12)
        if let periodNode = object.node("goalPeriod", required: true, log: &log),
           var reader = JSONObjectReader(periodNode, context: .text("\"goalPeriod\""), log: &log) {
            if let text = reader.string("start", log: &log) {
                if let period = Period(text), period.frequency == .month { start = period } else {
                    log.error(.invalidGoalPeriod, at: reader.valueLocation("start"), ["key": "start"])
                }
            }
            if let text = reader.string("end", log: &log) {
                if let period = Period(text), period.frequency == .month { end = period } else {
                    log.error(.invalidGoalPeriod, at: reader.valueLocation("end"), ["key": "end"])
                }
            }
            if end < start {
                log.error(.goalPeriodOrder, at: reader.valueLocation("end"), ["start": "\(start)", "end": "\(end)"])
            }
            reader.reportUnknownKeys(log: &log)
        }
        object.reportUnknownKeys(log: &log)
        guard let title, let description, let organisation, !languages.isEmpty else { return nil }
        return SiteSettings(
            title: title, description: description, languages: languages,
            defaultLanguage: defaultLanguage, organisation: organisation, contactEmail: contactEmail,
            contactURL: contactURL, dataLicenceName: licenceName, dataLicenceURL: licenceURL, exampleData: exampleData,
            baseURL: baseURL, allowRawHTML: allowRawHTML, goalPeriodStart: start, goalPeriodEnd: end,
            baseURLLocation: object.has("baseURL") ? object.valueLocation("baseURL") : nil)
    }
}

extension Diagnostic.Code {
    static let invalidGoalPeriod = Diagnostic.Code(
        .settings, "invalid-goal-period", "\"{key}\" must be a month written YYYY-MM")
    static let unsupportedLanguage = Diagnostic.Code(
        .settings, "unsupported-language", "the language '{language}' is not supported; supported: {supported}",
        hint: "did you mean '{suggestion}'?")
    static let duplicateLanguage = Diagnostic.Code(
        .settings, "duplicate-language", "the language '{language}' is listed twice", hint: "list it once")
    static let goalPeriodOrder = Diagnostic.Code(
        .settings, "goal-period-order", "the goal period ends ({end}) before it starts ({start})")
    static let invalidEmail = Diagnostic.Code(
        .settings, "invalid-email", "\"{email}\" is not an e-mail address", hint: "write it as name@example.fi")
    static let defaultLanguageNotListed = Diagnostic.Code(
        .settings, "default-language-not-listed", "the default language '{language}' is not in \"languages\"")
}

extension Diagnostic.Term {
    static let settingsObject = Diagnostic.Term("object.settings", "the site settings")
}
