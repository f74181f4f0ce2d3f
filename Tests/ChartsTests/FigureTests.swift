import Charts
import Testing

@Suite struct FigureTests {
    let table = DataTable(caption: "Share by area", columns: ["Area", "Share"], rows: [
        .init(header: .init("North", href: "../north/"), cells: [.init("5,0 %", isNumeric: true)]),
        .init(header: .init("South"), cells: [.init("7,0 %", isNumeric: true)], isCurrent: true),
    ])

    @Test func framesTheChartWithTitleSubtitleSummarySourceAndTable() {
        let html = Fixtures.figure("fig", table: table).html(Fixtures.line).string
        let inspector = MarkupInspector(html)
        #expect(inspector.parseError == nil)
        #expect(inspector.elements.prefix(4) == ["root", "figure", "figcaption", "h3"])
        #expect(inspector.values(of: "id", on: "figure") == ["fig"])
        #expect(inspector.values(of: "aria-labelledby", on: "svg") == ["fig-svg-title fig-svg-desc"])
        #expect(inspector.text.contains("Unemployment fell"))
        #expect(inspector.text.contains("Unemployed, % of the labour force"))
        #expect(inspector.text.contains("In June 2025 the share was 8,7 %."))
        #expect(inspector.text.contains("Source: example. Updated 1.7.2025."))
        #expect(inspector.count(of: "details") == 1 && inspector.count(of: "summary") == 1)
        #expect(inspector.count(of: "table") == 1 && inspector.count(of: "caption") == 1)
    }

    @Test func tableHasScopesNumericClassesAndAScrollRegion() {
        let inspector = MarkupInspector(Fixtures.figure("fig", table: table).html(Fixtures.line).string)
        #expect(inspector.values(of: "scope") == ["col", "col", "row", "row"])
        #expect(inspector.values(of: "class", on: "th").filter { $0 == "num" }.count == 1) // the "Share" header
        #expect(inspector.values(of: "class", on: "td") == ["num", "num"])
        #expect(inspector.values(of: "aria-current") == ["true"])
        #expect(inspector.values(of: "tabindex") == ["0"])
        #expect(inspector.values(of: "aria-labelledby", on: "div") == ["fig-table-caption"])
        #expect(inspector.unresolvedReferences.isEmpty)
    }

    @Test func omitsEmptyPartsAndTheTableWhenNotGiven() {
        let figure = Figure(ids: ChartIDs("bare"), title: "Title", subtitle: "", description: "D", summary: "",
                            source: "", table: nil, tableToggle: "Show", headingLevel: nil)
        let inspector = MarkupInspector(figure.html(Fixtures.cycle).string)
        #expect(inspector.count(of: "details") == 0)
        #expect(inspector.values(of: "class", on: "p") == ["chart-title"])
    }

    @Test func escapesEveryCallerText() {
        let figure = Figure(ids: ChartIDs("esc"), title: "<b>", subtitle: "&", description: "\"d\"", summary: "<s>",
                            source: "<src>", table: DataTable(caption: "<c>", columns: ["<h>"], rows: []),
                            tableToggle: "<t>")
        let html = figure.html(Fixtures.line).string
        #expect(!html.contains("<b>") && !html.contains("<s>") && !html.contains("<src>") && !html.contains("<c>"))
        #expect(MarkupInspector(html).parseError == nil)
    }
}
