import Charts
import Testing

/// Ticks and labels are printed by the caller's formatter, so the page language decides separators.
@Suite struct FormattingTests {
    static func chart(_ format: @escaping ValueFormat) -> LineChart {
        LineChart(periods: TestFormats.months(3), series: [
            .init(label: "Jobseekers", role: .primary, values: [12_000, 15_500, -1_250.5]),
        ], format: format, decimals: 1)
    }

    func texts(_ format: @escaping ValueFormat) -> String {
        MarkupInspector(Self.chart(format).svg(ids: ChartIDs("fmt"), title: "T", description: "D").html.string).text
    }

    @Test func finnishTicksUseNoBreakSpacesAndTheMinusSign() {
        let text = texts(TestFormats.finnish)
        #expect(text.contains("15\u{00A0}000"))
        #expect(text.contains("\u{2212}5\u{00A0}000"))
        #expect(text.contains("\u{2212}1\u{00A0}250,5")) // the direct label, with one decimal
        #expect(!text.contains("15,000") && !text.contains("15000"))
    }

    @Test func swedishMatchesFinnishSeparators() {
        #expect(texts(TestFormats.swedish) == texts(TestFormats.finnish))
    }

    @Test func englishUsesCommasAndPoints() {
        let text = texts(TestFormats.english)
        #expect(text.contains("15,000"))
        #expect(text.contains("-1,250.5"))
    }

    @Test func tickDigitsFollowTheStep() {
        let chart = LineChart(periods: TestFormats.months(2), series: [
            .init(label: "Rate", role: .primary, values: [10.1, 10.4]),
        ], format: TestFormats.finnishPercent, decimals: 1, zero: .never)
        let text = MarkupInspector(chart.svg(ids: ChartIDs("fmt"), title: "T", description: "D").html.string).text
        #expect(text.contains("10,1\u{00A0}%") && text.contains("10,2\u{00A0}%"))
    }

    @Test func formattersThemselvesBehave() {
        #expect(TestFormats.finnish(1_234_567.891, 2) == "1\u{00A0}234\u{00A0}567,89")
        #expect(TestFormats.english(-0.04, 1) == "0.0")
        #expect(TestFormats.finnishPercent(12.5, 1) == "12,5\u{00A0}%")
    }
}
