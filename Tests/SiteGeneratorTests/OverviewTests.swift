import Testing
@testable import SiteGenerator

/// The overview's heat table and its pre-built orders, and the area pages' scoreboard, on the fixture site, where
/// unemployment improves in alfa and worsens in beta.
@Suite struct OverviewTests {
    /// The area links of the table's rows, in order.
    static func rowOrder(_ html: String) -> [String] {
        html.components(separatedBy: "<tr><th scope=\"row\"><a href=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func eachOrderIsItsOwnPage() throws {
        let site = SiteFixture.site
        let byName = try #require(site["fi/yleiskuva/index.html"])
        let worsening = try #require(site["fi/yleiskuva/heikentyneet/index.html"])
        let improving = try #require(site["fi/yleiskuva/parantuneet/index.html"])
        #expect(Self.rowOrder(byName) == ["../alueet/alfa/index.html", "../alueet/beta/index.html"])
        #expect(Self.rowOrder(worsening) == ["../../alueet/beta/index.html", "../../alueet/alfa/index.html"])
        #expect(Self.rowOrder(improving) == ["../../alueet/alfa/index.html", "../../alueet/beta/index.html"])
        // Each page marks its own order among the links to all three.
        #expect(worsening.contains("<a href=\"index.html\" aria-current=\"page\">eniten heikentyneitä ensin</a>"))
        #expect(byName.contains("<a href=\"heikentyneet/index.html\">eniten heikentyneitä ensin</a>"))
        // The home page leads to it.
        #expect(site["fi/index.html"]?.contains("<a href=\"yleiskuva/index.html\">") == true)
        #expect(site["sv/oversikt/forsamrade/index.html"] != nil && site["en/overview/improved/index.html"] != nil)
    }

    @Test func everyCellIsAStatusWithIconAndText() throws {
        let page = try #require(SiteFixture.site["sv/oversikt/index.html"])
        let cells = page.components(separatedBy: "<td><span class=\"status status--").count - 1
        #expect(cells == 2 * 2)  // 2 areas × 2 indicators
        #expect(page.components(separatedBy: "<svg class=\"status__icon\"").count - 1 == cells)
    }

    @Test func areaPagesCountTheirStatusesPerGoal() throws {
        let site = SiteFixture.site
        let alfa = try #require(site["fi/alueet/alfa/index.html"])
        #expect(alfa.contains(
            "<p class=\"scoreboard\">Mittarit (1): parantunut 1, ei selvää muutosta 0, heikentynyt 0</p>"))
        let beta = try #require(site["sv/omraden/beta/index.html"])
        #expect(beta.contains("<p class=\"scoreboard\">Indikatorer (1): har förbättrats 0, "
            + "ingen tydlig förändring 0, har försämrats 1</p>"))
        // The scoreboard counts the same statuses the section shows, one per indicator.
        for page in [alfa, beta] {
            for section in page.components(separatedBy: "<section class=\"goal-section\"").dropFirst() {
                let statuses = section.components(separatedBy: "<span class=\"status status--").count - 1
                #expect(section.contains("(\(statuses)):"))
            }
        }
    }
}
