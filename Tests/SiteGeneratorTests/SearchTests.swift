import Dashboard
import Foundation
import Testing
@testable import SiteGenerator

/// The search page and the header's search box: the index finds every municipality and area of the real
/// registry and leads to the right page, every page can search without scripts, and the filter script stays small
/// and local.
@Suite struct SearchTests {
    static func context(_ model: DashboardModel, language: String) -> PageContext {
        let routes = ResolvedRoute.all(in: model).map(\.route)
        let resources = SiteResources(model: model, assetPaths: [:], routes: Set(routes))
        return PageContext(model: model, language: language, route: .search, resources: resources)
    }

    @Test(arguments: ["fi", "sv", "en"])
    func indexCoversTheWholeRegistry(language: String) throws {
        let model = try #require(ExampleSiteTests.model)
        let index = SearchIndex(context: Self.context(model, language: language))
        let municipalities = index.entries(of: .municipality)
        #expect(municipalities.count == model.municipalities.count)
        // Each municipality by its name in the page's national language, leading to its area when it has one.
        let nameLanguage = language == "sv" ? "sv" : "fi"
        for municipality in model.municipalities {
            let name = try #require(municipality.name[nameLanguage])
            let entry = try #require(municipalities.first { $0.name == name }, "\(language): \(name)")
            let current = municipality.mergedInto.flatMap(model.municipality) ?? municipality
            let expected = model.area(ofMunicipality: current.code).map { Route.area($0.id) } ?? .municipalities
            #expect(entry.target == expected, "\(language): \(name)")
            if let other = municipality.name[nameLanguage == "fi" ? "sv" : "fi"], other != name {
                #expect(entry.otherName?.text == other, "\(language): \(name)")
            }
        }
        #expect(Set(index.entries(of: .area).map(\.target)) == Set(model.areas.map { Route.area($0.id) }))
        #expect(index.entries(of: .area).count == model.areas.count)
        #expect(Set(index.entries(of: .region).map(\.target)) == Set(model.regions.map { Route.region($0.id) }))
        #expect(index.entries(of: .goal).map(\.target) == model.goals.map { Route.goal($0.number) })
        #expect(Set(index.entries(of: .indicator).map(\.target))
                == Set(model.indicators.map { Route.indicator($0.id) }))
    }

    @Test func aMunicipalityLeadsToItsArea() throws {
        let site = ExampleSiteTests.site
        let finnish = try #require(site["fi/haku/index.html"])
        #expect(finnish.contains("<li>Tampere <span class=\"alt-name\" lang=\"sv\">(Tammerfors)</span>: "
            + "<a href=\"../alueet/tampereen-seutu/index.html\">Tampereen seutu</a></li>"))
        let swedish = try #require(site["sv/sok/index.html"])
        #expect(swedish.contains("<li>Tammerfors <span class=\"alt-name\" lang=\"fi\">(Tampere)</span>: "
            + "<a href=\"../omraden/tampereen-seutu/index.html\">"))
        // English pages give the names of municipalities in Finnish, marked as such.
        let english = try #require(site["en/search/index.html"])
        #expect(english.contains("<li><span lang=\"fi\">Tampere</span> "
            + "<span class=\"alt-name\" lang=\"sv\">(Tammerfors)</span>: "
            + "<a href=\"../areas/tampereen-seutu/index.html\">"))
    }

    @Test func everyPageHasASearchBoxThatWorksWithoutScripts() throws {
        let site = SiteFixture.site
        for (path, html) in site where path.hasSuffix(".html") && path.contains("/") {
            let box = try #require(html.range(of: "<form class=\"site-search\""), "\(path)")
            let form = String(html[box.lowerBound...].prefix { $0 != "\n" })
            let action = try #require(HTMLProbe.values(of: "action", in: form).first, "\(path)")
            let target = HTMLProbe.resolve(action, from: path) ?? ""
            #expect(target.hasSuffix("/index.html") && site[target]?.contains("id=\"search-index\"") == true,
                    "\(path): \(target)")
            #expect(form.contains("method=\"get\"") && form.contains("name=\"q\""), "\(path)")
        }
        for page in ["fi/haku/index.html", "sv/sok/index.html", "en/search/index.html"] {
            #expect(site[page] != nil, "\(page)")
        }
        // The policy lets the form go to our own pages, and nowhere else.
        #expect(site["fi/index.html"]?.contains("form-action 'self'") == true)
    }

    @Test func filterScriptIsSmallAndLocal() throws {
        let script = try #require(SiteFixture.assets["filter.js"])
        #expect(script.count < 5_000)
        let text = String(decoding: script, as: UTF8.self)
        let networkUses = ["fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "import(", ".src", "http"]
        for network in networkUses {
            #expect(!text.contains(network), "filter.js uses \(network)")
        }
        // The search page loads it from the site's own assets, deferred.
        let page = try #require(SiteFixture.site["fi/haku/index.html"])
        #expect(page.contains("<script src=\"../../assets/filter."))
        #expect(page.contains("data-filter-for=\"search-index\" hidden"))
    }
}
