@testable import Charts
import Testing

@Suite struct TileMapTests {
    @Test func spreadsClassesOverTheFillScale() {
        #expect((0..<3).map(Fixtures.tileMap.fillStep(ofClass:)) == [1, 3, 5])
        let five = TileMap(tiles: [], classLabels: ["a", "b", "c", "d", "e"], noDataLabel: "")
        #expect((0..<5).map(five.fillStep(ofClass:)) == [1, 2, 3, 4, 5])
        #expect(five.fillStep(ofClass: 9) == 5)
    }

    @Test func tilesAreLabelledLinksInReadingOrder() {
        let inspector = MarkupInspector(Fixtures.tileMap.html(ids: ChartIDs("tm"), title: "T", description: "D").string)
        #expect(inspector.parseError == nil)
        #expect(inspector.values(of: "role", on: "svg") == ["group"])
        #expect(inspector.values(of: "aria-label", on: "a") == ["North, 5,0", "East, 9,5", "South, 7,0", "West, –"])
        #expect(inspector.values(of: "href") == ["../north/", "../east/", "../south/", "../west/"])
    }

    @Test func noDataTilesAreHatchedAndInTheLegend() {
        let html = Fixtures.tileMap.html(ids: ChartIDs("tm"), title: "T", description: "D").string
        let inspector = MarkupInspector(html)
        #expect(inspector.values(of: "fill").filter { $0 == "url(#tm-no-data)" }.count == 2)
        #expect(inspector.unresolvedReferences.isEmpty)
        #expect(inspector.text.contains("No data"))
        #expect(inspector.count(of: "li") == 4)
    }

    @Test func legendHasNoNoDataEntryWhenAllTilesHaveData() {
        let map = TileMap(tiles: [.init(column: 0, row: 0, shortLabel: "A", name: "A", valueClass: 0, valueText: "1")],
                          classLabels: ["low", "high"], noDataLabel: "No data")
        let html = map.html(ids: ChartIDs("tm"), title: "T", description: "D").string
        #expect(!html.contains("No data"))
        #expect(!html.contains("<a "))
    }

    @Test func handles45AreasWithLongNames() {
        let tiles = (0..<45).map { index in
            TileMap.Tile(column: index % 7, row: index / 7, shortLabel: "A\(index)",
                         name: "Raahe–Kalajoki–Ylivieska–Nivala -työllisyysalue \(index)",
                         valueClass: index % 4 == 0 ? nil : index % 3, valueText: "\(index),0", href: "../a\(index)/")
        }
        let map = TileMap(tiles: tiles, classLabels: ["low", "mid", "high"], noDataLabel: "No data")
        let inspector = MarkupInspector(map.html(ids: ChartIDs("tm45"), title: "T", description: "D").string)
        #expect(inspector.parseError == nil)
        #expect(inspector.count(of: "a") == 45)
        #expect(inspector.duplicateIDs.isEmpty && inspector.unresolvedReferences.isEmpty)
        #expect(inspector.values(of: "viewBox", on: "svg").first == "0 0 424 424")
    }
}
