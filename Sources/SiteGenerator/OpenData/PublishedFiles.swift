import Publishing

/// The files a build publishes besides the pages: open data, the data index, sitemap, robots.txt and feeds,
/// with what the pages need to link to them. Made by ``PublicationBuilder/build(model:baseURL:)``.
struct PublishedFiles: Sendable {
    /// Site path → bytes: `data/<id>.csv`, `data/<id>.json`, `data/all-indicators.zip`, `data/index.json`, and
    /// with a base URL also `sitemap.xml`, `robots.txt` and `<lang>/feed.xml`.
    var files: [String: [UInt8]]
    /// Indicator id → its download links (CSV, then JSON); the key ``allIndicatorsKey`` holds the bundle (ZIP).
    var downloads: [String: [DownloadLink]]
    /// Language → site path of its Atom feed, for `<link rel="alternate">`; empty without a base URL.
    var feeds: [String: String]
    /// The base URL the absolute URLs were made from; nil when none was given and sitemap, robots.txt and feeds
    /// were left out.
    var baseURL: BaseURL?

    /// The ``downloads`` key of the bundle of all indicators.
    static let allIndicatorsKey = "all"
}
