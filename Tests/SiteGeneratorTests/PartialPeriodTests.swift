import Testing
@testable import SiteGenerator

/// A month added for the whole country and one of the fixture's two areas (as an editor does while figures
/// arrive) is shown nowhere: not in rankings, maps, small multiples, area comparisons, summaries, feeds or open
/// data, so no page compares one area's March with the whole country's April.
@Suite struct PartialPeriodTests {
    @Test func noPageShowsAPeriodThatIsStillArriving() throws {
        // April after the last point of the whole country's series and alfa's (the first and third series).
        var text = String(decoding: SiteFixture.content().files["data/unemployment.json"]!, as: UTF8.self)
        let ends = text.ranges(of: "\n        }\n      ]")
        #expect(ends.count == 4)
        for end in [ends[2], ends[0]] {
            let close = text.index(end.lowerBound, offsetBy: "\n        }".count)
            text.insert(contentsOf: ",\n        {\"period\": \"2025-04\", \"value\": 9.5}", at: close)
        }
        let output = SiteFixture.build(["data/unemployment.json": text])
        let files = try #require(output.files)
        #expect(output.diagnostics.diagnostics.map(\.code.description).filter { $0.hasPrefix("metric.") }
                    == ["metric.incomplete-period"])
        let complete = SiteFixture.site
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html")
            || path.hasSuffix(".csv") || path.hasSuffix(".json") || path.hasSuffix(".xml") {
            let page = String(decoding: bytes, as: UTF8.self)
            for april in ["huhtikuu 2025", "april 2025", "April 2025", "4/2025", "2025-04", "9,5", "9.5"] {
                #expect(!page.contains(april) || complete[path]?.contains(april) == true, "\(path): \(april)")
            }
        }
    }
}
