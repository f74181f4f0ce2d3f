import Diagnostics
import Testing
@testable import Dashboard

/// Links and images in content Markdown, checked on the documents parsed while resolving, with the anchors
/// the page templates add given as an input.
@Suite struct LinkCheckTests {
    /// The anchor the fixture links to that only a template adds: `goal-1` on an area's page.
    static func areaGoalAnchors(_ kind: ContentLink.Kind, _ id: String) -> [String] {
        kind == .area ? ["goal-1", "goal-2"] : []
    }

    func check(_ changes: [String: String?] = [:],
               templateAnchors: ContentResolver.TemplateAnchors = areaGoalAnchors) throws -> DiagnosticLog {
        var (model, log) = Fixture.resolve(changes)
        ContentResolver.checkLinks(in: try #require(model), templateAnchors: templateAnchors, log: &log)
        return log
    }

    @Test func theFixtureLinksResolveWithTheTemplatesAnchors() throws {
        #expect(try check().errors == [])
    }

    @Test func anchorsComeFromTheTemplatesNotFromTheCheck() throws {
        let log = try check(templateAnchors: { _, _ in [] })
        #expect(log.errors == ["Content/goals/1.fi.md:8:70 link.missing-anchor"])
        #expect(log.first("link.missing-anchor")?.arguments["fragment"] == .text("goal-1"))
    }

    @Test func aMissingHeadingIsSuggestedAmongHeadingsAndTemplateAnchors() throws {
        let log = try check(Fixture.edit("goals/1.fi.md", replacing: "#goal-1", with: "#goal-3"))
        #expect(log.errors == ["Content/goals/1.fi.md:8:70 link.missing-anchor"])
        #expect(log.first("link.missing-anchor")?.hint == "did you mean 'goal-1'?")
    }

    @Test(arguments: [
        ("![](kuva.png) Esimerkkisivusto.", "Content/pages/about.fi.md:4:1 link.missing-alt-text"),
        ("![ ](kuva.png) Esimerkkisivusto.", "Content/pages/about.fi.md:4:1 link.missing-alt-text"),
        ("[klikkaa](javascript:alert(1))", "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        ("[x](VBScript:x)", "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        ("[tiedosto](file:///etc/passwd)", "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        ("[alue](aera:alfa)", "Content/pages/about.fi.md:4:1 link.unknown-kind"),
        ("[alue](area:gamma)", "Content/pages/about.fi.md:4:1 link.broken"),
        ("[sivu](page:abuot)", "Content/pages/about.fi.md:4:1 link.broken"),
    ])
    func mistakesInLinksAndImages(markdown: String, expected: String) throws {
        let log = try check(Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: markdown))
        #expect(log.errors == [expected])
    }

    @Test(arguments: [
        // Disguised schemes are errors, not only dropped from the page.
        ("[x](jav&#x61;script:alert(1))", "link.unsafe-scheme"),
        ("[x](JAVASCRIPT:alert(1))", "link.unsafe-scheme"),
        ("[x](<java\tscript:alert(1)>)", "link.unsafe-scheme"),
        ("[x](&#x20;javascript:alert(1))", "link.unsafe-scheme"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "link.unsafe-scheme"),
        ("![kuva](data:image/svg+xml,<svg>)", "link.unsafe-scheme"),
    ])
    func disguisedSchemesAreErrors(markdown: String, code: String) throws {
        let log = try check(Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: markdown))
        #expect(log.errors == ["Content/pages/about.fi.md:4:1 \(code)"])
    }

    /// The fixture's pages at made-up paths, as the site generator would give them.
    static let sitePaths = ContentResolver.SitePaths(
        page: { kind, id, language in kind == .page ? "\(language)/\(id)/index.html" : nil },
        exists: { ["fi/methods/index.html", "fi/about/index.html", "data/unemployment.csv"].contains($0) })

    func checkPaths(_ markdown: String) throws -> DiagnosticLog {
        let changes = Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: markdown)
        var (model, log) = Fixture.resolve(changes)
        ContentResolver.checkLinks(in: try #require(model), templateAnchors: Self.areaGoalAnchors,
                                   sitePaths: Self.sitePaths, log: &log)
        return log
    }

    @Test(arguments: [
        ("[m](/fi/methods/)", "Content/pages/about.fi.md:4:1 link.root-absolute"),
        ("[m](/data/unemployment.csv)", "Content/pages/about.fi.md:4:1 link.root-absolute"),
        ("![kuva](../../../kuva.png)", "Content/pages/about.fi.md:4:1 link.outside-site"),
        ("teksti [m](../../../x/)", "Content/pages/about.fi.md:4:8 link.outside-site"),
        ("[m](../metods/)", "Content/pages/about.fi.md:4:1 link.missing-target"),
        ("![kuva](kuva.png)", "Content/pages/about.fi.md:4:1 link.missing-target"),
        ("[m](../methods/index.htm)", "Content/pages/about.fi.md:4:1 link.missing-target"),
    ])
    func pathsMustLeadToAFileTheSitePublishes(markdown: String, expected: String) throws {
        #expect(try checkPaths(markdown).errors == [expected])
    }

    @Test func pathsThatLeadToPublishedFilesPass() throws {
        let links = "[a](../methods/) [b](../methods/index.html#x) [c](../../data/unemployment.csv) [d](./) "
            + "[e](../methods/./) [f](https://example.org/a) [g](//example.org) [h](#top) [i](?q) [j](ind-line.svg)"
        #expect(try checkPaths(links).errors == [])
    }

    @Test func suggestionsNameTheClosestContent() throws {
        let kind = try check(Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: "[a](aera:alfa)"))
        #expect(kind.first("link.unknown-kind")?.hint == "did you mean 'area:'?")
        let page = try check(Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: "[s](page:abuot)"))
        #expect(page.first("link.broken")?.hint == "did you mean 'about'?")
    }

    @Test func ordinaryLinksAreNotContentLinks() throws {
        let text = "[w](https://example.org) [m](mailto:a@example.org) [t](tel:+358) [r](../x.html) [h](#top)"
        #expect(try check(Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: text)).errors == [])
    }

    @Test func aLinkToContentWithItsOwnErrorsIsNotAlsoBroken() throws {
        var changes = Fixture.edit("pages/about.fi.md", replacing: "Esimerkkisivusto.", with: "[m](indicator:permits)")
        changes["data/permits.json"] = .some(nil)
        let log = try check(changes)
        #expect(log.errors == ["Content/indicators/permits.fi.md:1:1 content.missing-data"])
    }
}
