import Markup

/// A `sitemap.xml` (sitemaps.org protocol 0.9) listing every page with its language versions as
/// `xhtml:link rel="alternate" hreflang` links, so search engines show each reader their own language.
///
/// Each language version of a page gets its own `<url>` entry, and every entry lists all versions of that
/// page plus `x-default`, as the hreflang rules require (the links must be reciprocal). Entries appear in the
/// order given. The protocol allows 50,000 URLs per file; a dashboard with every area and goal in three
/// languages stays far below that.
public struct Sitemap: Sendable {
    /// One page in all its language versions.
    public struct Page: Sendable, Equatable {
        /// The versions, one per language, in the order to list them.
        public var versions: [Version]
        /// The site path for `hreflang="x-default"`, the version for readers whose language is not among
        /// ``versions``, usually the default language's version. Nil leaves `x-default` out.
        public var defaultPath: String?
        /// When the page's content last changed, if known.
        public var lastModified: PublicationDate?

        /// Creates a page.
        public init(versions: [Version], defaultPath: String?, lastModified: PublicationDate? = nil) {
            self.versions = versions
            self.defaultPath = defaultPath
            self.lastModified = lastModified
        }
    }

    /// One language version of a page.
    public struct Version: Sendable, Equatable {
        /// The BCP 47 language tag, such as `fi`, `sv` or `en`.
        public var language: String
        /// The site-relative path of the page, such as `fi/alueet/index.html`.
        public var path: String

        /// Creates a language version.
        public init(language: String, path: String) {
            self.language = language
            self.path = path
        }
    }

    /// Where the site is published; sitemap URLs must be absolute.
    public var baseURL: BaseURL
    /// The pages, in the order they appear in the file.
    public var pages: [Page]

    /// Creates a sitemap.
    public init(baseURL: BaseURL, pages: [Page]) {
        self.baseURL = baseURL
        self.pages = pages
    }

    /// The sitemap document, UTF-8 XML with `\n` line endings.
    public func render() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for page in pages {
            // A page in one language and without x-default has no alternates worth listing.
            let alternates = page.versions.count > 1 || page.defaultPath != nil
            for version in page.versions {
                xml += "  <url>\n"
                xml += "    <loc>\(Escape.xml(baseURL.absolute(version.path)))</loc>\n"
                if let lastModified = page.lastModified {
                    xml += "    <lastmod>\(lastModified.iso8601)</lastmod>\n"
                }
                if alternates {
                    for alternate in page.versions {
                        xml += link(hreflang: alternate.language, path: alternate.path)
                    }
                    if let defaultPath = page.defaultPath {
                        xml += link(hreflang: "x-default", path: defaultPath)
                    }
                }
                xml += "  </url>\n"
            }
        }
        xml += "</urlset>\n"
        return xml
    }

    private func link(hreflang: String, path: String) -> String {
        "    <xhtml:link rel=\"alternate\" hreflang=\"\(Escape.xml(hreflang))\" "
            + "href=\"\(Escape.xml(baseURL.absolute(path)))\"/>\n"
    }
}
