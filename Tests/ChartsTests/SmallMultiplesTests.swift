import Charts
import Testing

@Suite struct SmallMultiplesTests {
    @Test func panelsShareOneScale() {
        let html = Fixtures.multiples.html(ids: ChartIDs("sm"), title: "T", description: "D")
        #expect(MarkupInspector(html).parseError == nil)
        // Grid lines and tick labels are identical in both panels, though their data differ (5…7 and 8…10).
        let panels = html.components(separatedBy: "<svg class=\"chart chart--multiple\"").dropFirst().map { panel in
            panel.components(separatedBy: "<").filter { $0.hasPrefix("line class=\"chart-grid\"") || $0.hasPrefix("text class=\"chart-tick\"") }
        }
        #expect(panels.count == 2)
        #expect(panels[0].count == 2 + 2 + 2)
        #expect(panels[0] == panels[1])
        #expect(panels[0].contains { $0.hasSuffix(">10") })
    }

    @Test func eachPanelHasItsOwnTextAlternativeAndUniqueIDs() {
        let inspector = MarkupInspector(Fixtures.multiples.html(ids: ChartIDs("sm"), title: "T", description: "D"))
        #expect(inspector.values(of: "role", on: "svg") == ["img", "img"])
        #expect(inspector.duplicateIDs.isEmpty)
        #expect(inspector.unresolvedReferences.isEmpty)
        #expect(inspector.text.contains("South: 10 in April, provisional"))
        #expect(inspector.values(of: "aria-current") == ["true"])
        #expect(inspector.values(of: "href") == ["../north/"])
    }
}
