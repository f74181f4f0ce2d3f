import Charts
import Testing

/// One golden file per chart kind, from the small fixed inputs in `Fixtures`.
@Suite struct GoldenTests {
    @Test func lineChart() throws {
        try Golden.check(Fixtures.line.svg(ids: ChartIDs("golden-line"), title: "Title", description: "Desc").html.string, "line.svg")
    }

    @Test func rankingChart() throws {
        try Golden.check(Fixtures.ranking.html(ids: ChartIDs("golden-ranking"), title: "Title", description: "Desc").string, "ranking.html")
    }

    @Test func sparkline() throws {
        try Golden.check(Fixtures.sparkline.html(value: "6", change: "+1").string, "sparkline.html")
    }

    @Test func smallMultiples() throws {
        try Golden.check(Fixtures.multiples.html(ids: ChartIDs("golden-multiples"), title: "Title", description: "Desc").string, "multiples.html")
    }

    @Test func tileMap() throws {
        try Golden.check(Fixtures.tileMap.html(ids: ChartIDs("golden-tiles"), title: "Title", description: "Desc").string, "tilemap.html")
    }

    @Test func annualCycle() throws {
        try Golden.check(Fixtures.cycle.html(ids: ChartIDs("golden-cycle"), title: "Title", description: "Desc").string, "cycle.html")
    }

    @Test func figureWithTable() throws {
        let table = Fixtures.line.dataTable(caption: "Share", periodHeader: "Month", missing: "–",
                                            provisionalSuffix: " (provisional)", newestFirst: true)
        try Golden.check(Fixtures.figure("golden-figure", table: table).html(Fixtures.line).string, "figure.html")
    }
}
