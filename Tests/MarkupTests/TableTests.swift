import Markup
import Testing

@Suite struct TableTests {
    @Test func writesTheRegionCaptionScopesAndNumericCells() {
        let table = Table(
            caption: "Areas & \"centres\"",
            columns: [.init("Area"), .init("Share", isNumeric: true)],
            rows: [
                .init(header: .init(text: "Åbo <1>", language: "sv"), cells: [.init(text: "5,0 %", isNumeric: true)]),
                .init(header: .init("<a href=\"x/\">X</a>"), cells: [.init(text: "–", isNumeric: true)]),
            ],
            className: "data-table data-table--wide", id: "areas")
        #expect(table.html.string == """
            <div class="table-scroll" role="region" tabindex="0" aria-label="Areas &amp; &quot;centres&quot;">\
            <table class="data-table data-table--wide" id="areas">
            <caption>Areas &amp; &quot;centres&quot;</caption>
            <thead><tr><th scope="col">Area</th><th scope="col" class="num">Share</th></tr></thead>
            <tbody>
            <tr><th scope="row" lang="sv">Åbo &lt;1&gt;</th><td class="num">5,0 %</td></tr>
            <tr><th scope="row"><a href="x/">X</a></th><td class="num">–</td></tr>
            </tbody>
            </table></div>

            """)
    }

    @Test func plainTableHasNoModifierOrID() {
        let html = Table(caption: "C", columns: [.init("A")], rows: []).html.string
        #expect(html.contains("<table class=\"data-table\">\n"))
    }

    @Test func aCaptionIDLabelsTheRegionAndTheCurrentRowIsMarked() {
        let table = Table(
            caption: "C", columns: [.init("A")],
            rows: [.init(header: .init(text: "Here"), cells: [], isCurrent: true)],
            className: "chart-table", regionClassName: "chart-table-scroll", captionID: "t-caption")
        #expect(table.html.string == """
            <div class="chart-table-scroll" role="region" tabindex="0" aria-labelledby="t-caption">\
            <table class="chart-table">
            <caption id="t-caption">C</caption>
            <thead><tr><th scope="col">A</th></tr></thead>
            <tbody>
            <tr class="is-current" aria-current="true"><th scope="row">Here</th></tr>
            </tbody>
            </table></div>

            """)
    }
}
