import Dashboard
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Publishing
import Testing
@testable import SiteGenerator

/// End-to-end builds of the fixture site: the pages exist in every language, say what they should, and link
/// only relatively to files that exist.
@Suite struct SiteBuilderTests {
    let site = SiteFixture.site
    let languages = ["fi", "sv", "en"]

    @Test func everyPageTypeExistsInEveryLanguage() {
        let expected = [
            "fi/index.html", "fi/tavoitteet/1/index.html", "fi/tavoitteet/2/index.html",
            "fi/mittarit/unemployment/index.html", "fi/mittarit/permits/index.html",
            "fi/alueet/index.html", "fi/alueet/alfa/index.html", "fi/alueet/beta/tavoite-2/index.html",
            "fi/keskukset/evk-a/index.html", "fi/keskukset/ely-a/index.html", "fi/kunnat/index.html",
            "fi/seurantaprosessi/index.html", "fi/seurantakeskustelut/index.html",
            "fi/seurantakeskustelut/2025-ely-a/index.html", "fi/menetelmat/index.html", "fi/tietoa/index.html",
            "fi/saavutettavuus/index.html", "fi/haku/index.html", "fi/404.html",
            "sv/index.html", "sv/mal/1/index.html", "sv/indikatorer/unemployment/index.html", "sv/omraden/alfa/index.html",
            "sv/omraden/alfa/mal-1/index.html", "sv/kommuner/index.html", "sv/tillganglighet/index.html",
            "sv/sok/index.html", "en/search/index.html",
            "en/index.html", "en/goals/2/index.html", "en/areas/beta/goal-1/index.html", "en/municipalities/index.html",
            "index.html", "404.html",
        ]
        for path in expected { #expect(site[path] != nil, "missing \(path)") }
        // Home, area list, finder, process, discussions, search, 404, 3 overview orders; 2 goals, 2 goal and
        // 4 context indicators, the current situation, 2 areas, 2×2 area-goal pages, 2 regions, 1 discussion,
        // 3 text pages.
        #expect(site.keys.filter { $0.hasPrefix("fi/") && $0.hasSuffix(".html") }.count
            == 10 + 2 + 6 + 1 + 2 + 4 + 2 + 1 + 3)
    }

    @Test func pagesHaveTitlesLanguagesAndAlternates() throws {
        let goal = try #require(site["sv/mal/1/index.html"])
        #expect(goal.contains("<html lang=\"sv\">"))
        #expect(HTMLProbe.firstElementText("title", in: goal) == "Tjänster för alla – Testmål")
        #expect(goal.contains("<h1>Tjänster för alla</h1>"))
        #expect(goal.contains("<link rel=\"alternate\" hreflang=\"fi\" href=\"../../../fi/tavoitteet/1/index.html\">"))
        #expect(goal.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../en/goals/1/index.html\">"))
        #expect(goal.contains("<meta name=\"description\" content=\"Tjänster\">"))
        // The language switcher names languages in themselves.
        #expect(goal.contains("hreflang=\"fi\" lang=\"fi\">Suomeksi</a>"))
        #expect(goal.contains("hreflang=\"en\" lang=\"en\">In English</a>"))
    }

    @Test func missingTranslationFallsBackToFinnishMarkedWithLang() throws {
        let english = try #require(site["en/goals/2/index.html"])
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<h1 lang=\"fi\">Toinen tavoite (fi)</h1>"))
        #expect(english.contains("<div class=\"prose\" lang=\"fi\">"))
    }

    @Test func aPageShownInFinnishSaysSoInThePageLanguage() throws {
        let note = "<p class=\"note\">This text has not been translated into English yet. It is shown in Finnish.</p>"
        let english = try #require(site["en/goals/2/index.html"])
        #expect(english.contains("<h1 lang=\"fi\">Toinen tavoite (fi)</h1>\n" + note))
        #expect(site["en/goals/1/index.html"]?.contains(note) == false)
        let swedishArea = try #require(site["sv/omraden/alfa/index.html"])
        #expect(swedishArea.contains("<p class=\"note\">Den här texten har ännu inte översatts till svenska."))
        #expect(site.filter { $0.key.hasPrefix("fi/") && $0.value.contains("class=\"note\">Tätä tekstiä") }.isEmpty)
    }

    @Test func aRevisedFigureIsMarkedBesideIt() throws {
        let original = String(decoding: SiteFixture.content().files["data/unemployment.json"]!, as: UTF8.self)
        let revised = original.replacingOccurrences(of: "\"provisional\"", with: "\"revised\"")
        #expect(revised != original)
        let files = try #require(SiteFixture.build(["data/unemployment.json": revised]).files)
        for (path, mark) in [("fi/alueet/alfa/tavoite-1/index.html", "korjattu"),
                             ("sv/omraden/alfa/mal-1/index.html", "korrigerad")] {
            let page = String(decoding: try #require(files[path]), as: UTF8.self)
            #expect(page.contains("<span class=\"flag\">\(mark)</span>"), "\(path)")
            #expect(site[path]?.contains("<span class=\"flag\">\(mark)</span>") == false)
        }
        let csv = String(decoding: try #require(files["data/unemployment.csv"]), as: UTF8.self)
        #expect(csv.contains(",revised,"))
    }

    @Test func discussionsListThemselvesOnTheirAreasAndCentresInEveryLanguage() throws {
        for (language, path) in [("fi", "alueet/alfa"), ("sv", "omraden/alfa"), ("en", "areas/alfa"),
                                 ("fi", "alueet/beta"), ("fi", "keskukset/ely-a"), ("en", "centres/ely-a")] {
            let page = try #require(site["\(language)/\(path)/index.html"], "\(language)/\(path)")
            #expect(page.contains("/2025-ely-a/index.html\">Seurantakeskustelu 2025, A ("), "\(language)/\(path)")
        }
        #expect(site["fi/keskukset/evk-a/index.html"]?.contains("2025-ely-a") == false)
    }

    @Test func indicatorsHaveChartsWithTextAlternativesAndTables() throws {
        for path in ["fi/tavoitteet/1/index.html", "fi/alueet/alfa/index.html", "fi/alueet/alfa/tavoite-1/index.html",
                     "fi/mittarit/unemployment/index.html"] {
            let page = try #require(site[path])
            #expect(page.contains("<svg"), "\(path) has no chart")
            #expect(page.contains("role=\"img\""), "\(path) has no chart image role")
            #expect(page.contains("<desc"), "\(path) has no chart description")
            #expect(page.contains("<table"), "\(path) has no data table")
        }
        let area = try #require(site["fi/alueet/alfa/index.html"])
        // The summary sentence uses Finnish number formatting and the published trend rule.
        #expect(area.contains("Alfan työllisyysalue: 6,2\u{00A0}% (maaliskuu 2025)."))
        #expect(area.contains("Muutos vuodessa \u{2212}2,4\u{00A0}%-yks. (parantunut)."))
    }

    @Test func everyInternalLinkIsRelativeAndResolves() {
        for (path, html) in site where path.hasSuffix(".html") {
            for link in HTMLProbe.values(of: "href", in: html) + HTMLProbe.values(of: "src", in: html) {
                #expect(!link.hasPrefix("/"), "\(path): absolute link \(link)")
                #expect(!link.lowercased().hasPrefix("javascript:"), "\(path): \(link)")
                guard let target = HTMLProbe.resolve(link, from: path) else { continue }
                #expect(site[target] != nil, "\(path): broken link \(link) → \(target)")
                // Opened from disk, a link to a folder shows a file listing: links name the file.
                #expect(!link.hasSuffix("/") && !link.contains("/#"), "\(path): folder link \(link)")
            }
        }
    }

    @Test func everyPageIsReachableFromTheHomePages() {
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            for link in HTMLProbe.values(of: "href", in: site[page] ?? "") {
                guard let target = HTMLProbe.resolve(link, from: page), target.hasSuffix(".html"),
                      site[target] != nil, reached.insert(target).inserted else { continue }
                queue.append(target)
            }
        }
        let pages = Set(site.keys.filter { $0.hasSuffix(".html") && !$0.hasSuffix("404.html") })
        #expect(pages.subtracting(reached).sorted() == [])
    }

    @Test func pagesObeyTheContentSecurityPolicy() {
        for (path, html) in site where path.hasSuffix(".html") {
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'"), "\(path)")
            #expect(!html.contains(" style=\""), "\(path) has a style attribute")
            #expect(!html.contains("<style"), "\(path) has a style element")
            #expect(!html.contains("<script>"), "\(path) has an inline script")
            #expect(!html.contains(" on") || !html.contains("onclick="), "\(path) has an event handler")
            for source in HTMLProbe.values(of: "src", in: html) { #expect(!source.contains("://"), "\(path): remote \(source)") }
        }
    }

    @Test func assetsAreContentHashed() {
        let assets = site.keys.filter { $0.hasPrefix("assets/") }.sorted()
        #expect(assets.contains { $0.hasPrefix("assets/site.") && $0.hasSuffix(".css") && $0.count == "assets/site.0123456789.css".count })
        #expect(assets.contains { $0.hasPrefix("assets/charts.") })
    }

    /// The notice says which figures are illustrative (the goal indicators') and which are real (the current
    /// situation's), from the metric files' provenance; it goes only when every figure is real and the site is not
    /// marked as an example.
    @Test func theNoticeSaysWhichFiguresAreIllustrative() throws {
        let catalog = try #require(SiteFixture.build().files?["fi/index.html"])
        let home = String(decoding: catalog, as: UTF8.self)
        #expect(home.contains("<div class=\"notice notice--example\" role=\"note\"><div class=\"wrap\"><p><strong>"
            + "Esimerkkisivusto.</strong> Tavoitteet, mittarit, alueet ja kunnat ovat todellisia. Tavoitteiden "
            + "mittareiden luvut ovat kuitenkin keksittyjä havainnollistuksia: älä käytä niitä päätöksenteon "
            + "pohjana. Tilannekuvan luvut (kesäkuu 2026) ovat todellisia tilastoja."))
        func fixture(exampleData: Bool, allReal: Bool) -> [String: String?] {
            var changes: [String: String?] = [:]
            let site = String(decoding: SiteFixture.content().files["site.json"]!, as: UTF8.self)
            changes["site.json"] = site.replacingOccurrences(of: "\"exampleData\": true",
                                                             with: "\"exampleData\": \(exampleData)")
            if allReal {
                for file in ["data/unemployment.json", "data/permits.json"] {
                    changes[file] = String(decoding: SiteFixture.content().files[file]!, as: UTF8.self)
                        .replacingOccurrences(of: #""provenance": {"values": "illustrative"}"#,
                                              with: #""provenance": {"values": "real", "tables": [{"id": "x"}]}"#)
                }
            }
            return changes
        }
        func notice(_ changes: [String: String?]) throws -> Bool {
            let home = try #require(SiteFixture.build(changes).files?["fi/index.html"])
            return String(decoding: home, as: UTF8.self).contains("notice--example")
        }
        #expect(try notice(fixture(exampleData: false, allReal: false)), "illustrative figures are always announced")
        #expect(try notice(fixture(exampleData: true, allReal: true)))
        #expect(try !notice(fixture(exampleData: false, allReal: true)))
    }

    @Test func contentLinksBecomeRelativeLinksInThePageLanguage() throws {
        let goal = try #require(site["fi/tavoitteet/1/index.html"])
        #expect(goal.contains("<a href=\"../../mittarit/unemployment/index.html\">mittari</a>"))
        #expect(goal.contains("<a href=\"../../alueet/alfa/index.html#goal-1\">alue</a>"))
    }

    @Test func markdownTablesAlignWithClassesNotObsoleteAttributes() throws {
        let methods = try #require(site["fi/menetelmat/index.html"])
        #expect(methods.contains("<td class=\"align-right\">±0,5</td>"))
        #expect(!methods.contains(" align=\""))
    }

    @Test func municipalityFinderWorksWithoutJavaScript() throws {
        let finder = try #require(site["fi/kunnat/index.html"])
        #expect(finder.contains("<th scope=\"row\" lang=\"fi\">Beetala</th><td lang=\"sv\">Betby</td><td><a href=\"../alueet/alfa/index.html\">"))
        #expect(finder.contains("Ei kuulu uudistukseen: Ahvenanmaa järjestää työvoimapalvelut itse"))
        #expect(finder.contains("<div class=\"filter\" data-filter-for=\"municipality-table\" hidden>"))
    }

    @Test func buildingTwiceGivesIdenticalBytes() {
        let first = SiteFixture.build().files
        let second = SiteFixture.build().files
        #expect(first != nil)
        #expect(first == second)
    }

    @Test func aBrokenFileFailsTheBuildWithNoOutput() {
        let output = SiteFixture.build(["data/permits.json": "{\"indicator\": \"permits\",}"])
        #expect(output.files == nil)
        #expect(output.diagnostics.errors == ["Content/data/permits.json:1:25 json.trailing-comma"])
    }
}

/// Charts as standalone SVG files, linked from their figure, with a permanent link to the figure.
@Suite struct ChartExportTests {
    let site = SiteFixture.site

    @Test func everyLineChartHasADownloadableSVGWithTitleAndSource() throws {
        let page = try #require(site["fi/mittarit/unemployment/index.html"])
        #expect(page.contains("<figure class=\"chart-figure chart-figure--line\" id=\"ind-line\">"))
        #expect(page.contains("<a href=\"ind-line.svg\" download>Lataa kuva (SVG)</a> <a href=\"ind-line.csv\" download>"))
        #expect(page.contains("<a href=\"ind-line-excel.csv\" download>"))
        #expect(page.contains("<a href=\"#ind-line\">Pysyvä linkki kuvaan</a>"))
        let svg = try #require(site["fi/mittarit/unemployment/ind-line.svg"])
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // Title, subtitle and footer sit inside the viewBox, a margin from its left edge.
        #expect(svg.contains("<text class=\"export-title\" x=\"16\" y=\"34\">Koko maa: "))
        // The source line carries the figures' provenance (wrapped to the export's width).
        #expect(svg.contains(">Lähde: Testilähde. Päivitetty 20.4.2025. Kuvitteellinen</text>"))
        #expect(svg.contains(">esimerkkiluku, ei todellinen tilasto.</text>"))
        #expect(svg.contains("Tiedot ajalta tammikuu 2024–maaliskuu 2025."))
        #expect(svg.contains(".chart-line"))            // the drawing's styles are embedded
        #expect(!svg.contains(".chart-ranking-row"))    // the page's are not
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    }

    @Test func exportedFilesSitBesideThePageThatLinksThem() {
        let exports = site.keys.filter { $0.hasSuffix(".svg") && !$0.hasPrefix("assets/") }
        #expect(!exports.isEmpty)
        for path in exports {
            let folder = path[..<path.lastIndex(of: "/")!]
            let name = path[path.index(after: path.lastIndex(of: "/")!)...]
            #expect(site[folder + "/index.html"]?.contains("href=\"\(name)\" download") == true, "\(path) is not linked")
        }
    }
}

/// Every page type in every language: the right `lang`, a title and heading, alternates to the other languages,
/// breadcrumbs back home, the skip link and the footer.
@Suite struct PageTypeTests {
    static let pageTypes: [(name: String, paths: [String: String])] = [
        ("home", ["fi": "fi/index.html", "sv": "sv/index.html", "en": "en/index.html"]),
        ("goal", ["fi": "fi/tavoitteet/1/index.html", "sv": "sv/mal/1/index.html", "en": "en/goals/1/index.html"]),
        ("indicator", ["fi": "fi/mittarit/permits/index.html", "sv": "sv/indikatorer/permits/index.html",
                       "en": "en/indicators/permits/index.html"]),
        ("area", ["fi": "fi/alueet/beta/index.html", "sv": "sv/omraden/beta/index.html", "en": "en/areas/beta/index.html"]),
        ("area-goal", ["fi": "fi/alueet/alfa/tavoite-2/index.html", "sv": "sv/omraden/alfa/mal-2/index.html",
                       "en": "en/areas/alfa/goal-2/index.html"]),
        ("region", ["fi": "fi/keskukset/evk-a/index.html", "sv": "sv/centraler/evk-a/index.html",
                    "en": "en/centres/evk-a/index.html"]),
        ("area list", ["fi": "fi/alueet/index.html", "sv": "sv/omraden/index.html", "en": "en/areas/index.html"]),
        ("municipalities", ["fi": "fi/kunnat/index.html", "sv": "sv/kommuner/index.html", "en": "en/municipalities/index.html"]),
        ("discussions", ["fi": "fi/seurantakeskustelut/index.html", "sv": "sv/uppfoljningsdiskussioner/index.html",
                         "en": "en/discussions/index.html"]),
        ("discussion", ["fi": "fi/seurantakeskustelut/2025-ely-a/index.html",
                        "sv": "sv/uppfoljningsdiskussioner/2025-ely-a/index.html", "en": "en/discussions/2025-ely-a/index.html"]),
        ("process", ["fi": "fi/seurantaprosessi/index.html", "sv": "sv/uppfoljningsprocessen/index.html",
                     "en": "en/monitoring-process/index.html"]),
        ("methods", ["fi": "fi/menetelmat/index.html", "sv": "sv/metoder/index.html", "en": "en/methods/index.html"]),
        ("accessibility", ["fi": "fi/saavutettavuus/index.html", "sv": "sv/tillganglighet/index.html",
                           "en": "en/accessibility/index.html"]),
        ("about", ["fi": "fi/tietoa/index.html", "sv": "sv/om-webbplatsen/index.html", "en": "en/about/index.html"]),
    ]

    static let siteTitles = ["fi": "Testitavoitteet", "sv": "Testmål", "en": "Test goals"]

    @Test(arguments: pageTypes.map(\.name), ["fi", "sv", "en"])
    func pageHasTheShellInItsLanguage(type: String, language: String) throws {
        let paths = try #require(Self.pageTypes.first { $0.name == type }?.paths)
        let path = try #require(paths[language])
        let page = try #require(SiteFixture.site[path], "\(path) missing")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
        let title = try #require(HTMLProbe.firstElementText("title", in: page))
        #expect(title.hasSuffix(Self.siteTitles[language]!))
        #expect(page.contains("<h1"))
        #expect(page.contains("<a class=\"skip-link\" href=\"#main\">"))
        #expect(page.contains("<main id=\"main\" tabindex=\"-1\">"))
        #expect(page.contains("<footer class=\"site-footer\">"))
        #expect(page.contains("<meta name=\"description\" content=\""))
        for (other, otherPath) in paths {
            let href = RelativePath.url(from: path, to: otherPath, indexFiles: .kept)
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(href)\">"), "\(path) → \(other)")
        }
        if type != "home" { #expect(page.contains("<nav class=\"breadcrumbs\"")) }
        // The language switcher offers the two other languages, each named in its own language.
        let labels = ["fi": "Suomeksi", "sv": "På svenska", "en": "In English"]
        for (other, label) in labels where other != language {
            #expect(page.contains("lang=\"\(other)\">\(label)</a>"))
        }
    }
}
