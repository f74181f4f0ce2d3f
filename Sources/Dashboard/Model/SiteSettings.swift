import Diagnostics

/// Site-wide settings from `Content/site.json`.
public struct SiteSettings: Sendable {
    public var title: LocalizedText
    public var description: LocalizedText
    /// Site languages in menu order; the first pages are built for `defaultLanguage`.
    public var languages: [String]
    public var defaultLanguage: String
    public var organisation: LocalizedText
    public var contactEmail: String
    public var contactURL: String?
    public var dataLicenceName: String
    public var dataLicenceURL: String
    /// Shows the "example data" notice on every page.
    public var exampleData: Bool
    /// Absolute URL of the published site, for sitemap and feeds only (pages use relative links).
    public var baseURL: String?
    /// Raw HTML in Markdown is omitted unless this is on.
    public var allowRawHTML: Bool
    public var goalPeriodStart: Period
    public var goalPeriodEnd: Period
    /// Where `baseURL` is written, for the check of its form (made where it is used, in publishing).
    public var baseURLLocation: SourceLocation?
}
