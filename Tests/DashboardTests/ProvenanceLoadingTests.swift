import Diagnostics
import Testing
@testable import Dashboard

/// Every metric file says whether its values are real (from which tables, retrieved when) or illustrative, and
/// the loader holds it to that.
@Suite struct ProvenanceLoadingTests {
    let real = "data/vacancies-per-1000.json"
    let illustrative = "data/unemployment.json"
    let tables = #"[{"id": "12r5", "updated": "2026-07-21", "retrieved": "2026-08-11"}, "#
        + #"{"id": "11s5", "period": "2024-12", "updated": "2025-05-28"}]"#

    @Test func theFixtureHasBothKinds() throws {
        let (model, log) = Fixture.resolve()
        #expect(log.errors == [])
        let rate = try #require(model?.indicator("vacancies-per-1000")?.metric.provenance)
        #expect(rate == Provenance(values: .real, tables: [
            .init(id: "12r5", updated: CalendarDate(year: 2026, month: 7, day: 21),
                  retrieved: CalendarDate(year: 2026, month: 8, day: 11)),
            .init(id: "11s5", period: Period(year: 2024, month: 12),
                  updated: CalendarDate(year: 2025, month: 5, day: 28)),
        ]))
        #expect(model?.indicator("unemployment")?.metric.provenance == .illustrative)
    }

    @Test(arguments: [
        (#""provenance": {"values": "real", "tables": "#, #""provenance": {"values": "made-up", "tables": "#,
         "Content/data/vacancies-per-1000.json:10:28 json.unknown-choice"),
        (#""provenance": {"values": "real", "tables": "#, #""provenance": {"tables": "#,
         "Content/data/vacancies-per-1000.json:10:17 json.missing-key"),
        (#", {"id": "11s5", "period": "2024-12", "updated": "2025-05-28"}"#, #", {"period": "2024-12"}"#,
         "Content/data/vacancies-per-1000.json:10:115 json.missing-key"),
        (#""period": "2024-12""#, #""period": "12/2024""#,
         "Content/data/vacancies-per-1000.json:10:140 metric.invalid-period"),
        (#""retrieved": "2026-08-11""#, #""retrieved": "11.8.2026""#,
         "Content/data/vacancies-per-1000.json:10:87 json.invalid-date"),
        (#""retrieved": "2026-08-11""#, #""retrieved": "2026-07-20""#,
         "Content/data/vacancies-per-1000.json:10:100 metric.retrieved-before-update"),
        (#""updated": "2026-07-21", "retrieved""#, #""updated": "2026-07-21", "fetched""#,
         "Content/data/vacancies-per-1000.json:10:87 json.unknown-key"),
    ])
    func realProvenanceMistakesAreLocated(target: String, replacement: String, identity: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(real, replacing: target, with: replacement))
        #expect(log.errors == [identity])
    }

    @Test func realValuesNameTheirTables() {
        let (_, withoutTables) = Fixture.resolve(Fixture.edit(
            real, replacing: #""provenance": {"values": "real", "tables": \#(tables)}"#,
            with: #""provenance": {"values": "real"}"#))
        #expect(withoutTables.errors == ["Content/data/vacancies-per-1000.json:10:17 metric.real-without-tables"])
        let (_, emptyTables) = Fixture.resolve(Fixture.edit(real, replacing: tables, with: "[]"))
        #expect(emptyTables.errors == ["Content/data/vacancies-per-1000.json:10:17 metric.real-without-tables"])
    }

    @Test func illustrativeValuesNameNoTables() {
        let (_, log) = Fixture.resolve(Fixture.edit(
            illustrative, replacing: #""provenance": {"values": "illustrative"}"#,
            with: #""provenance": {"values": "illustrative", "tables": [{"id": "12r5"}]}"#))
        #expect(log.errors == ["Content/data/unemployment.json:14:44 metric.illustrative-with-tables"])
    }

    @Test func everyFileMustSay() {
        let (_, log) = Fixture.resolve(Fixture.edit(
            illustrative, replacing: "\n  \"provenance\": {\"values\": \"illustrative\"},", with: ""))
        #expect(log.errors == ["Content/data/unemployment.json:1:1 json.missing-key"])
        #expect(log.first("json.missing-key")?.arguments["key"] == .text("provenance"))
    }
}
