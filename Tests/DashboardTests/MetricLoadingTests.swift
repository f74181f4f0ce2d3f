import Diagnostics
import Testing
@testable import Dashboard

/// Metric JSON: valid files load; every kind of mistake gives its file, line, column and a useful message.
@Suite struct MetricLoadingTests {
    let file = "data/unemployment.json"

    @Test func loadsTheFixtureMetric() throws {
        let (model, log) = Fixture.resolve()
        #expect(log.errorLines == [])
        let metric = try #require(model?.indicator("unemployment")?.metric)
        #expect(metric.unit == .percent)
        #expect(metric.frequency == .month)
        #expect(metric.periods.first == Period(year: 2024, month: 1))
        #expect(metric.periods.last == Period(year: 2025, month: 3))
        let alfa = try #require(metric.series(for: "alfa", selection: [:]))
        #expect(alfa.point(at: Period(year: 2024, month: 6))?.missing == .suppressed)
        #expect(alfa.points.last?.isProvisional == true)
        let permits = try #require(model?.indicator("permits")?.metric)
        #expect(permits.headline == ["kind": "specialist"])
        #expect(permits.headlineSeries(for: "FI")?.value(at: Period(year: 2025)) == 1200)
    }

    @Test func malformedJSONIsLocated() {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"decimals\": 1,", with: "\"decimals\": 1"))
        #expect(log.errorLines.first == "Content/data/unemployment.json:6:3: error: malformed JSON: ',' or '}' was expected after a member (is a comma missing?)")
    }

    @Test func unknownAreaGetsASuggestion() throws {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"area\": \"alfa\"", with: "\"area\": \"alfaa\""))
        let diagnostic = try #require(log.sorted.first { $0.severity == .error })
        #expect(diagnostic.summaryLine.hasPrefix("Content/data/unemployment.json:"))
        #expect(diagnostic.summaryLine.hasSuffix(": error: unknown area \"alfaa\": it is not in areas.json or regions.json, and not \"FI\""))
        #expect(diagnostic.hint == "did you mean 'alfa'?")
        #expect(diagnostic.column == 15)  // the value, not the key
    }

    @Test func dataFileForAnUnknownIndicator() {
        let original = Fixture.text(file)
        let (_, log) = Fixture.resolve([
            "data/unemploymnt.json": original.replacingOccurrences(of: "\"indicator\": \"unemployment\"",
                                                                  with: "\"indicator\": \"unemploymnt\""),
            file: nil,
        ])
        #expect(log.errorLines.contains("Content/data/unemploymnt.json: error: the data file is for the indicator 'unemploymnt', which has no text"))
        #expect(log.errorLines.contains("Content/indicators/unemployment.fi.md:1:1: error: the indicator 'unemployment' has no data file"))
        #expect(log.sorted.first { $0.message.hasPrefix("the indicator 'unemployment' has no data") }?.hint
                == "add Content/data/unemployment.json (or rename data/unemploymnt.json if it is meant for this indicator)")
    }

    @Test func fileNameAndIndicatorMustAgree() {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"indicator\": \"unemployment\"",
                                                    with: "\"indicator\": \"permits\""))
        #expect(log.errorLines.contains("Content/data/unemployment.json:3:3: error: the file is named 'unemployment.json' but says \"indicator\": \"permits\""))
    }

    @Test(arguments: [
        ("\"unit\": \"percent\"", "\"unit\": \"procent\"", "unknown unit \"procent\"; valid values: percent, count, days, score, ratio"),
        ("\"betterDirection\": \"down\"", "\"betterDirection\": \"lower\"", "unknown betterDirection \"lower\"; valid values: up, down, none"),
        ("\"decimals\": 1", "\"decimals\": \"1\"", "\"decimals\" must be a whole number from 0 to 6"),
        ("\"trendTolerance\": 0.5", "\"trendTolerance\": -1", "\"trendTolerance\" cannot be negative"),
        ("\"updated\": \"2025-04-20\"", "\"updated\": \"20.4.2025\"", "\"updated\" must be a date written YYYY-MM-DD, not \"20.4.2025\""),
        ("\"frequency\": \"month\",", "", "the metric file is missing the required key \"frequency\""),
        ("\"period\": \"2024-02\"", "\"period\": \"2024-2\"", "\"2024-2\" is not a period: write YYYY-MM, like \"2025-03\""),
        ("\"period\": \"2024-02\"", "\"period\": \"2024\"", "the period \"2024\" does not match the metric's frequency 'month': write YYYY-MM, like \"2025-03\""),
        ("\"period\": \"2024-02\"", "\"period\": \"2024-01\"", "the period 2024-01 appears twice in this series"),
        ("\"period\": \"2024-03\"", "\"period\": \"2024-01\"", "the period 2024-01 comes after 2024-02: periods must be in increasing order"),
        ("\"value\": 12.0", "\"value\": 140", "the value 140.0 is outside the range of a percent value (from 0 to 100)"),
        ("\"value\": 12.0", "\"value\": \"12,0\"", "\"value\" must be a number or null, not a string"),
        ("\"value\": 12.0", "\"value\": null", "a missing value (null) needs a reason: add \"missing\": \"not-published\", \"suppressed\" or \"not-applicable\""),
        ("\"missing\": \"suppressed\"", "\"missing\": \"hidden\"", "unknown missing \"hidden\"; valid values: not-published, suppressed, not-applicable"),
        ("\"flags\": [\n            \"provisional\"", "\"flags\": [\n            \"preliminary\"", "unknown flag \"preliminary\"; valid flags: provisional, break-in-series"),
        ("\"trendTolerance\": 0.5,", "\"trendTolerance\": 0.5,\n  \"colour\": \"red\",", "unknown key \"colour\" in the metric file"),
    ])
    func schemaViolationsAreReported(target: String, replacement: String, message: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: target, with: replacement))
        let messages = log.sorted.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains(message), "got \(messages)")
        #expect(log.sorted.allSatisfy { $0.severity != .error || $0.line > 0 || $0.message.contains("has no") })
    }

    @Test func breakdownCategoriesAreChecked() {
        let (_, log) = Fixture.resolve(Fixture.edit("data/permits.json", replacing: "\"kind\": \"seasonal\"\n",
                                                    with: "\"kind\": \"seasonl\"\n"))
        let diagnostic = log.sorted.first { $0.message.hasPrefix("unknown kind category") }
        #expect(diagnostic?.message == "unknown kind category \"seasonl\"; valid: specialist, seasonal")
        #expect(diagnostic?.hint == "did you mean 'seasonal'?")
    }
}
