import Dashboard
import Diagnostics
import Testing

@testable import SiteGenerator

@Suite struct ResolvedRouteTests {
    @Test func everyRouteResolvesToItsEntityAndBack() {
        let model = PageAnchorsTests.model
        let resolved = ResolvedRoute.all(in: model)
        #expect(resolved.map(\.route) == Route.all(in: model))
        #expect(Set(resolved.map(\.route)).count == resolved.count)
        #expect(resolved.map(\.route).contains(.areaGoal(area: "alfa", goal: 1)))
    }

    /// A page returns the chart files it exports with its content; nothing is collected on the side.
    @Test func aPageReturnsItsExportedCharts() throws {
        let model = PageAnchorsTests.model
        let indicator = try #require(model.indicator("unemployment"))
        let resources = SiteResources(model: model, assetPaths: [:], routes: Set(Route.all(in: model)))
        let context = PageContext(model: model, language: "fi", route: .indicator(indicator.id), resources: resources)
        let content = SiteBuilder.content(of: .indicator(indicator), context: context)
        #expect(content.body.attachments.map(\.path) == ["fi/mittarit/unemployment/ind-line.svg",
                                                          "fi/mittarit/unemployment/ind-line.csv",
                                                          "fi/mittarit/unemployment/ind-line-excel.csv"])
        #expect(content.body.html.string.contains("<a href=\"ind-line.svg\" download>"))
    }
}
