import Diagnostics
import Testing
@testable import Dashboard

/// A month that is still arriving: pages keep showing the latest period that at least 90 % of the reporting
/// areas have, and the build says which period is held back, where and why.
@Suite struct PeriodCompletenessTests {
    /// A monthly metric over `areas` areas: September for all of them, October for the whole country and
    /// `october` areas.
    static func metric(areas: Int, october: Int) -> Metric {
        func point(_ period: String, _ value: Double) -> Metric.Point { .init(period: Period(period)!, value: value) }
        var series = [Metric.Series(place: Metric.wholeCountry, selection: [:],
                                    points: [point("2026-09", 118), point("2026-10", 117)])]
        for index in 0..<areas {
            let points = [point("2026-09", 124)] + (index < october ? [point("2026-10", 126)] : [])
            series.append(.init(place: "area-\(index)", selection: [:], points: points))
        }
        return Metric(indicatorID: "x", unit: .count, decimals: 0, betterDirection: .down, frequency: .month,
                      updated: CalendarDate(year: 2026, month: 11, day: 1), source: LocalizedText(["fi": "L"]),
                      trendTolerance: 0, series: series, file: "Content/data/x.json")
    }

    static let areaIDs = (0..<45).map { "area-\($0)" }

    @Test(arguments: [(3, "2026-09", [3]), (40, "2026-09", [40]), (41, "2026-10", []), (45, "2026-10", [])])
    func aPeriodNeedsNinetyPercentOfTheAreas(october: Int, shown: String, heldBack: [Int]) {
        let completeness = PeriodCompleteness(Self.metric(areas: 45, october: october), areaIDs: Self.areaIDs)
        #expect(completeness.reportingAreas == 45)
        #expect(completeness.neededAreas == 41)
        #expect(completeness.latestComplete == Period(shown))
        #expect(completeness.heldBack.map(\.areasWithEntry) == heldBack)
    }

    @Test func trimmingRemovesTheHeldBackPeriodFromEverySeries() throws {
        let metric = Self.metric(areas: 45, october: 3).through(Period("2026-09"))
        #expect(metric.periods == [Period("2026-09")!])
        #expect(metric.latestPeriod == Period("2026-09"))
        #expect(metric.summary(for: Metric.wholeCountry).latest?.value == 118)
        #expect(metric.summary(for: "area-0").latest?.period == Period("2026-09"))
    }

    @Test func aMetricWithoutAreaSeriesIsNotHeldBack() {
        let metric = Self.metric(areas: 0, october: 0)
        let completeness = PeriodCompleteness(metric, areaIDs: Self.areaIDs)
        #expect(completeness.latestComplete == nil)
        #expect(completeness.heldBack.isEmpty)
    }

    /// The fixture's monthly data with a point added at the end of some of its series (0: the whole country,
    /// 1: the centre, 2: alfa, 3: beta), as an editor adds a month.
    static func addingApril(_ values: [Int: String]) -> [String: String?] {
        ["data/unemployment.json": MonthlyFixture.appending(values, to: Fixture.text("data/unemployment.json"))]
    }

    @Test func theBuildWarnsWhereTheHeldBackPeriodIsFirstWritten() throws {
        let (model, log) = Fixture.resolve(Self.addingApril([0: "10.5", 2: "6.0"]))
        #expect(log.errors == [])
        // The fixture's own missing translations (a goal text, area "beta"'s English name) are not the point.
        #expect(log.warnings.filter { !$0.hasSuffix(".missing-translation") }
                    == ["Content/data/unemployment.json:83:9 metric.incomplete-period"])
        let warning = try #require(log.first("metric.incomplete-period"))
        #expect(warning.message == "2025-04: 1 of 2 areas; pages keep showing 2025-03")
        #expect(warning.hint == "a period is shown once 2 of the 2 areas (90 %) have a value or a reason for its "
                    + "absence")
        let metric = try #require(model?.indicator("unemployment")?.metric)
        #expect(metric.periods.last == Period("2025-03"))
        #expect(metric.series(for: Metric.wholeCountry, selection: [:])?.points.last?.period == Period("2025-03"))
        #expect(metric.series(for: "alfa", selection: [:])?.points.last?.period == Period("2025-03"))
    }

    @Test func aCompletePeriodIsShown() throws {
        let (model, log) = Fixture.resolve(Self.addingApril([0: "10.5", 2: "6.0", 3: "15.0"]))
        #expect(log.errors == [])
        #expect(log.first("metric.incomplete-period") == nil)
        #expect(model?.indicator("unemployment")?.metric.latestPeriod == Period("2025-04"))
    }
}

/// Adds points to the fixture's monthly data file the way an editor does, one line each.
enum MonthlyFixture {
    /// `text` with `{"period": "2025-04", "value": …}` after the last point of the series at each index.
    static func appending(_ values: [Int: String], to text: String, period: String = "2025-04") -> String {
        let end = "\n        }\n      ]"
        var result = ""
        var rest = Substring(text)
        var index = 0
        while let range = rest.range(of: end) {
            let close = rest.index(range.lowerBound, offsetBy: "\n        }".count)
            result += rest[..<close]
            if let value = values[index] {
                result += ",\n        {\"period\": \"\(period)\", \"value\": \(value)}"
            }
            rest = rest[close...]
            index += 1
        }
        return result + rest
    }
}
