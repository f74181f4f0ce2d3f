import Diagnostics
import Testing
@testable import Dashboard

/// Context indicators (tilannekuva) belong to no goal; a count names the rate it is compared on.
@Suite struct ContextIndicatorTests {
    let count = "indicators/vacancies.fi.md"

    @Test func theFixtureHasAContextSection() throws {
        let (resolved, log) = Fixture.resolve()
        #expect(log.errors == [])
        let model = try #require(resolved)
        #expect(model.contextIndicators.map(\.id)
            == ["jobseeker-share", "jobseekers", "vacancies", "vacancies-per-1000"])
        #expect(model.contextIndicators.allSatisfy { $0.goal == nil && !$0.headline })
        // Goal indicators first, by goal and order; then the context indicators by order.
        #expect(model.indicators.map(\.id) == ["unemployment", "permits", "jobseeker-share", "jobseekers", "vacancies",
                                               "vacancies-per-1000"])
        #expect(model.goals.flatMap(\.indicatorIDs) == ["unemployment", "permits"])
        let vacancies = try #require(model.indicator("vacancies"))
        #expect(model.comparedIndicator(for: vacancies).id == "vacancies-per-1000")
        let unemployment = try #require(model.indicator("unemployment"))
        #expect(model.comparedIndicator(for: unemployment).id == "unemployment")
    }

    @Test(arguments: [
        ("kind: context", "kind: kontext", "Content/indicators/vacancies.fi.md:2:7 content.unknown-indicator-kind"),
        ("kind: context", "kind: context\ngoal: 1", "Content/indicators/vacancies.fi.md:3:1 content.context-with-goal"),
        ("kind: context", "kind: context\nheadline: true",
         "Content/indicators/vacancies.fi.md:3:1 content.context-with-goal"),
        ("rate: vacancies-per-1000", "rate: vacancies-per-100",
         "Content/indicators/vacancies.fi.md:4:7 content.unknown-rate"),
        ("rate: vacancies-per-1000", "rate: jobseekers",
         "Content/indicators/vacancies.fi.md:4:7 content.rate-is-a-count"),
        ("order: 3", "order: 2", "Content/indicators/vacancies.fi.md:1:1 content.same-order"),
    ])
    func mistakesAreLocated(target: String, replacement: String, identity: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(count, replacing: target, with: replacement))
        #expect(log.errors.contains(identity), "got \(log.errors)")
    }

    /// A translation takes kind, order and rate from the Finnish file: it may leave them out, not contradict them.
    @Test func translationsTakeTheFactsFromTheSource() {
        let (_, omitted) = Fixture.resolve(Fixture.edit("indicators/vacancies.sv.md",
                                                        replacing: "kind: context\norder: 3\nrate: vacancies-per-1000\n",
                                                        with: ""))
        #expect(omitted.errors == [])
        let (_, log) = Fixture.resolve(Fixture.edit("indicators/vacancies.sv.md",
                                                    replacing: "rate: vacancies-per-1000", with: "rate: jobseekers"))
        #expect(log.errors == ["Content/indicators/vacancies.sv.md:4:7 content.facts-differ"])
    }

    @Test func aGoalIndicatorStillNeedsItsGoal() {
        let (_, log) = Fixture.resolve(Fixture.edit("indicators/permits.fi.md", replacing: "goal: 2\n", with: ""))
        #expect(log.errors.contains("Content/indicators/permits.fi.md:1:1 front-matter.missing-key"))
    }

    @Test func aMissingRateGetsASuggestion() {
        let (_, log) = Fixture.resolve(Fixture.edit(count, replacing: "rate: vacancies-per-1000",
                                                    with: "rate: vacancies-per-100"))
        #expect(log.first("content.unknown-rate")?.hint == "did you mean 'vacancies-per-1000'?")
    }
}
