import Testing

@testable import Publishing

@Suite struct RobotsTxtTests {
    @Test func pointsToTheSitemap() throws {
        #expect(
            RobotsTxt.render(baseURL: try BaseURL("https://example.org/tavoitteet")) == """
                User-agent: *
                Disallow:

                Sitemap: https://example.org/tavoitteet/sitemap.xml

                """)
    }
}
