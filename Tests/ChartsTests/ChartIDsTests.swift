import Charts
import Testing

@Suite struct ChartIDsTests {
    @Test func keepsSafePrefixes() {
        let ids = ChartIDs("chart-benefit-days-ranking")
        #expect(ids.prefix == "chart-benefit-days-ranking")
        #expect(ids.svgTitle == "chart-benefit-days-ranking-svg-title")
        #expect(ids.tableCaption == "chart-benefit-days-ranking-table-caption")
    }

    @Test func sanitisesUnsafePrefixes() {
        #expect(ChartIDs("työ markkinat\"<x>").prefix == "ty--markkinat--x-")
        #expect(ChartIDs("2025-line").prefix == "chart-2025-line")
        #expect(ChartIDs("").prefix == "chart-")
    }
}
