import Charts
import Testing

@Suite struct RankingChartTests {
    let ids = ChartIDs("test-ranking")

    @Test func sortsSharesRanksForTiesAndListsMissingLast() {
        let ranked = Fixtures.ranking.ranked()
        #expect(ranked.map(\.entry.label) == ["Alpha & Co", "Bravo", "Charlie", "Delta"])
        #expect(ranked.map(\.rank) == [1, 2, 2, nil])
    }

    @Test func ascendingOrderPutsTheSmallestFirst() {
        var chart = Fixtures.ranking
        chart.order = .ascending
        #expect(chart.ranked().map(\.entry.label) == ["Bravo", "Charlie", "Alpha & Co", "Delta"])
    }

    @Test func highlightsTheCurrentAreaWithMoreThanColour() {
        let html = Fixtures.ranking.html(ids: ids, title: "T", description: "D")
        let inspector = MarkupInspector(html)
        #expect(inspector.parseError == nil)
        #expect(inspector.values(of: "aria-current") == ["true"])
        #expect(inspector.values(of: "class", on: "li").filter { $0.contains("is-current") }.count == 1)
        #expect(inspector.values(of: "class", on: "rect").filter { $0 == "chart-bar chart-bar--current" }.count == 1)
    }

    @Test func drawsTheReferenceInEveryRowAndNamesIt() {
        let inspector = MarkupInspector(Fixtures.ranking.html(ids: ids, title: "T", description: "D"))
        #expect(inspector.values(of: "class", on: "line").filter { $0 == "chart-ranking-reference" }.count == 1 + 4)
        #expect(inspector.text.contains("Whole country 9,0\u{00A0}%"))
        #expect(inspector.text.contains("no data"))
        // Bars are decoration; the values are text.
        #expect(inspector.values(of: "aria-hidden", on: "svg").count == 5)
    }

    @Test func negativeValuesGrowFromAZeroRule() {
        let chart = RankingChart(entries: [.init(label: "Up", value: 2), .init(label: "Down", value: -3)],
                                 format: TestFormats.finnish, decimals: 0, missingText: "–")
        let html = chart.html(ids: ids, title: "T", description: "D")
        #expect(html.contains("chart-ranking-zero"))
        #expect(html.contains("\u{2212}3"))
    }

    @Test func handles45AreasWithLongNames() {
        let entries = (0..<45).map { index in
            RankingChart.Entry(label: "Very long employment area name number \(index) of the Pohjois-Pohjanmaa region",
                               value: Double(index % 7), href: "../area-\(index)/", isCurrent: index == 44)
        }
        let chart = RankingChart(entries: entries, format: TestFormats.finnish, decimals: 0,
                                 reference: .init(value: 3, label: "Whole country"), missingText: "–")
        let inspector = MarkupInspector(chart.html(ids: ids, title: "T", description: "D"))
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "li") == 45)
        #expect(inspector.count(of: "a") == 45)
        #expect(chart.ranked().first?.entry.value == 6)
        let table = chart.dataTable(caption: "C", rankHeader: "Rank", nameHeader: "Area", valueHeader: "Value")
        #expect(table.rows.count == 45)
        #expect(table.rows.filter(\.isCurrent).count == 1)
    }
}
