import Testing

@testable import SiteGenerator

/// An area's charts compare it with its region and the whole country, except counts: a count depends on the
/// size of the place, so the area's few hundred would lie flat under the country's thousands.
@Suite struct AreaChartTests {
    let figures = ChartDownloadTests().lineFigures

    func lines(_ page: String, _ id: String) throws -> [String] {
        try #require(figures.first { $0.page == page && $0.id == id }, "\(page) #\(id)").columns
    }

    @Test func ratesAreDrawnAgainstTheRegionAndTheCountry() throws {
        for (page, id) in [("fi/alueet/alfa/index.html", "area-unemployment"),
                           ("fi/alueet/alfa/tavoite-1/index.html", "ag-unemployment-line")] {
            #expect(try lines(page, id).count == 3, "\(page) #\(id)")
        }
    }

    @Test func countsAreDrawnAloneOnTheAreaAndItsGoalPage() throws {
        for (page, id) in [("fi/alueet/alfa/index.html", "area-permits"),
                           ("fi/alueet/alfa/tavoite-2/index.html", "ag-permits-line")] {
            #expect(try lines(page, id) == ["Alfan työllisyysalue"], "\(page) #\(id)")
        }
        // The comparison table beside the chart still gives the region and the country.
        let page = try #require(SiteFixture.site["fi/alueet/alfa/tavoite-2/index.html"])
        #expect(page.contains("Koko maa"))
    }
}
