import Diagnostics
import Testing
@testable import Dashboard

/// The published trend rule (methods page): latest value against a year earlier, in the better direction,
/// with the indicator's tolerance; missing values give "not enough data".
@Suite struct TrendStatusTests {
    func series(_ values: [Double?], start: Period = Period(year: 2024, month: 1)) -> Metric.Series {
        Metric.Series(place: "x", selection: [:], points: values.enumerated().map { index, value in
            Metric.Point(period: start.advanced(by: index), value: value, missing: value == nil ? .notPublished : nil)
        })
    }

    @Test(arguments: [
        (10.0, 9.0, Metric.Direction.down, 0.5, TrendStatus.improving),
        (10.0, 11.0, .down, 0.5, .worsening),
        (10.0, 10.5, .down, 0.5, .noClearChange),   // exactly the tolerance counts as no clear change
        (10.0, 9.4, .up, 0.5, .worsening),
        (10.0, 12.0, .up, 0.5, .improving),
        (10.0, 12.0, .none, 0.5, .notAssessed),
    ])
    func classifiesByDirectionAndTolerance(old: Double, new: Double, direction: Metric.Direction, tolerance: Double,
                                           expected: TrendStatus) {
        var values: [Double?] = Array(repeating: 5, count: 13)
        values[0] = old
        values[12] = new
        let summary = SeriesSummary(series(values), direction: direction, tolerance: tolerance, frequency: .month)
        #expect(summary.status == expected)
        #expect(summary.latest?.period == Period(year: 2025, month: 1))
        #expect(summary.comparison?.period == Period(year: 2024, month: 1))
    }

    @Test func latestMissingFallsBackToTheLastValueAndItsOwnYearAgo() {
        // 2025-02 is missing: the latest value is 2025-01, compared with 2024-01.
        var values: [Double?] = Array(repeating: 5, count: 14)
        values[0] = 8
        values[12] = 6
        values[13] = nil
        let summary = SeriesSummary(series(values), direction: .down, tolerance: 0.5, frequency: .month)
        #expect(summary.latest?.period == Period(year: 2025, month: 1))
        #expect(summary.change == -2)
        #expect(summary.status == .improving)
    }

    @Test func missingComparisonMeansNotEnoughData() {
        var values: [Double?] = Array(repeating: 5, count: 13)
        values[0] = nil
        #expect(SeriesSummary(series(values), direction: .down, tolerance: 0.5, frequency: .month).status == .notEnoughData)
        #expect(SeriesSummary(series([5, 6]), direction: .down, tolerance: 0.5, frequency: .month).status == .notEnoughData)
        #expect(SeriesSummary(nil, direction: .down, tolerance: 0.5, frequency: .month).status == .notEnoughData)
        #expect(SeriesSummary(series([nil, nil]), direction: .none, tolerance: 0.5, frequency: .month).status == .notAssessed)
    }

    @Test func yearlyDataComparesWithThePreviousYear() {
        let yearly = series([100, 104], start: Period(year: 2024))
        #expect(SeriesSummary(yearly, direction: .up, tolerance: 3, frequency: .year).status == .improving)
        #expect(SeriesSummary(yearly, direction: .up, tolerance: 5, frequency: .year).status == .noClearChange)
    }

    @Test func relativeToleranceScalesWithTheComparisonValue() {
        let large = series([1000, 1040], start: Period(year: 2024))
        let small = series([10, 14], start: Period(year: 2024))
        // 5 % of the comparison value: 40 of 1000 is within it, 4 of 10 is not.
        #expect(SeriesSummary(large, direction: .up, tolerance: 5, relativeTolerance: true, frequency: .year).status == .noClearChange)
        #expect(SeriesSummary(small, direction: .up, tolerance: 5, relativeTolerance: true, frequency: .year).status == .improving)
    }

    @Test func categoryDirectionOverridesTheMetric() throws {
        let (model, _) = Fixture.resolve()
        let metric = try #require(model?.indicator("permits")?.metric)
        #expect(metric.direction(for: ["kind": "seasonal"]) == .up)
        // Fixture: specialist permits 1000 → 1200 in the whole country (+20 % > 5 % tolerance).
        #expect(metric.summary(for: "FI").status == .improving)
        // Alfa's seasonal permits 10 → 8: a relative change of −20 %, beyond 5 % of 10.
        #expect(metric.summary(for: "alfa", selection: ["kind": "seasonal"]).status == .worsening)
        // Beta's seasonal permits: the 2024 count was small and is suppressed, so there is nothing to compare.
        #expect(metric.summary(for: "beta", selection: ["kind": "seasonal"]).status == .notEnoughData)
    }
}
