import Dashboard
import Publishing
import Testing

@testable import SiteGenerator

@Suite struct PublicationBuilderTests {
    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let first = try PublicationBuilder.build(model: try OpenDataFixture.model(), baseURL: "https://example.org/x/")
        let second = try PublicationBuilder.build(model: try OpenDataFixture.model(), baseURL: "https://example.org/x/")
        #expect(first.files == second.files)
        #expect(first.downloads == second.downloads)
    }

    @Test func sourceOrderDoesNotChangeTheOutput() throws {
        // The fixture's other metric already lists its series out of order; here the place order flips too.
        let model = try OpenDataFixture.model()
        var reordered = try OpenDataFixture.model(reversingSeries: true)
        #expect(reordered.indicator("jobs")?.metric.series.first?.place == "FI")
        #expect(model.indicator("jobs")?.metric.series.first?.place == "espoo-kauniainen")
        reordered.indicators.reverse()
        let first = try PublicationBuilder.build(model: model, baseURL: nil)
        let second = try PublicationBuilder.build(model: reordered, baseURL: nil)
        #expect(first.files == second.files)
    }

    @Test func withoutBaseURLThereAreNoAbsoluteSiteURLs() throws {
        let published = try PublicationBuilder.build(model: try OpenDataFixture.model(), baseURL: nil)
        #expect(published.baseURL == nil)
        #expect(published.feeds.isEmpty)
        #expect(
            published.files.keys.sorted() == [
                "data/all-indicators.zip", "data/groups.csv", "data/groups.json", "data/index.json", "data/jobs.csv",
                "data/jobs.json",
            ])
        let withBase = try PublicationBuilder.build(
            model: try OpenDataFixture.model(), baseURL: "https://example.org/x/")
        for (path, bytes) in published.files {
            #expect(withBase.files[path] == bytes, "\(path) depends on the base URL")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("example.org"), "\(path)")
        }
    }

    @Test func argumentOverridesTheSiteSetting() throws {
        let model = try OpenDataFixture.model(baseURL: "https://setting.example/site/")
        let fromSetting = try PublicationBuilder.build(model: model, baseURL: nil)
        #expect(fromSetting.baseURL?.string == "https://setting.example/site/")
        let fromArgument = try PublicationBuilder.build(model: model, baseURL: "https://argument.example/")
        #expect(fromArgument.baseURL?.string == "https://argument.example/")
        let robots = String(decoding: fromArgument.files["robots.txt"] ?? [], as: UTF8.self)
        #expect(robots.contains("Sitemap: https://argument.example/sitemap.xml"))
        // An empty argument means "not given".
        #expect(
            try PublicationBuilder.build(model: model, baseURL: "").baseURL?.string == "https://setting.example/site/")
    }

    @Test func invalidBaseURLIsAnError() throws {
        let model = try OpenDataFixture.model()
        #expect(throws: PublicationBuilder.Error.self) {
            try PublicationBuilder.build(model: model, baseURL: "example.org/tavoitteet")
        }
        do {
            _ = try PublicationBuilder.build(model: model, baseURL: "https://example.org/?q=1")
            Issue.record("a query string was accepted")
        } catch {
            guard case .invalidBaseURL = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(error.description.contains("query string"))
        }
    }

    @Test func reservedIndicatorIDsAreRejected() throws {
        var model = try OpenDataFixture.model()
        model.indicators[0].id = "index"
        #expect(throws: PublicationBuilder.Error.reservedIndicatorID("index")) {
            try PublicationBuilder.build(model: model, baseURL: nil)
        }
        model.indicators[0].id = "all"
        #expect(throws: PublicationBuilder.Error.reservedIndicatorID("all")) {
            try PublicationBuilder.build(model: model, baseURL: nil)
        }
    }

    @Test func zipTimestampIsTheNewestUpdateOr1980() {
        #expect(
            PublicationBuilder.zipTimestamp(CalendarDate(year: 2026, month: 10, day: 28))
                == ZipArchive.Timestamp(year: 2026, month: 10, day: 28))
        #expect(
            PublicationBuilder.zipTimestamp(CalendarDate(year: 1975, month: 1, day: 1))
                == ZipArchive.Timestamp(year: 1980, month: 1, day: 1))
        #expect(PublicationBuilder.zipTimestamp(nil) == ZipArchive.Timestamp(year: 1980, month: 1, day: 1))
    }
}
