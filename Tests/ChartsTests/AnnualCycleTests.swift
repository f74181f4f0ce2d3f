import Charts
import Testing

@Suite struct AnnualCycleTests {
    @Test func ordersEventsByMonthAndNumbersThem() {
        #expect(Fixtures.cycle.orderedEvents().map(\.label) == ["Expert assessment", "Monitoring discussions", "Mid-term review"])
        let inspector = MarkupInspector(Fixtures.cycle.html(ids: ChartIDs("cy"), title: "T", description: "D").string)
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "li") == 3)
        #expect(inspector.text.contains("March–May Monitoring discussions"))
        #expect(inspector.text.contains("Feb Expert assessment"))
    }

    @Test func drawsTwelveMonthsAndTheCurrentMonth() {
        let html = Fixtures.cycle.html(ids: ChartIDs("cy"), title: "T", description: "D").string
        #expect(html.components(separatedBy: "class=\"chart-cycle-sector\"").count - 1 == 12)
        #expect(html.components(separatedBy: "is-current").count - 1 == 2) // the sector and the list item
        #expect(html.contains("chart-cycle-hand"))
        let noHand = AnnualCycle(monthLabels: Fixtures.cycle.monthLabels, events: []).html(ids: ChartIDs("cy"), title: "T", description: "D").string
        #expect(!noHand.contains("chart-cycle-hand") && !noHand.contains("is-current"))
    }

    @Test func manyEventsInOneMonthStayOutsideTheHub() {
        let events = (0..<6).map { AnnualCycle.Event(month: 4, label: "Event \($0)") }
        let html = AnnualCycle(monthLabels: Fixtures.cycle.monthLabels, events: events)
            .html(ids: ChartIDs("cy"), title: "T", description: "D").string
        let inspector = MarkupInspector(html)
        #expect(inspector.count(of: "li") == 6)
        // Hub radius 30 plus marker radius 11: no marker centre closer than 41 units to the centre (160, 160).
        let xs = inspector.values(of: "cx", on: "circle").compactMap(Double.init)
        let ys = inspector.values(of: "cy", on: "circle").compactMap(Double.init)
        var distances: [Double] = []
        for (x, y) in zip(xs, ys) where x != 160 || y != 160 {
            let (dx, dy) = (x - 160, y - 160)
            distances.append((dx * dx + dy * dy).squareRoot())
        }
        #expect(distances.count == 6)
        #expect(distances.allSatisfy { $0 >= 41 })
        #expect(Set(zip(xs, ys).map { "\($0) \($1)" }).count == xs.count)
    }
}
