import Diagnostics
import Testing
@testable import Dashboard

/// The published rules behind rankings and statuses: counts are never ranked raw, small area counts are
/// refused, a status resting on a provisional value says so.
@Suite struct RankingRuleTests {
    @Test func countsAreRankedPerInhabitantRatesAsTheyAre() throws {
        let (model, _) = Fixture.resolve()
        var withPopulation = try #require(model)
        for index in withPopulation.municipalities.indices { withPopulation.municipalities[index].population = 20_000 }
        let permits = try #require(withPopulation.indicator("permits")?.metric)
        let rate = try #require(withPopulation.indicator("unemployment")?.metric)
        #expect(RankingRule.rule(for: permits, in: withPopulation) == .perPopulation)
        #expect(RankingRule.rule(for: rate, in: withPopulation) == .values)
        // Without a population for every area a count gets no rank at all.
        #expect(RankingRule.rule(for: permits, in: try #require(model)) == .unranked)
        // 492 people in 674 000 rank below 16 in 20 000: the size of the place no longer decides.
        let big = try #require(RankingRule.perPopulation.rankedValue(492, population: 674_000))
        let small = try #require(RankingRule.perPopulation.rankedValue(16, population: 20_000))
        #expect(abs(big - 7.2997) < 0.001)
        #expect(small == 8)
        #expect(RankingRule.perPopulation.rankedValue(16, population: nil) == nil)
        #expect(RankingRule.values.rankedValue(12.5, population: nil) == 12.5)
    }

    @Test func areaPopulationIsTheSumOfItsMembers() throws {
        let (model, _) = Fixture.resolve()
        var changed = try #require(model)
        let area = try #require(changed.areas.first)
        #expect(changed.population(ofArea: area.id) == nil)
        for index in changed.municipalities.indices { changed.municipalities[index].population = 1000 }
        #expect(changed.population(ofArea: area.id) == 1000 * area.memberCodes.count)
    }

    @Test func smallAreaCountsAreRefusedWithTheirPlace() throws {
        let edit = Fixture.edit("data/permits.json", replacing: "\"period\": \"2024\",\n          \"value\": 100\n",
                                with: "\"period\": \"2024\",\n          \"value\": 4\n")
        let (_, log) = Fixture.resolve(edit)
        let error = try #require(log.sorted.first { $0.message.contains("below 5") })
        #expect(error.summaryLine.hasPrefix("Content/data/permits.json:88:20: error: the area count 4 for 2024"))
        #expect(error.hint == "write \"value\": null, \"missing\": \"suppressed\" (see the methods page)")
        // Zero and five are published; the whole country is not an area.
        for allowed in ["0", "5"] {
            let (_, fine) = Fixture.resolve(Fixture.edit(
                "data/permits.json", replacing: "\"period\": \"2024\",\n          \"value\": 100\n",
                with: "\"period\": \"2024\",\n          \"value\": \(allowed)\n"))
            #expect(!fine.sorted.contains { $0.message.contains("below 5") }, "\(allowed)")
        }
    }

    @Test func aStatusOnAProvisionalValueIsMarked() {
        let series = Metric.Series(place: "FI", selection: [:], points: [
            Metric.Point(period: Period(year: 2025, month: 9), value: 10),
            Metric.Point(period: Period(year: 2026, month: 9), value: 12, flags: [.provisional]),
        ])
        let summary = SeriesSummary(series, direction: .up, tolerance: 1, frequency: .month)
        #expect(summary.status == .improving)
        #expect(summary.isProvisional)
        let final = SeriesSummary(Metric.Series(place: "FI", selection: [:], points: series.points.map {
            Metric.Point(period: $0.period, value: $0.value)
        }), direction: .up, tolerance: 1, frequency: .month)
        #expect(!final.isProvisional)
        // Nothing to mark when there is no status.
        let alone = SeriesSummary(Metric.Series(place: "FI", selection: [:], points: [series.points[1]]),
                                  direction: .up, tolerance: 1, frequency: .month)
        #expect(alone.status == .notEnoughData && !alone.isProvisional)
    }
}
