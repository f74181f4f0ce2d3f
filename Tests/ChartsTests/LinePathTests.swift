@testable import Charts
import Testing

@Suite struct LinePathTests {
    func path(_ values: [Double?], provisional: [Bool] = [], count: Int? = nil) -> LinePath {
        LinePath(values: values, provisional: provisional, count: count ?? values.count,
                 x: { Double($0) * 10 }, y: { $0 })
    }

    @Test func joinsConsecutiveSegmentsIntoOnePolyline() {
        #expect(path([1, 2, 3]).solid == "M0 1L10 2L20 3")
        #expect(path([1, 2, 3]).dashed.isEmpty)
    }

    @Test func breaksAtMissingAndNonFiniteValues() {
        #expect(path([1, 2, nil, 4, 5]).solid == "M0 1L10 2M30 4L40 5")
        #expect(path([1, .nan, 3, 4]).solid == "M20 3L30 4")
        #expect(path([1, nil, 3]).solid.isEmpty)
    }

    @Test func dashesOnlyTheSegmentsIntoProvisionalPoints() {
        let line = path([1, 2, 3, 4], provisional: [false, false, true, true])
        #expect(line.solid == "M0 1L10 2")
        #expect(line.dashed == "M10 2L20 3L30 4")
    }

    @Test func ignoresValuesBeyondThePeriods() {
        #expect(path([1, 2, 3, 4], count: 2).solid == "M0 1L10 2")
    }
}
