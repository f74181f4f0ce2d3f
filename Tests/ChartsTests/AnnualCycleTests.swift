import Charts
import Testing

@Suite struct AnnualCycleTests {
    @Test func ordersEventsByMonthAndNumbersThem() {
        #expect(Fixtures.cycle.orderedEvents().map(\.label) == ["Expert assessment", "Monitoring discussions", "Mid-term review"])
        let inspector = MarkupInspector(Fixtures.cycle.html(ids: ChartIDs("cy"), title: "T", description: "D"))
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "li") == 3)
        #expect(inspector.text.contains("March–May Monitoring discussions"))
        #expect(inspector.text.contains("Feb Expert assessment"))
    }

    @Test func drawsTwelveMonthsAndTheCurrentMonth() {
        let html = Fixtures.cycle.html(ids: ChartIDs("cy"), title: "T", description: "D")
        #expect(html.components(separatedBy: "class=\"chart-cycle-sector\"").count - 1 == 12)
        #expect(html.components(separatedBy: "is-current").count - 1 == 2) // the sector and the list item
        #expect(html.contains("chart-cycle-hand"))
        let noHand = AnnualCycle(monthLabels: Fixtures.cycle.monthLabels, events: []).html(ids: ChartIDs("cy"), title: "T", description: "D")
        #expect(!noHand.contains("chart-cycle-hand") && !noHand.contains("is-current"))
    }
}
