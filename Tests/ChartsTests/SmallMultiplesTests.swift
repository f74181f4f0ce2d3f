import Charts
import Testing

@Suite struct SmallMultiplesTests {
    @Test func panelsShareOneScale() {
        let html = Fixtures.multiples.html(ids: ChartIDs("sm"), title: "T", description: "D").string
        #expect(MarkupInspector(html).parseError == nil)
        // Grid lines and tick labels are drawn once, in the first panel's <defs>, and every panel shows that
        // one frame, though their data differ (5…7 and 8…10).
        let frames = html.components(separatedBy: "<g id=\"sm-frame\">").dropFirst()
        #expect(frames.count == 1)
        let frame = (frames.first ?? "").components(separatedBy: "</g>")[0].components(separatedBy: "<")
            .filter { $0.hasPrefix("line class=\"chart-grid\"") || $0.hasPrefix("text class=\"chart-tick\"") }
        #expect(frame.count == 2 + 2 + 2)
        #expect(frame.contains { $0.hasSuffix(">10") })
        let panels = html.components(separatedBy: "<svg class=\"chart chart--multiple\"").dropFirst()
        #expect(panels.count == 2)
        #expect(panels.allSatisfy { $0.components(separatedBy: "<use href=\"#sm-frame\"/>").count == 2 })
    }

    @Test func eachPanelHasItsOwnTextAlternativeAndUniqueIDs() {
        let inspector = MarkupInspector(Fixtures.multiples.html(ids: ChartIDs("sm"), title: "T", description: "D").string)
        #expect(inspector.values(of: "role", on: "svg") == ["img", "img"])
        #expect(inspector.duplicateIDs.isEmpty)
        #expect(inspector.unresolvedReferences.isEmpty)
        #expect(inspector.text.contains("South: 10 in April, provisional"))
        #expect(inspector.values(of: "aria-current") == ["true"])
        #expect(inspector.values(of: "href").filter { !$0.hasPrefix("#") } == ["../north/"])
        // The shared frame each panel shows is in the same document.
        #expect(inspector.values(of: "href").filter { $0.hasPrefix("#") } == ["#sm-frame", "#sm-frame"])
        #expect(inspector.values(of: "id").contains("sm-frame"))
    }

    @Test func handles45PanelsOver120Months() {
        let panels = (0..<45).map { index in
            SmallMultiples.Panel(title: "Area \(index)", values: (0..<120).map { Double(($0 + index) % 12) },
                                 description: "Area \(index)")
        }
        let chart = SmallMultiples(periods: TestFormats.months(120, from: 2017), panels: panels,
                                   format: TestFormats.finnish, decimals: 0)
        let inspector = MarkupInspector(chart.html(ids: ChartIDs("sm45"), title: "T", description: "D").string)
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "svg") == 45)
        #expect(inspector.duplicateIDs.isEmpty && inspector.unresolvedReferences.isEmpty)
    }

    @Test func allMissingPanelsDrawNoLines() {
        let chart = SmallMultiples(periods: TestFormats.months(3), panels: [
            .init(title: "Empty", values: [nil, nil, nil], description: "No data"),
        ], format: TestFormats.finnish, decimals: 0)
        let html = chart.html(ids: ChartIDs("sm"), title: "T", description: "D").string
        #expect(!html.contains("chart-line") && !html.contains("<circle"))
    }
}
