import Dashboard
import Diagnostics
import Testing
@testable import StatisticsImport

/// From a table and a registry to metric series: sums, ratios of sums, the table's own country and region
/// rows, missing members, and every way a table, mapping and registry can disagree.
@Suite struct MetricImporterTests {
    @Test func ratesAreRatiosOfSumsAndCountsAreSums() throws {
        let result = ImportFixture.run()
        #expect(result.log.diagnostics.isEmpty)
        let share = try #require(result.metric("share"))
        #expect(share.series.map(\.area) == ["FI", "evk-a", "alfa", "beta", "gamma"])
        #expect(share.frequency == .month)
        #expect(share.updated == CalendarDate(year: 2026, month: 7, day: 21))
        #expect(result.values("share", "FI") == [12.5, 13.8])  // 1100 / 8000 = 13.75, rounded half away from zero
        #expect(result.values("share", "evk-a") == [12.5, 13.8])  // MK01 + MK02
        // alfa in June: (12 + 90) / (100 + 300) = 25.5 %, not the average of 12 % and 30 %.
        #expect(result.values("share", "alfa") == [nil, 25.5])
        #expect(result.values("share", "beta") == [5.0, 5.5])
        #expect(result.values("share", "gamma") == [10.0, nil])
        #expect(result.values("unemployed", "FI") == [1000, 1100])
        #expect(result.values("unemployed", "alfa") == [nil, 102])
        #expect(result.values("unemployed", "gamma") == [40, nil])
    }

    @Test func aMissingMemberMakesTheAreaSuppressedNeverZero() throws {
        let result = ImportFixture.run()
        let may = try #require(result.metric("unemployed")?.series(for: "alfa")?.points.first)
        #expect(may == ImportedMetric.Point(period: Period(year: 2026, month: 5), value: nil, missing: .suppressed,
                                            provisional: false, incomplete: false))
    }

    @Test func incompleteAreasWhenTheMappingAllowsThem() throws {
        let mapping = ImportFixture.edit(ImportFixture.mapping, "\"trendTolerance\": 0.5}",
                                         "\"trendTolerance\": 0.5, \"allowIncomplete\": true}")
        let result = ImportFixture.run(mapping: mapping)
        #expect(result.log.diagnostics.isEmpty)
        let alfa = try #require(result.metric("share")?.series(for: "alfa"))
        // May: only 001 has both figures, so the rate is 001's, flagged.
        #expect(alfa.points.map(\.value) == [10.0, 25.5])
        #expect(alfa.points.map(\.incomplete) == [true, false])
        // gamma's only member is missing in June: nothing to keep.
        #expect(result.metric("share")?.series(for: "gamma")?.points.last?.missing == .suppressed)
        // The count was not allowed to be incomplete.
        #expect(result.values("unemployed", "alfa") == [nil, 102])
    }

    @Test func withoutACountryRowTheCountryIsTheSumOfAllMunicipalities() {
        let table = ImportFixture.table
            .replacingOccurrences(of: "{\"key\":[\"SSS\",\"2026M05\"],\"values\":[\"1000\",\"8000\"]},\n", with: "")
            .replacingOccurrences(of: "{\"key\":[\"SSS\",\"2026M06\"],\"values\":[\"1100\",\"8000\"]},\n", with: "")
        let result = ImportFixture.run(table: table)
        #expect(result.log.diagnostics.isEmpty)
        // Every municipality row, Åland and the unknown municipality included; 002 and 004 are missing once each.
        #expect(result.values("unemployed", "FI") == [nil, nil])
        #expect(result.metric("unemployed")?.series(for: "FI")?.points.first?.missing == .suppressed)
    }

    @Test func preliminaryPeriodsAreProvisional() throws {
        let jsonStat = """
            {"version": "2.0", "class": "dataset", "updated": "2025-05-28T08:00:00",
             "id": ["alue", "vuosi"], "size": [5, 2],
             "dimension": {
               "alue": {"category": {"index": ["KU001", "KU002", "KU003", "KU004", "KU478"]}},
               "vuosi": {"category": {"index": ["2024", "2025"], "label": {"2024": "2024", "2025": "2025*"}}}},
             "value": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}
            """
        let mapping = """
            {"tables": {"p": {"file": "p.json"}}, "output": "out",
             "registry": {"areas": "areas.json", "municipalities": "municipalities.json"},
             "indicators": [{"indicator": "unemployed", "aggregate": "sum", "measure": {}, "unit": "count",
                             "decimals": 0, "betterDirection": "down", "trendTolerance": 5,
                             "source": {"fi": "Lähde"}}]}
            """
        let result = ImportFixture.run(mapping: mapping, tables: ["p": jsonStat])
        #expect(result.log.diagnostics.isEmpty, "\(result.log.errors)")
        let fi = try #require(result.metric("unemployed")?.series(for: "FI"))
        #expect(fi.points.map(\.period.description) == ["2024", "2025"])
        #expect(fi.points.map(\.value) == [25, 30])
        #expect(fi.points.map(\.provisional) == [false, true])
        #expect(result.metric("unemployed")?.frequency == .year)
        #expect(result.values("unemployed", "alfa") == [4, 6])
    }

    /// A per-capita rate: the numerator from one table, the denominator (population) from another file, at its
    /// latest period.
    @Test func aDenominatorFromAnotherTable() throws {
        let population = """
            {"version": "2.0", "class": "dataset", "id": ["alue", "kuukausi", "tiedot"], "size": [6, 1, 1],
             "role": {"geo": ["alue"], "time": ["kuukausi"], "metric": ["tiedot"]},
             "dimension": {
               "alue": {"category": {"index": ["KU001", "KU002", "KU003", "KU004", "KU478", "KU199"]}},
               "kuukausi": {"category": {"index": ["2024M12"]}},
               "tiedot": {"category": {"index": ["vaesto"]}}},
             "value": [1000, 3000, 10000, 4000, 500, 0]}
            """
        let mapping = ImportFixture.edit(ImportFixture.mapping, "\"tables\": {\"t\": {\"file\": \"t.json\"}},",
                                         "\"tables\": {\"t\": {\"file\": \"t.json\"}, \"population\": {\"file\": "
                                             + "\"p.json\"}},")
            .replacingOccurrences(of: "\"indicators\": [", with: """
                "indicators": [
                    {"indicator": "per-1000", "table": "t", "aggregate": "ratio", "numerator": "UNEMP",
                     "denominator": {"table": "population", "measure": "vaesto", "period": "latest"}, "scale": 1000,
                     "unit": "ratio", "decimals": 1, "betterDirection": "down", "trendTolerance": 1, "regions": []},
                """)
            .replacingOccurrences(of: "\"indicator\": \"share\",", with: "\"indicator\": \"share\", \"table\": \"t\",")
            .replacingOccurrences(of: "\"indicator\": \"unemployed\",", with: "\"indicator\": \"unemployed\", "
                + "\"table\": \"t\",")
        let result = ImportFixture.run(mapping: mapping, tables: ["population": population])
        #expect(result.log.diagnostics.isEmpty, "\(result.log.errors)")
        let metric = try #require(result.metric("per-1000"))
        #expect(metric.series.map(\.area) == ["FI", "alfa", "beta", "gamma"])
        // FI: the table's SSS row over the population of every municipality (18 500).
        #expect(result.values("per-1000", "FI") == [54.1, 59.5])
        #expect(result.values("per-1000", "alfa") == [nil, 25.5])
        #expect(result.values("per-1000", "beta") == [5.0, 5.5])
    }

    @Test func theSameInputGivesTheSameBytes() {
        let first = ImportFixture.run().metrics.map(\.json)
        let second = ImportFixture.run().metrics.map(\.json)
        #expect(first == second)
        #expect(first.count == 2)
    }

    @Test func theMetricFileLayout() throws {
        let metric = try #require(ImportFixture.run().metric("share"))
        #expect(metric.json == """
            {
              "$schema": "../../schema/metric.schema.json",
              "indicator": "share",
              "unit": "percent",
              "decimals": 1,
              "betterDirection": "down",
              "frequency": "month",
              "updated": "2026-07-21",
              "source": {
                "fi": "Lähde",
                "sv": "Källa",
                "en": "Source"
              },
              "trendTolerance": 0.5,
              "series": [
                {
                  "area": "FI",
                  "values": [
                    {"period": "2026-05", "value": 12.5},
                    {"period": "2026-06", "value": 13.8}
                  ]
                },
                {
                  "area": "evk-a",
                  "values": [
                    {"period": "2026-05", "value": 12.5},
                    {"period": "2026-06", "value": 13.8}
                  ]
                },
                {
                  "area": "alfa",
                  "values": [
                    {"period": "2026-05", "value": null, "missing": "suppressed"},
                    {"period": "2026-06", "value": 25.5}
                  ]
                },
                {
                  "area": "beta",
                  "values": [
                    {"period": "2026-05", "value": 5},
                    {"period": "2026-06", "value": 5.5}
                  ]
                },
                {
                  "area": "gamma",
                  "values": [
                    {"period": "2026-05", "value": 10},
                    {"period": "2026-06", "value": null, "missing": "suppressed"}
                  ]
                }
              ]
            }

            """)
    }

    @Test(arguments: [
        // The registry and the table disagree.
        ("areas", "{\"id\": \"beta\", \"members\": [\"003\"]}", "{\"id\": \"beta\", \"members\": [\"003\", \"001\"]}",
         "import/areas.json:3:37 import.duplicate-member"),
        ("areas", "{\"id\": \"gamma\", \"members\": [\"004\"]}", "{\"id\": \"gamma\", \"members\": [\"004\", \"005\"]}",
         "import/areas.json:4:38 import.unknown-area-code"),
        ("areas", "{\"id\": \"gamma\", \"members\": [\"004\"]}", "{\"id\": \"gamma\", \"members\": []}",
         "import/t.json:16:9 import.unclaimed-municipality"),
        ("areas", "{\"id\": \"gamma\", \"members\": [\"004\"]}", "{\"id\": \"gamma\", \"members\": [\"4\"]}",
         "import/areas.json:4:31 import.invalid-member-code"),
        ("areas", "{\"id\": \"beta\", \"members\": [\"003\"]}", "{\"id\": \"beta\", \"members\": [\"003\", \"478\"]}",
         "import/areas.json:3:37 import.aland-member"),
        ("mapping", "\"ignore\": [\"KU199\"],", "",
         "import/t.json:20:9 import.unclaimed-municipality"),
        // The mapping names what the table does not have.
        ("mapping", "\"measure\": \"UNEMP\"", "\"measure\": \"UNEMPLOYED\"",
         "import/mapping.json:12:64 import.unknown-measure"),
        ("mapping", "\"codes\": [\"MK01\", \"MK02\"]", "\"codes\": [\"MK01\", \"MK03\"]",
         "import/mapping.json:8:15 import.unknown-region-code"),
        ("mapping", "\"measure\": \"UNEMP\"", "\"measure\": {\"measure\": \"UNEMP\", \"select\": {\"sukupuoli\": "
            + "\"1\"}}",
         "import/mapping.json:12:64 import.unknown-dimension"),
        ("mapping", "\"measure\": \"UNEMP\"", "\"measure\": {}",
         "import/mapping.json:12:64 import.unselected-dimension"),
        // The table's periods.
        ("table", "\"2026M05\"]", "\"2026-05\"]", "import/t.json:4:15 import.bad-period"),
        ("table", "{\"key\":[\"SSS\",\"2026M05\"]", "{\"key\":[\"SSS\",\"2026Q2\"]",
         "import/t.json:5:15 import.mixed-frequencies"),
        ("table", ",\n\"metadata\":[{\"updated\":\"2026-07-21T05.00.00Z\",\"label\":\"Test "
            + "table\",\"source\":\"Test\"}]", "",
         "import/mapping.json:10:5 import.missing-updated"),
        // A mapping that produces impossible values.
        ("mapping", "\"scale\": 100", "\"scale\": 1000",
         "import/mapping.json:10:5 import.value-out-of-range"),
    ])
    func disagreementsAreReportedWithPositions(file: String, target: String, replacement: String, expected: String) {
        let result: ImportFixture.Result
        switch file {
        case "areas": result = ImportFixture.run(areas: ImportFixture.edit(ImportFixture.areas, target, replacement))
        case "mapping":
            result = ImportFixture.run(mapping: ImportFixture.edit(ImportFixture.mapping, target, replacement))
        default: result = ImportFixture.run(table: ImportFixture.edit(ImportFixture.table, target, replacement))
        }
        #expect(result.log.errors.contains(expected), "got \(result.log.errors)")
    }

    @Test func everyProblemIsCollectedInOneRun() {
        let areas = ImportFixture.edit(ImportFixture.areas, "{\"id\": \"gamma\", \"members\": [\"004\"]}",
                                       "{\"id\": \"gamma\", \"members\": [\"005\"]}")
        let mapping = ImportFixture.edit(ImportFixture.mapping, "\"measure\": \"UNEMP\"", "\"measure\": \"UNEMPLOYED\"")
        let result = ImportFixture.run(mapping: mapping, areas: areas)
        #expect(result.log.errors == [
            "import/areas.json:4:31 import.unknown-area-code",
            "import/mapping.json:12:64 import.unknown-measure",
            "import/t.json:16:9 import.unclaimed-municipality",
        ])
    }
}
