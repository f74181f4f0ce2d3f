import Charts
import Testing

@Suite struct SVGDrawingTests {
    let drawing = Fixtures.line.svg(ids: ChartIDs("d"), title: "A \"quoted\" <title>", description: "D & more")

    @Test func sizeIsTheViewBox() {
        let viewBox = MarkupInspector(drawing.html.string).values(of: "viewBox", on: "svg")
        #expect(viewBox == ["0 0 \(SVGNumber.text(drawing.width)) \(SVGNumber.text(drawing.height))"])
        #expect(drawing.width == 480)
    }

    @Test func placedKeepsTheDrawingAndAddsPositionAndSize() {
        let placed = drawing.placed(x: 0, y: 64).string
        let prefix = "<svg x=\"0\" y=\"64\" width=\"480\" height=\"\(SVGNumber.text(drawing.height))\" "
        #expect(placed.hasPrefix(prefix))
        #expect("<svg " + placed.dropFirst(prefix.count) == drawing.html.string)
    }

    @Test func textAlternativeIsEscapedAsElementContent() {
        let html = drawing.html.string
        #expect(html.contains(">A \"quoted\" &lt;title&gt;</title>"))
        #expect(html.contains(">D &amp; more</desc>"))
    }
}
