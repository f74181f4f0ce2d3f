import Diagnostics
import Testing
@testable import Dashboard

/// Metric JSON: valid files load; every kind of mistake gives its file, line, column and a useful message.
@Suite struct MetricLoadingTests {
    let file = "data/unemployment.json"

    @Test func loadsTheFixtureMetric() throws {
        let (model, log) = Fixture.resolve()
        #expect(log.errors == [])
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
        // At the end of the value before the missing comma, where the comma goes.
        #expect(log.errors == ["Content/data/unemployment.json:5:16 json.object-comma-expected"])
    }

    @Test func unknownAreaGetsASuggestion() throws {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"area\": \"alfa\"", with: "\"area\": \"alfaa\""))
        let diagnostic = try #require(log.first("metric.unknown-area"))
        #expect(diagnostic.identity == "Content/data/unemployment.json:151:15 metric.unknown-area")  // the value
        #expect(diagnostic.arguments == ["area": .text("alfaa"), "suggestion": .text("alfa")])
    }

    @Test func dataFileForAnUnknownIndicator() {
        let original = Fixture.text(file)
        let (_, log) = Fixture.resolve([
            "data/unemploymnt.json": original.replacingOccurrences(of: "\"indicator\": \"unemployment\"",
                                                                  with: "\"indicator\": \"unemploymnt\""),
            file: nil,
        ])
        #expect(log.errors.contains("Content/data/unemploymnt.json content.data-without-text"))
        #expect(log.errors.contains("Content/indicators/unemployment.fi.md:1:1 content.missing-data"))
        #expect(log.first("content.missing-data")?.hint
                == "add Content/data/unemployment.json (or rename data/unemploymnt.json if it is meant for this indicator)")
        #expect(log.first("content.data-without-text")?.hint == "did you mean 'unemployment'? rename the file")
    }

    @Test func fileNameAndIndicatorMustAgree() {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"indicator\": \"unemployment\"",
                                                    with: "\"indicator\": \"permits\""))
        #expect(log.errors.contains("Content/data/unemployment.json:3:3 metric.indicator-mismatch"))
    }

    @Test(arguments: [
        ("\"unit\": \"percent\"", "\"unit\": \"procent\"", "json.unknown-choice"),
        ("\"betterDirection\": \"down\"", "\"betterDirection\": \"lower\"", "json.unknown-choice"),
        ("\"decimals\": 1", "\"decimals\": \"1\"", "json.not-a-whole-number"),
        ("\"decimals\": 1", "\"decimals\": 1.5", "json.not-a-whole-number"),
        ("\"trendTolerance\": 0.5", "\"trendTolerance\": -1", "metric.negative-tolerance"),
        ("\"trendTolerance\": 0.5", "\"trendTolerance\": \"0,5\"", "json.not-a-number"),
        ("\"trendTolerance\": 0.5,", "\"trendTolerance\": 0.5,\n  \"trendToleranceRelative\": \"no\",",
         "json.not-a-boolean"),
        ("\"updated\": \"2025-04-20\"", "\"updated\": \"20.4.2025\"", "json.invalid-date"),
        ("\"frequency\": \"month\",", "", "json.missing-key"),
        ("\"period\": \"2024-02\"", "\"period\": \"2024-2\"", "metric.invalid-period"),
        ("\"period\": \"2024-02\"", "\"period\": \"2024\"", "metric.period-frequency"),
        ("\"period\": \"2024-02\"", "\"period\": \"2024-01\"", "metric.duplicate-period"),
        ("\"period\": \"2024-03\"", "\"period\": \"2024-01\"", "metric.period-order"),
        ("\"value\": 12.0", "\"value\": 140", "metric.value-out-of-range"),
        ("\"value\": 12.0", "\"value\": \"12,0\"", "metric.value-not-a-number"),
        ("\"value\": 12.0", "\"value\": null", "metric.missing-reason"),
        ("\"value\": 12.0", "\"value\": 12.0, \"missing\": \"suppressed\"", "metric.value-and-missing"),
        ("\"missing\": \"suppressed\"", "\"missing\": \"hidden\"", "json.unknown-choice"),
        ("\"flags\": [\n            \"provisional\"", "\"flags\": [\n            \"preliminary\"",
         "metric.unknown-flag"),
        ("\"flags\": [\n            \"provisional\"", "\"flags\": [\n            1", "json.element-not-a-string"),
        ("\"series\": [", "\"series\": \"x\", \"y\": [", "json.not-a-list"),
        ("\"source\": {", "\"source\": {\"FI\": \"x\",", "json.not-a-language-code"),
        ("\"fi\": \"Testilähde\",", "", "json.missing-finnish"),
        ("\"trendTolerance\": 0.5,", "\"trendTolerance\": 0.5,\n  \"colour\": \"red\",", "json.unknown-key"),
        ("\"trendTolerance\": 0.5,", "\"trendTolerance\": 0.5,\n  \"unit\": \"count\",", "json.duplicate-key"),
        ("\"area\": \"FI\"", "\"area\": \"alfa\"", "metric.no-whole-country-series"),
    ])
    func schemaViolationsAreReported(target: String, replacement: String, code: String) throws {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: target, with: replacement))
        let diagnostic = try #require(log.first(code), "got \(log.errors)")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line > 0)
    }

    @Test func valuesOutsideTheirUnitsRangeNameTheRange() {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: "\"value\": 12.0", with: "\"value\": 140"))
        #expect(log.errors == ["Content/data/unemployment.json:22:20 metric.value-out-of-range"])
        #expect(log.first("metric.value-out-of-range")?.message
                == "the value 140 is outside the range of a percent value (from 0 to 100)")
        let negative = Fixture.edit("data/permits.json", replacing: "\"value\": 1000", with: "\"value\": -5")
        let (_, count) = Fixture.resolve(negative)
        #expect(count.first("metric.value-below-minimum")?.message
                == "the value -5 is outside the range of a count value (at least 0)")
    }

    @Test(arguments: [
        ("data/unemployment.json", "\"decimals\": 1", "\"decimals\": 5",
         "Content/data/unemployment.json:5:15 json.not-a-whole-number"),
        ("data/permits.json", "\"value\": 1000", "\"value\": 1.23e20",
         "Content/data/permits.json:57:20 metric.value-out-of-range"),
        ("data/permits.json", "\"value\": 1000", "\"value\": 1.7e308",
         "Content/data/permits.json:57:20 metric.value-out-of-range"),
        ("data/permits.json", "\"value\": 1000", "\"value\": 100000000001",
         "Content/data/permits.json:57:20 metric.value-out-of-range"),
        ("data/permits.json", "\"value\": 1000", "\"value\": 5e-324",
         "Content/data/permits.json:57:20 metric.value-too-small"),
        ("data/unemployment.json", "\"value\": 12.0", "\"value\": 0.00009",
         "Content/data/unemployment.json:22:20 metric.value-too-small"),
        ("data/unemployment.json", "\"trendTolerance\": 0.5", "\"trendTolerance\": 101",
         "Content/data/unemployment.json:15:21 metric.tolerance-too-large"),
        ("data/permits.json", "\"trendTolerance\": 5", "\"trendTolerance\": 150",
         "Content/data/permits.json:15:21 metric.tolerance-too-large"),
    ])
    func numbersBeyondWhatThePageCanShowAreErrors(file: String, target: String, replacement: String, expected: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: target, with: replacement))
        #expect(log.errors == [expected])
    }

    @Test func theLimitsAreWrittenAsEditorsWriteNumbers() {
        let changes = Fixture.edit("data/permits.json", replacing: "\"value\": 1000", with: "\"value\": 1.23e20")
        let (_, log) = Fixture.resolve(changes)
        #expect(log.first("metric.value-out-of-range")?.message
                == "the value 1.23 × 10^20 is outside the range of a count value (from 0 to 100000000000)")
        // The largest values are accepted, and so are zero and the smallest step.
        for value in ["100000000000", "0", "0.0001", "99999999999.9999"] {
            let (model, accepted) = Fixture.resolve(Fixture.edit("data/permits.json", replacing: "\"value\": 1000",
                                                                 with: "\"value\": \(value)"))
            #expect(accepted.errors == [], "\(value)")
            #expect(model != nil)
        }
    }

    @Test func breakdownCategoriesAreChecked() {
        let (_, log) = Fixture.resolve(Fixture.edit("data/permits.json", replacing: "\"kind\": \"seasonal\"\n",
                                                    with: "\"kind\": \"seasonl\"\n"))
        let diagnostic = log.first("metric.unknown-category")
        #expect(diagnostic?.arguments["valid"] == .text("specialist, seasonal"))
        #expect(diagnostic?.hint == "did you mean 'seasonal'?")
    }
}
