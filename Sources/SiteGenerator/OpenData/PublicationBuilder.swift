import Dashboard
import Publishing

/// Makes every published file that is not a page: the open data of each indicator, the bundle of all data, the
/// data index, and — when the site has a base URL — the sitemap, robots.txt and a feed per language.
///
/// Pure: the output depends only on the model and the base URL, never on the clock, the locale or dictionary
/// order, so building twice gives identical bytes. Data file names carry no hash, so links to the data stay
/// valid across releases.
enum PublicationBuilder {
    /// Why publishing failed.
    enum Error: Swift.Error, Equatable, CustomStringConvertible {
        /// The base URL (from `--base-url` or the site setting) cannot be the root of a site.
        case invalidBaseURL(BaseURL.Error)
        /// An indicator id would take the name of a file publishing needs (`index`, the data index) or the
        /// downloads key of the bundle (`all`).
        case reservedIndicatorID(String)
        /// The bundle could not be written; with the ids the loader accepts this does not happen.
        case archive(ZipArchive.Error)

        var description: String {
            switch self {
            case .invalidBaseURL(let error): error.description
            case .reservedIndicatorID(let id):
                "the indicator id '\(id)' is reserved for the published data files; rename the indicator"
            case .archive(let error): "cannot write \(PublicationBuilder.bundlePath): \(error)"
            }
        }
    }

    /// The site path of the bundle of all data.
    static let bundlePath = "data/all-indicators.zip"
    /// The site path of the data index.
    static let indexPath = "data/index.json"
    /// Indicator ids that would clash with `data/index.json` or the bundle's downloads key.
    static let reservedIndicatorIDs: Set<String> = ["index", PublishedFiles.allIndicatorsKey]

    /// Everything to publish for `model`.
    ///
    /// Absolute URLs come from `baseURL` when it is given and not empty, otherwise from
    /// `model.settings.baseURL`. When neither is set, `sitemap.xml`, `robots.txt` and the feeds are **not**
    /// made (they cannot exist without absolute URLs), ``PublishedFiles/feeds`` is empty and
    /// ``PublishedFiles/baseURL`` is nil: the caller should warn. The open data is published either way and
    /// contains no absolute URLs.
    static func build(model: DashboardModel, baseURL: String?) throws(Error) -> PublishedFiles {
        let base = try resolveBaseURL(baseURL, settings: model.settings)
        let strings = PublishingStrings(model: model)
        let indicators = model.indicators.sorted { $0.id < $1.id }
        if let reserved = indicators.first(where: { reservedIndicatorIDs.contains($0.id) }) {
            throw .reservedIndicatorID(reserved.id)
        }
        var files: [String: [UInt8]] = [:]
        var downloads: [String: [DownloadLink]] = [:]
        var indexed: [DataIndex.File] = []
        var bundle: [ZipArchive.Entry] = [
            .init(path: "README.txt", contents: Array(DataBundleReadme.render(model: model).utf8)),
            .init(path: "LICENSE.txt", contents: Array(DataBundleLicence.render(model: model).utf8)),
        ]

        for indicator in indicators {
            let updated = indicator.metric.updated
            var links: [DownloadLink] = []
            for (format, contents) in [
                ("csv", MetricCSV.render(indicator, model: model, strings: strings)),
                ("json", MetricJSON.render(indicator, model: model, strings: strings)),
            ] {
                let name = "\(indicator.id).\(format)"
                let path = "data/" + name
                files[path] = contents
                bundle.append(.init(path: name, contents: contents))
                indexed.append(.init(path: path, format: format, contents: contents, indicatorID: indicator.id,
                                     provenance: indicator.metric.provenance.values, updated: updated))
                links.append(DownloadLink(format: format, path: path, byteCount: contents.count, updated: updated))
            }
            downloads[indicator.id] = links
        }

        let newest = indicators.map(\.metric.updated).max()
        let archive = ZipArchive(entries: bundle, modified: zipTimestamp(newest))
        let zip: [UInt8]
        do { zip = try archive.encoded() } catch { throw .archive(error) }
        let bundleDate = newest ?? CalendarDate(year: 1980, month: 1, day: 1)
        files[bundlePath] = zip
        indexed.append(.init(path: bundlePath, format: "zip", contents: zip, indicatorID: nil, provenance: nil,
                             updated: bundleDate))
        downloads[PublishedFiles.allIndicatorsKey] = [
            DownloadLink(format: "zip", path: bundlePath, byteCount: zip.count, updated: bundleDate)
        ]
        files[indexPath] = DataIndex.render(indexed, settings: model.settings)

        var feeds: [String: String] = [:]
        if let base {
            files["sitemap.xml"] = Array(Sitemap(model: model, baseURL: base).render().utf8)
            files["robots.txt"] = Array(RobotsTxt.render(baseURL: base, sitemapPath: "sitemap.xml").utf8)
            for language in model.settings.languages {
                let feed = AtomFeed(model: model, language: language, strings: strings)
                files[feed.selfPath] = Array(feed.render(baseURL: base).utf8)
                feeds[language] = feed.selfPath
            }
        }
        return PublishedFiles(files: files, downloads: downloads, feeds: feeds, baseURL: base)
    }

    /// The argument if given, else the site setting; nil when both are missing or empty.
    static func resolveBaseURL(_ argument: String?, settings: SiteSettings) throws(Error) -> BaseURL? {
        guard let text = [argument, settings.baseURL].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        do { return try BaseURL(text) } catch { throw .invalidBaseURL(error) }
    }

    /// Midnight of the newest data update, so the archive changes only when the data does. ZIP cannot store
    /// dates before 1980; those and an empty site use 1 January 1980.
    static func zipTimestamp(_ newest: CalendarDate?) -> ZipArchive.Timestamp {
        newest.flatMap(PublicationDate.init).flatMap(ZipArchive.Timestamp.init)
            ?? ZipArchive.Timestamp(year: 1980, month: 1, day: 1)!
    }
}
