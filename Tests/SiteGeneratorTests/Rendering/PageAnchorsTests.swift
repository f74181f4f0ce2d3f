import Dashboard
import Diagnostics
import Testing

@testable import SiteGenerator

/// The anchors the templates declare are the ones they write.
@Suite struct PageAnchorsTests {
    static let model: DashboardModel = {
        var log = DiagnosticLog()
        return ContentResolver.resolve(SiteFixture.content(), log: &log)!
    }()

    static let declared = PageAnchors.declared(in: model)

    func ids(on path: String) throws -> Set<String> {
        Set(HTMLProbe.values(of: "id", in: try #require(SiteFixture.site[path], "no \(path)")))
    }

    @Test func goalPagesDeclareTheirIndicatorSections() throws {
        let anchors = try #require(Self.declared[.goal]?["1"])
        #expect(anchors.contains("ind-unemployment"))
        #expect(anchors.isSubset(of: try ids(on: "fi/tavoitteet/1/index.html")))
    }

    @Test func areaPagesDeclareTheirGoalSections() throws {
        let anchors = try #require(Self.declared[.area]?["alfa"])
        #expect(anchors == Set(Self.model.goals.map { "goal-\($0.number)" }))
        #expect(anchors.isSubset(of: try ids(on: "fi/alueet/alfa/index.html")))
    }

    @Test func theMethodsPageDeclaresTheDefinitionsListAndTheTolerances() throws {
        let anchors: Set<String> = ["indicator-definitions", "tolerances"]
        #expect(Self.declared[.page]?["methods"] == anchors)
        #expect(Self.declared[.page]?["about"] == [])
        #expect(anchors.isSubset(of: try ids(on: "fi/menetelmat/index.html")))
    }
}
