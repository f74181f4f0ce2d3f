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
        let html = Fixtures.ranking.html(ids: ids, title: "T", description: "D").string
        let inspector = MarkupInspector(html)
        #expect(inspector.parseError == nil)
        #expect(inspector.values(of: "aria-current") == ["true"])
        #expect(inspector.values(of: "class", on: "li").filter { $0.contains("is-current") }.count == 1)
        #expect(inspector.values(of: "class", on: "rect").filter { $0 == "chart-bar chart-bar--current" }.count == 1)
    }

    @Test func drawsTheReferenceInEveryRowAndNamesIt() {
        let inspector = MarkupInspector(Fixtures.ranking.html(ids: ids, title: "T", description: "D").string)
        #expect(inspector.values(of: "class", on: "line").filter { $0 == "chart-ranking-reference" }.count == 1 + 4)
        #expect(inspector.text.contains("Whole country 9,0\u{00A0}%"))
        #expect(inspector.text.contains("no data"))
        // Bars are decoration; the values are text.
        #expect(inspector.values(of: "aria-hidden", on: "svg").count == 5)
    }

    @Test func negativeValuesGrowFromAZeroRule() {
        let chart = RankingChart(entries: [.init(label: "Up", value: 2), .init(label: "Down", value: -3)],
                                 format: TestFormats.finnish, decimals: 0, missingText: "–")
        let html = chart.html(ids: ids, title: "T", description: "D").string
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
        let inspector = MarkupInspector(chart.html(ids: ids, title: "T", description: "D").string)
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "li") == 45)
        #expect(inspector.count(of: "a") == 45)
        #expect(chart.ranked().first?.entry.value == 6)
        #expect(inspector.values(of: "aria-current") == ["true"])
    }
}

@Suite struct RankingExcerptTests {
    /// Twenty areas valued 20, 19, …, 1 (descending order: area 1 first); area 10 is current.
    var chart: RankingChart {
        let entries = (1...20).map { RankingChart.Entry(label: "Area \($0)", value: Double(21 - $0), isCurrent: $0 == 10) }
        return RankingChart(entries: entries, format: { value, _ in String(Int(value)) }, decimals: 0,
                            missingText: "–", excerpt: 2)
    }

    @Test func showsTheEndsAndTheCurrentAreasNeighboursWithTrueRanks() {
        #expect(chart.visibleRows() == [0, 1, 7, 8, 9, 10, 11, 18, 19])
        let html = chart.html(ids: ChartIDs("x"), title: "T", description: "D").string
        let ranks = MarkupInspector(html).values(of: "class", on: "li")
        #expect(ranks.filter { $0 == "chart-ranking-gap" }.count == 2)
        #expect(html.contains("<span class=\"chart-ranking-rank\">10.</span><span class=\"chart-ranking-label\">Area 10</span>"))
        #expect(!html.contains(">Area 5<"))
    }

    @Test func smallRankingsAreShownWhole() {
        var small = chart
        small.entries = Array(small.entries.prefix(9))
        #expect(small.visibleRows() == Array(0..<9))
        #expect(!small.html(ids: ChartIDs("x"), title: "T", description: "D").string.contains("chart-ranking-gap"))
    }
}
