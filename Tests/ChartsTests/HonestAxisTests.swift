import Foundation
import Testing
@testable import Charts

/// Axes that do not exaggerate, breaks in series and labels that fit.
@Suite struct HonestAxisTests {
    let format: ValueFormat = { value, digits in String(format: "%.\(digits)f", value) }

    func chart(_ values: [Double?], zero: ZeroBaseline, breaks: [Int] = []) -> LineChart {
        LineChart(periods: values.indices.map { AxisPeriod(key: "\($0)", label: "\($0)", tickLabel: "\($0)") },
                  series: [.init(label: "Alue", role: .primary, values: values)], format: format, decimals: 0,
                  zero: zero, breaks: breaks, breakNote: "Break", axisCutNote: "Axis cut")
    }

    @Test func aScoreOfSixtyOneToSixtyFourDoesNotFillTheHeight() {
        let score = chart([61, 64], zero: .always)
        #expect(score.valueAxis.lower == 0)
        #expect(score.valueAxis.upper >= 64)
        #expect(!score.isAxisCut)
        let svg = score.svg(ids: ChartIDs("s"), title: "t", description: "d").html.description
        #expect(!svg.contains("chart-axis-cut"))
        #expect(!svg.contains("Axis cut"))
    }

    @Test func aCutAxisSaysSoInTheGraphic() {
        let days = chart([80, 84, 82], zero: .automatic)
        #expect(days.isAxisCut)
        #expect(days.valueAxis.lower > 0)
        let svg = days.svg(ids: ChartIDs("d"), title: "t", description: "d").html.description
        #expect(svg.contains("class=\"chart-axis-cut\""))
        #expect(svg.contains(">Axis cut</tspan>"))
    }

    @Test func aBreakInSeriesIsDrawnAndNotBridged() {
        let broken = chart([10, 11, 12, 13], zero: .always, breaks: [2])
        let svg = broken.svg(ids: ChartIDs("b"), title: "t", description: "d").html.description
        #expect(svg.contains("class=\"chart-series-break\""))
        #expect(svg.contains(">Break</tspan>"))
        let path = LinePath(values: [10, 11, 12, 13], provisional: [], breaks: [2], count: 4,
                            x: { Double($0) * 10 }, y: { $0 })
        #expect(path.solid == "M0 10L10 11M20 12L30 13")
        let table = broken.dataTable(caption: "c", periodHeader: "p", missing: "–", provisionalSuffix: "",
                                     breakSuffix: " (break)")
        #expect(table.rows[2].cells[0].text == "12 (break)")
        #expect(table.rows[1].cells[0].text == "11")
    }

    @Test func missingValuesKeepTheirReasonInTheTable() {
        var line = chart([10, nil], zero: .always)
        line.series[0].missingReasons = [nil, "suppressed"]
        let table = line.dataTable(caption: "c", periodHeader: "p", missing: "–", provisionalSuffix: "")
        #expect(table.rows[1].cells[0].text == "suppressed")
    }

    @Test func smallMultiplesShareOneScaleFromZero() {
        let multiples = SmallMultiples(
            periods: [AxisPeriod(key: "a", label: "a", tickLabel: "a"), AxisPeriod(key: "b", label: "b", tickLabel: "b")],
            panels: [.init(title: "A", values: [61, 64], description: "a"),
                     .init(title: "B", values: [20, 30], description: "b")],
            format: format, decimals: 0, zero: .always)
        let html = multiples.html(ids: ChartIDs("m"), title: "", description: "").description
        // Both panels show one frame whose axis starts at zero.
        let ticks = html.components(separatedBy: "class=\"chart-tick\"").count - 1
        #expect(ticks == 4)
        #expect(html.components(separatedBy: ">0</text>").count - 1 == 1)
        #expect(html.components(separatedBy: "<use href=\"#m-frame\"/>").count - 1 == 2)
    }

    @Test(arguments: ["Tammerforsregionen", "Norra och Östra Lappland", "Kyrkslätt-Vichtis-Sjundeå"])
    func wrappedLinesNeverExceedTheirWidth(_ label: String) {
        let lines = TextMetrics.wrap(label, maxWidth: 120, fontSize: 17, maxLines: 2)
        #expect(!lines.isEmpty)
        for line in lines { #expect(TextMetrics.width(line, fontSize: 17) <= 120, "\(line)") }
    }

    @Test func aWordTooLongIsShortenedWithAnEllipsis() {
        #expect(TextMetrics.wrap("Tammerforsregionen", maxWidth: 90, fontSize: 17, maxLines: 2).first?.hasSuffix("…") == true)
    }
}
