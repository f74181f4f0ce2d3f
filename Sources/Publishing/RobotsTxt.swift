/// The `robots.txt` file: everything may be crawled, and the sitemap is named by its absolute URL.
///
/// Crawlers read `robots.txt` only at the root of a host. When the site is published under a sub-path
/// (`https://example.org/tavoitteet/`) the file is harmless but ignored; the sitemap can then be submitted to
/// search engines directly or listed in the host's own `robots.txt`.
public enum RobotsTxt {
    /// The file's text, with `\n` line endings; `sitemapPath` is site-relative (`"sitemap.xml"`).
    public static func render(baseURL: BaseURL, sitemapPath: String = "sitemap.xml") -> String {
        """
        User-agent: *
        Disallow:

        Sitemap: \(baseURL.absolute(sitemapPath))

        """
    }
}
