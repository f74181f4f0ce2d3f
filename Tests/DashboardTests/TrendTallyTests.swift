import Testing
@testable import Dashboard

/// The scoreboard's counting: each indicator's status by the published trend rule, counted once.
@Suite struct TrendTallyTests {
    @Test func countsEachStatusOnce() {
        let tally = TrendTally([.improving, .worsening, .improving, .noClearChange, .notEnoughData, .notAssessed,
                                .worsening, .improving])
        #expect(tally.improving == 3)
        #expect(tally.noClearChange == 1)
        #expect(tally.worsening == 2)
        #expect(tally.notEnoughData == 1)
        #expect(tally.notAssessed == 1)
        #expect(tally.total == 8)
        #expect(TrendStatus.allCases.map { tally[$0] } == [3, 1, 2, 1, 1])
        #expect(TrendTally([]) == TrendTally())
    }

    @Test func usesTheTrendRuleOfEachIndicator() throws {
        let model = try #require(Fixture.resolve().model)
        // Both of the fixture's goal indicators improve in area alfa (the area page says "Parantunut" twice); the
        // current situation's indicators belong to no goal and are not tallied by the overview.
        let goalIndicators = model.indicators.filter { $0.kind == .goal }
        let alfa = TrendTally(place: "alfa", indicators: goalIndicators)
        #expect(alfa == TrendTally([.improving, .improving]))
        #expect(alfa == TrendTally(goalIndicators.map { $0.metric.summary(for: "alfa").status }))
        // A place without figures has not enough data for any indicator that has a better direction.
        let nowhere = TrendTally(place: "nowhere", indicators: model.indicators)
        #expect(nowhere.total == model.indicators.count)
        #expect(nowhere.improving + nowhere.noClearChange + nowhere.worsening == 0)
    }

    @Test func aWorseningFigureMovesTheCount() throws {
        // The fixture's unemployment rate in alfa one year after its first value, raised well past the tolerance.
        let text = Fixture.text("data/unemployment.json")
        let alfa = try #require(text.range(of: "\"area\": \"alfa\""))
        let following = text[alfa.upperBound...]
        let rest = following[..<(following.range(of: "\"area\"")?.lowerBound ?? following.endIndex)]
        let latest = try #require(rest.range(of: "\"value\": ", options: .backwards))
        let end = try #require(rest[latest.upperBound...].firstIndex { $0 == "\n" || $0 == "}" || $0 == "," })
        var changed = text
        changed.replaceSubrange(latest.upperBound..<end, with: "99.0")
        let model = try #require(Fixture.resolve(["data/unemployment.json": changed]).model)
        let tally = TrendTally(place: "alfa", indicators: model.indicators)
        #expect(tally.worsening == 1)
        #expect(tally.improving == 1)
    }
}
