import Testing
import TestSupport

/// One golden file per route kind of the fixture site, in Finnish and Swedish, so that every change to a page
/// template shows up as a reviewable diff. The files live in Golden/pages/ under the page's own output path.
@Suite struct PageGoldenTests {
    static let golden = TestSupport.Golden(beside: #filePath, "Golden/pages")

    /// A page of every route kind, by its Finnish and Swedish output paths.
    static let pages: [(kind: String, fi: String, sv: String)] = [
        ("home", "fi/index.html", "sv/index.html"),
        ("goal", "fi/tavoitteet/1/index.html", "sv/mal/1/index.html"),
        ("indicator", "fi/mittarit/unemployment/index.html", "sv/indikatorer/unemployment/index.html"),
        ("current situation", "fi/tilannekuva/index.html", "sv/lagesbild/index.html"),
        ("context indicator (a count)", "fi/mittarit/vacancies/index.html", "sv/indikatorer/vacancies/index.html"),
        ("area list", "fi/alueet/index.html", "sv/omraden/index.html"),
        ("area", "fi/alueet/alfa/index.html", "sv/omraden/alfa/index.html"),
        ("area and goal", "fi/alueet/alfa/tavoite-1/index.html", "sv/omraden/alfa/mal-1/index.html"),
        ("centre (elinvoimakeskus)", "fi/keskukset/evk-a/index.html", "sv/centraler/evk-a/index.html"),
        ("centre (ELY)", "fi/keskukset/ely-a/index.html", "sv/centraler/ely-a/index.html"),
        ("municipality finder", "fi/kunnat/index.html", "sv/kommuner/index.html"),
        ("search", "fi/haku/index.html", "sv/sok/index.html"),
        ("overview", "fi/yleiskuva/index.html", "sv/oversikt/index.html"),
        ("overview, most worsened first", "fi/yleiskuva/heikentyneet/index.html", "sv/oversikt/forsamrade/index.html"),
        ("discussions", "fi/seurantakeskustelut/index.html", "sv/uppfoljningsdiskussioner/index.html"),
        ("discussion", "fi/seurantakeskustelut/2025-ely-a/index.html",
         "sv/uppfoljningsdiskussioner/2025-ely-a/index.html"),
        ("monitoring process", "fi/seurantaprosessi/index.html", "sv/uppfoljningsprocessen/index.html"),
        ("methods page", "fi/menetelmat/index.html", "sv/metoder/index.html"),
        ("about page", "fi/tietoa/index.html", "sv/om-webbplatsen/index.html"),
        ("accessibility statement", "fi/saavutettavuus/index.html", "sv/tillganglighet/index.html"),
        ("not found", "fi/404.html", "sv/404.html"),
    ]

    /// Files outside the language folders, and a chart exported beside its page.
    static let sharedFiles = ["index.html", "404.html", "fi/mittarit/unemployment/ind-line.svg"]

    @Test(arguments: pages)
    func pageMatchesGolden(kind: String, fi: String, sv: String) throws {
        for path in [fi, sv] {
            let html = try #require(SiteFixture.site[path], "the fixture has no \(kind) page at \(path)")
            let problem = Self.golden.compare(html, path)
            #expect(problem == nil, "\(kind): \(problem ?? "")")
        }
    }

    @Test(arguments: sharedFiles)
    func sharedFileMatchesGolden(path: String) throws {
        let text = try #require(SiteFixture.site[path], "the fixture has no \(path)")
        let problem = Self.golden.compare(text, path)
        #expect(problem == nil, "\(problem ?? "")")
    }
}
