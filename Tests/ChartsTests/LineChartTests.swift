@testable import Charts
import Testing

@Suite struct LineChartTests {
    let ids = ChartIDs("test-line")

    func render(_ chart: LineChart) -> MarkupInspector {
        let inspector = MarkupInspector(chart.svg(ids: ids, title: "T", description: "D").html.string)
        #expect(inspector.parseError == nil)
        return inspector
    }

    /// The class and `d` of every line path, in document order.
    func lineData(_ chart: LineChart) -> [(cls: String, d: String)] {
        let svg = chart.svg(ids: ids, title: "T", description: "D").html.string
        var result: [(String, String)] = []
        var rest = Substring(svg)
        while let start = rest.range(of: "<path class=\"chart-line") {
            let tag = rest[start.lowerBound...].prefix { $0 != ">" }
            let cls = tag.split(separator: "\"")[1]
            let d = tag.components(separatedBy: "d=\"")[1].prefix { $0 != "\"" }
            result.append((String(cls), String(d)))
            rest = rest[start.upperBound...]
        }
        return result
    }

    @Test func neverDrawsALineAcrossAGap() {
        let chart = LineChart(periods: TestFormats.months(5), series: [
            .init(label: "A", role: .primary, values: [1, 2, nil, 4, 5]),
        ], format: TestFormats.finnish, decimals: 0)
        let lines = lineData(chart)
        #expect(lines.count == 1)
        // Two sub-paths: periods 0–1 and 3–4; nothing starts at 1 and ends at 3.
        #expect(lines[0].d.filter { $0 == "M" }.count == 2)
        #expect(lines[0].d.filter { $0 == "L" }.count == 2)
    }

    @Test func dashesTheSegmentIntoAProvisionalPointAndOpensItsMarker() {
        let chart = LineChart(periods: TestFormats.months(4), series: [
            .init(label: "A", role: .primary, values: [1, 2, 3, 4], provisional: [false, false, false, true]),
        ], format: TestFormats.finnish, decimals: 0, provisionalNote: "Provisional")
        let lines = lineData(chart)
        #expect(lines.map(\.cls) == ["chart-line", "chart-line chart-line--provisional"])
        #expect(lines[0].d.filter { $0 == "L" }.count == 2)
        #expect(lines[1].d.filter { $0 == "L" }.count == 1)
        let svg = chart.svg(ids: ids, title: "T", description: "D").html.string
        #expect(svg.components(separatedBy: "chart-marker--open").count == 2)
        #expect(svg.contains(">Provisional</tspan></text>"))
    }

    @Test func omitsTheProvisionalKeyWhenNothingIsProvisional() {
        let chart = LineChart(periods: TestFormats.months(3), series: [
            .init(label: "A", role: .primary, values: [1, 2, 3]),
        ], format: TestFormats.finnish, decimals: 0, provisionalNote: "Provisional")
        #expect(!chart.svg(ids: ids, title: "T", description: "D").html.string.contains("Provisional"))
    }

    @Test func drawsTheBaselineAtItsPeriod() {
        let chart = LineChart(periods: TestFormats.months(13), series: [
            .init(label: "A", role: .primary, values: (0..<13).map { Double($0) }),
        ], format: TestFormats.finnish, decimals: 0, baseline: .init(periodIndex: 12, label: "Goal <start>"))
        #expect(render(chart).text.contains("Goal <start>"))
        // The last period sits at the right edge of the plot, as does the baseline at index 12.
        let raw = chart.svg(ids: ids, title: "T", description: "D").html.string
        let goalRect = raw.components(separatedBy: "chart-goal-period\" x=\"")[1].prefix { $0 != "\"" }
        let rule = raw.components(separatedBy: "chart-baseline\" x1=\"")[1].prefix { $0 != "\"" }
        #expect(goalRect == rule)
        #expect(raw.contains("width=\"0\" height=\"220\""))
    }

    @Test func ignoresABaselineOutsideThePeriods() {
        let chart = LineChart(periods: TestFormats.months(3), series: [
            .init(label: "A", role: .primary, values: [1, 2, 3]),
        ], format: TestFormats.finnish, decimals: 0, baseline: .init(periodIndex: 7, label: "Later"))
        #expect(!chart.svg(ids: ids, title: "T", description: "D").html.string.contains("chart-baseline"))
    }

    @Test func thinsTimeTicksToCalendarSteps() {
        let chart = LineChart(periods: TestFormats.months(33), series: [], format: TestFormats.finnish, decimals: 0)
        #expect(chart.tickIndices(plotWidth: 460) == [0, 6, 12, 18, 24, 30])
        #expect(chart.tickIndices(plotWidth: 300) == [0, 12, 24])
        let anchored = LineChart(periods: TestFormats.months(33), series: [], format: TestFormats.finnish,
                                 decimals: 0, tickAnchor: 3)
        #expect(anchored.tickIndices(plotWidth: 460) == [3, 9, 15, 21, 27])
    }

    @Test func handles120MonthsWithFewTickLabels() {
        let values: [Double?] = (0..<120).map { Double($0 % 12) }
        let chart = LineChart(periods: TestFormats.months(120, from: 2017), series: [
            .init(label: "A", role: .primary, values: values),
        ], format: TestFormats.finnish, decimals: 0)
        let svg = render(chart)
        let tickLabels = svg.values(of: "class", on: "text").filter { $0 == "chart-tick" }.count
        #expect(tickLabels <= 6 + 5) // at most 6 time ticks plus the value ticks
        #expect(lineData(chart)[0].d.filter { $0 == "L" }.count == 119)
        // Long series mark only the end, not all 120 points.
        #expect(svg.count(of: "circle") == 1)
    }

    @Test func onePointGetsAMarkerAndNoLine() {
        let chart = LineChart(periods: TestFormats.months(1), series: [
            .init(label: "A", role: .primary, values: [12.5]),
        ], format: TestFormats.finnishPercent, decimals: 1)
        let svg = render(chart)
        #expect(lineData(chart).isEmpty)
        #expect(svg.count(of: "circle") == 1)
        #expect(svg.text.contains("12,5\u{00A0}%"))
        #expect(svg.text.contains("1/2024"))
    }

    @Test func allMissingShowsTheNoDataTextAndNoLines() {
        let chart = LineChart(periods: TestFormats.months(12), series: [
            .init(label: "A", role: .primary, values: Array(repeating: nil, count: 12)),
        ], format: TestFormats.finnish, decimals: 0, noDataText: "No data yet")
        let svg = render(chart)
        #expect(lineData(chart).isEmpty)
        #expect(svg.text.contains("No data yet"))
        #expect(svg.count(of: "circle") == 0)
        #expect(!svg.values(of: "class").contains("chart-grid"))
        #expect(svg.values(of: "class", on: "rect") == ["chart-no-data-area"])
    }

    @Test func allEqualValuesDrawAFlatLineAboveZero() {
        let chart = LineChart(periods: TestFormats.months(4), series: [
            .init(label: "A", role: .primary, values: [5, 5, 5, 5]),
        ], format: TestFormats.finnish, decimals: 0)
        let d = lineData(chart)[0].d
        let ys = Set(d.split(whereSeparator: { $0 == "M" || $0 == "L" }).map { $0.split(separator: " ")[1] })
        #expect(ys.count == 1)
        #expect(render(chart).text.contains("0"))
    }

    @Test func negativeValuesGetAZeroLine() {
        let chart = LineChart(periods: TestFormats.months(3), series: [
            .init(label: "Change", role: .primary, values: [-2.5, 1, 3]),
        ], format: TestFormats.finnish, decimals: 1)
        let svg = render(chart)
        #expect(svg.values(of: "class", on: "line").contains("chart-zero"))
        #expect(svg.text.contains("\u{2212}2"))
    }

    @Test func directLabelsDoNotOverlap() {
        let chart = LineChart(periods: TestFormats.months(3), series: [
            .init(label: "First", role: .primary, values: [1, 2, 3]),
            .init(label: "Second", role: .comparison, values: [1, 2, 3.01]),
            .init(label: "Third", role: .reference, values: [1, 2, 2.99]),
        ], format: TestFormats.finnish, decimals: 0)
        let svg = render(chart)
        let ys = svg.attributes.indices.filter {
            svg.attributes[$0].name == "class" && svg.attributes[$0].value == "chart-direct-label"
        }.compactMap { index in
            svg.attributes[index...].first { $0.name == "y" && $0.element == "text" }.flatMap { Double($0.value) }
        }.sorted()
        #expect(ys.count == 3)
        // Each label is two lines of 19 units.
        #expect(ys[1] - ys[0] >= 38 && ys[2] - ys[1] >= 38)
    }

    @Test func wrapsAndEllipsisesVeryLongLabels() {
        let chart = LineChart(periods: TestFormats.months(2), series: [
            .init(label: "Raahe–Kalajoki–Ylivieska–Nivala -työllisyysalue ja sen kaikki jäsenkunnat", role: .primary, values: [1, 2]),
        ], format: TestFormats.finnish, decimals: 0)
        let raw = chart.svg(ids: ids, title: "T", description: "D").html.string
        #expect(raw.contains("…</tspan>"))
        // Three lines of the label and the value.
        #expect(raw.components(separatedBy: "<tspan").count - 1 == 4)
    }

    @Test(arguments: ["Livskraftscentralen i Sydöstra Finland", "Southeast Finland Economic Development Centre",
                      "Uppehållstillstånd för bristbranscher", "Tammerforsregionen"])
    func keepsEveryWordOfARegionOrCategoryName(_ label: String) {
        let chart = LineChart(periods: TestFormats.months(2), series: [
            .init(label: label, role: .comparison, values: [1, 2]),
            .init(label: "Lahti", role: .primary, values: [2, 3]),
        ], format: TestFormats.finnish, decimals: 0)
        let raw = chart.svg(ids: ids, title: "T", description: "D").html.string
        #expect(!raw.contains("…"), "\(raw)")
        for word in label.split(separator: " ") { #expect(raw.contains(String(word)), "\(word)") }
    }

    @Test func breakdownRolesGetDistinctStyles() {
        let chart = LineChart(periods: TestFormats.months(2), series: (0..<4).map {
            .init(label: "B\($0)", role: .breakdown($0), values: [1, Double($0)])
        }, format: TestFormats.finnish, decimals: 0)
        let svg = render(chart)
        let classes = Set(svg.values(of: "class", on: "g").filter { $0.hasPrefix("chart-series ") })
        #expect(classes.count == 4)
        #expect(svg.count(of: "circle") >= 1 && svg.count(of: "rect") >= 1)
    }

    @Test func dataTableListsPeriodsAndMarksProvisionalAndMissing() {
        let table = Fixtures.line.dataTable(caption: "C", periodHeader: "Month", missing: "–", provisionalSuffix: " (p)")
        #expect(table.columns == ["Month", "Area <A>", "Region", "Whole country"])
        #expect(table.rows.count == 6)
        #expect(table.rows[2].cells[0].text == "–")
        #expect(table.rows[5].cells[0].text == "8,7\u{00A0}% (p)")
        #expect(table.rows.allSatisfy { $0.cells.allSatisfy(\.isNumeric) })
        let newest = Fixtures.line.dataTable(caption: "C", periodHeader: "M", missing: "–", provisionalSuffix: "", newestFirst: true)
        #expect(newest.rows.first?.header.text == "month 6 of 2025")
    }

    @Test func outputIsDeterministic() {
        let first = Fixtures.line.svg(ids: ids, title: "T", description: "D").html.string
        let second = Fixtures.line.svg(ids: ids, title: "T", description: "D").html.string
        #expect(first == second)
    }
}
