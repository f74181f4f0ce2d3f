import Foundation
import Publishing
import TestSupport
import Testing

@testable import SiteGenerator

/// The site's sitemap.xml and robots.txt, built from the model (`Sitemap+Model`).
@Suite struct SiteSitemapTests {
    let published: PublishedFiles

    init() throws {
        published = try OpenDataFixture.published(baseURL: "https://example.org/tavoitteet")
    }

    @Test func sitemapListsEveryRouteInEveryLanguageExceptNotFound() throws {
        let model = try OpenDataFixture.model()
        let sitemap = try published.text("sitemap.xml")
        let routeCount = Route.all(in: model).count - 1
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == routeCount * 3)
        #expect(sitemap.components(separatedBy: "hreflang=\"x-default\"").count - 1 == routeCount * 3)
        #expect(!sitemap.contains("404"))
        #expect(
            sitemap.contains(
                """
                  <url>
                    <loc>https://example.org/tavoitteet/sv/indikatorer/jobs/</loc>
                    <lastmod>2026-10-28</lastmod>
                    <xhtml:link rel="alternate" hreflang="fi" href="https://example.org/tavoitteet/fi/mittarit/jobs/"/>
                    <xhtml:link rel="alternate" hreflang="sv" href="https://example.org/tavoitteet/sv/indikatorer/jobs/"/>
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/tavoitteet/en/indicators/jobs/"/>
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/tavoitteet/fi/mittarit/jobs/"/>
                  </url>
                """))
        if Python.isAvailable {
            // Well-formed XML with the sitemap namespace; every <loc> is unique.
            let script = """
                import sys, xml.etree.ElementTree as ET
                root = ET.fromstring(sys.stdin.buffer.read())
                ns = {'s': 'http://www.sitemaps.org/schemas/sitemap/0.9'}
                locs = [e.text for e in root.findall('s:url/s:loc', ns)]
                print(len(locs), len(set(locs)))
                """
            let output = try Python.run(script, input: published.files["sitemap.xml"]!)
            #expect(String(decoding: output, as: UTF8.self) == "\(routeCount * 3) \(routeCount * 3)\n")
        }
    }

    @Test func lastModifiedComesFromContentDates() throws {
        let model = try OpenDataFixture.model()
        let date = { (route: Route) in Sitemap.lastModified(of: route, model: model)?.iso8601 }
        #expect(date(.home) == "2026-10-28")
        #expect(date(.indicator("groups")) == "2026-03-01")
        #expect(date(.goal(1)) == "2026-10-28")
        #expect(date(.areaGoal(area: "espoo-kauniainen", goal: 1)) == "2026-10-28")
        #expect(date(.page("about")) == "2026-11-02")
        #expect(date(.discussion("2025-ely-uusimaa")) == "2025-10-21")
        #expect(date(.discussions) == "2025-10-21")
        #expect(date(.areaList) == nil)
        #expect(date(.process) == nil)
    }

    @Test func robotsPointsToTheSitemap() throws {
        #expect(
            try published.text("robots.txt")
                == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/tavoitteet/sitemap.xml\n")
    }
}
