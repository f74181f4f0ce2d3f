import Dashboard
import Diagnostics
import Markup
import Testing
@testable import SiteGenerator

/// The repository's example site (Content/) builds cleanly and shows the whole registry: a page for every area
/// in every language, and a finder that answers for every municipality.
@Suite struct ExampleSiteTests {
    static let build = SiteBuilder(options: .init(strict: true))
        .build(ContentFiles(root: "Content", files: SiteFixture.read("Content")), assets: SiteFixture.assets)

    static var site: [String: String] {
        (build.files ?? [:]).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static var model: DashboardModel? {
        var log = DiagnosticLog()
        return ContentResolver.resolve(ContentFiles(root: "Content", files: SiteFixture.read("Content")), log: &log)
    }

    @Test func buildsWithoutErrorsOrWarnings() {
        #expect(Self.build.diagnostics.sorted.map(\.summaryLine) == [])
        #expect(Self.build.files != nil)
    }

    @Test func everyAreaHasAPageInEveryLanguage() throws {
        let model = try #require(Self.model)
        let site = Self.site
        #expect(model.areas.count == 45)
        for (language, segment) in [("fi", "alueet"), ("sv", "omraden"), ("en", "areas")] {
            let pages = site.keys.filter {
                $0.hasPrefix("\(language)/\(segment)/") && $0.split(separator: "/").count == 4
            }
            #expect(Set(pages) == Set(model.areas.map { "\(language)/\(segment)/\($0.id)/index.html" }), "\(language)")
            let members = try #require(model.catalogs[language]?["area.members"])
            for area in model.areas {
                let page = try #require(site["\(language)/\(segment)/\(area.id)/index.html"])
                let heading = members.replacingOccurrences(of: "{count}", with: String(area.memberCodes.count))
                #expect(page.contains("<dt>\(Escape.htmlAttribute(heading))</dt>"), "\(language) \(area.id)")
            }
        }
    }

    @Test func theFinderNamesEveryMunicipalityAndItsArea() throws {
        let model = try #require(Self.model)
        for (language, segment) in [("fi", "kunnat"), ("sv", "kommuner"), ("en", "municipalities")] {
            let finder = try #require(Self.site["\(language)/\(segment)/index.html"], "\(language)")
            let rows = finder.components(separatedBy: "<tr><th scope=\"row\" lang=\"fi\">").dropFirst()
            #expect(rows.count == model.municipalities.count, "\(language)")
            for municipality in model.municipalities {
                let fi = Escape.htmlAttribute(municipality.name["fi"] ?? "")
                let row = try #require(rows.first { $0.hasPrefix(fi + "</th>") }, "\(language) \(fi)")
                let answer: String
                if municipality.aland {
                    answer = Escape.htmlAttribute(model.catalogs[language]?["municipalities.aland"] ?? "?")
                } else {
                    let area = model.area(ofMunicipality: municipality.mergedInto ?? municipality.code)
                    answer = "/\(area?.id ?? "?")/index.html\">"
                }
                #expect(row.contains(Escape.htmlAttribute(municipality.name["sv"] ?? "")), "\(language) \(fi)")
                #expect(row.contains(answer), "\(language) \(fi) answers \(answer)")
                #expect(!row.contains(model.catalogs[language]?["municipalities.unknown"] ?? "?"), "\(language) \(fi)")
            }
        }
    }
}
