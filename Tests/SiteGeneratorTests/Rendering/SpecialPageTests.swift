import Diagnostics
import Testing

@testable import SiteGenerator

/// The pages every page links to must exist: a site without one fails the build, naming the file to add.
@Suite struct SpecialPageTests {
    static let missingMethods =
        "Content/pages/methods.fi.md: error: the site has no 'methods' page, which every page links to [content.missing-special-page]"
    static let methodsFiles: [String: String?] = ["pages/methods.fi.md": nil, "pages/methods.sv.md": nil,
                                                  "pages/methods.en.md": nil]

    @Test func aSiteWithoutTheMethodsPageDoesNotBuild() {
        let output = SiteFixture.build(Self.methodsFiles)
        #expect(output.files == nil)
        let error = output.diagnostics.sorted.first { $0.code == .missingSpecialPage }
        #expect(error?.summaryLine == Self.missingMethods)
        #expect(error?.hint == "add Content/pages/methods.fi.md, and its translations")
    }

    @Test func theCheckAloneReportsItToo() {
        let log = SiteBuilder().check(SiteFixture.content(Self.methodsFiles))
        #expect(log.errors.contains("Content/pages/methods.fi.md content.missing-special-page"))
    }

    @Test(arguments: SpecialPage.allCases)
    func everySpecialPageIsRequired(page: SpecialPage) {
        let files = ["fi", "sv", "en"].map { "pages/\(page.rawValue).\($0).md" }
        let output = SiteFixture.build(Dictionary(uniqueKeysWithValues: files.map { ($0, String?.none) }))
        #expect(output.diagnostics.errors.contains("Content/pages/\(page.rawValue).fi.md content.missing-special-page"))
    }

    @Test func aPageWithItsOwnErrorsIsNotReportedTwice() {
        let output = SiteFixture.build(["pages/methods.fi.md": "no front matter"])
        #expect(output.files == nil)
        #expect(!output.diagnostics.errors.contains { $0.hasSuffix("content.missing-special-page") })
    }

    @Test func theFixtureHasThemAllAndTheFooterLinksThem() throws {
        let page = try #require(SiteFixture.site["fi/index.html"])
        for href in ["saavutettavuus/index.html", "tietoa/index.html", "menetelmat/index.html"] {
            #expect(page.contains("<li><a href=\"\(href)\">"), "\(href)")
        }
    }
}
