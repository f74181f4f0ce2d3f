import Charts
import Testing

@Suite struct SparklineTests {
    @Test func isDecorativeNextToItsText() {
        let html = Fixtures.sparkline.html(value: "6", change: "+1 in a year").string
        let inspector = MarkupInspector(html)
        #expect(inspector.parseError == nil)
        #expect(inspector.values(of: "aria-hidden", on: "svg") == ["true"])
        #expect(inspector.values(of: "role").isEmpty)
        #expect(inspector.text == "6 +1 in a year")
        // Only phrasing content, so a card can wrap it in a link.
        #expect(Set(inspector.elements).isSubset(of: ["root", "span", "svg", "path", "circle"]))
    }

    @Test func splitsAtGapsAndMarksTheProvisionalEnd() {
        let svg = Fixtures.sparkline.svg().html.string
        let solid = svg.components(separatedBy: "chart-sparkline-line\" d=\"")[1].prefix { $0 != "\"" }
        #expect(solid.filter { $0 == "M" }.count == 2)
        #expect(svg.contains("chart-sparkline-line chart-line--provisional"))
        #expect(svg.contains("chart-sparkline-end chart-marker--open"))
    }

    @Test func canStandAloneAsAnImage() {
        let svg = Fixtures.sparkline.svg(ids: ChartIDs("spark"), title: "Trend", description: "Rising").html.string
        let inspector = MarkupInspector(svg)
        #expect(inspector.values(of: "role") == ["img"])
        #expect(inspector.unresolvedReferences.isEmpty)
    }

    @Test func toleratesEmptyAndSingleValues() {
        #expect(!Sparkline(values: []).svg().html.string.contains("<path"))
        let one = Sparkline(values: [4]).svg().html.string
        #expect(!one.contains("<path") && one.contains("<circle"))
        #expect(!Sparkline(values: [nil, nil]).svg().html.string.contains("<circle"))
    }
}
