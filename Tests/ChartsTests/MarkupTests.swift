@testable import Charts
import Testing

@Suite struct MarkupTests {
    @Test func escapesTextAndAttributes() {
        #expect(Markup.text("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; \"d\"")
        #expect(Markup.attribute("say \"hi\" & <go>") == "say &quot;hi&quot; &amp; &lt;go&gt;")
    }

    @Test func dropsControlCharactersButKeepsWhitespaceAndLetters() {
        #expect(Markup.text("a\u{0}b\u{7}c\u{85}d\te\nf") == "abcd\te\nf")
        #expect(Markup.text("Åbo – Turku\u{00A0}%") == "Åbo – Turku\u{00A0}%")
    }

    @Test(arguments: [
        (12.0, "12"), (12.34, "12.3"), (12.35, "12.4"), (-0.04, "0"), (-3.25, "-3.3"), (0.05, "0.1"),
        (1e12, "1000000000000"), (Double.nan, "0"), (-Double.infinity, "0"),
    ])
    func printsCoordinatesWithOneDecimal(value: Double, expected: String) {
        #expect(Markup.coordinate(value) == expected)
    }
}

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
