import Dashboard
import Testing
@testable import StatisticsImport

/// JSON-stat 2.0 in all the forms the standard allows, and every kind of malformed dataset with its position.
@Suite struct JSONStatReaderTests {
    /// Two areas × two months × one measure, with no `role`: the reader finds areas and periods by their codes.
    static let dataset = """
        {
          "version": "2.0",
          "class": "dataset",
          "label": "Test table",
          "source": "Test source",
          "updated": "2026-07-21T05.00.00Z",
          "id": ["alue", "kuukausi", "tiedot"],
          "size": [2, 2, 1],
          "dimension": {
            "alue": {"label": "Area", "category": {"index": {"KU091": 0, "KU049": 1},
                                                  "label": {"KU091": "Helsinki", "KU049": "Espoo"}}},
            "kuukausi": {"category": {"index": ["2026M05", "2026M06"], "label": {"2026M06": "2026M06*"}}},
            "tiedot": {"category": {"label": {"tyottomat": "Unemployed"},
                                    "unit": {"tyottomat": {"label": "persons", "decimals": 0}}}}
          },
          "value": [100, 101, null, 201],
          "status": {"2": "..."}
        }
        """

    @Test func readsEveryFormOfTheStandard() throws {
        let (cube, log) = TestData.cube(Self.dataset)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.dimensions.map(\.role) == [nil, nil, nil])
        #expect(table.areaDimension == 0)
        #expect(table.timeDimension == 1)
        #expect(table.dimensions[0].categories.map(\.code) == ["KU091", "KU049"])
        #expect(table.dimensions[0].categories.map(\.label) == ["Helsinki", "Espoo"])
        #expect(table.dimensions[1].categories.map(\.isPreliminary) == [false, true])
        #expect(table.dimensions[2].categories[0].code == "tyottomat")  // one category: no index needed
        #expect(table.dimensions[2].categories[0].unit == StatisticsCube.Unit(label: "persons", decimals: 0))
        #expect(table.updated == CalendarDate(year: 2026, month: 7, day: 21))
        #expect(table.title == "Test table")
        #expect(table.tidyCSV == """
            alue,kuukausi,tiedot,value,status
            KU091,2026M05,tyottomat,100,
            KU091,2026M06,tyottomat,101,
            KU049,2026M05,tyottomat,,...
            KU049,2026M06,tyottomat,201,

            """)
    }

    @Test func sparseValuesAndOneStatusForAll() throws {
        let text = Self.dataset
            .replacingOccurrences(of: "\"value\": [100, 101, null, 201]", with: "\"value\": {\"3\": 201, \"0\": 100}")
            .replacingOccurrences(of: "\"status\": {\"2\": \"...\"}", with: "\"status\": \"p\"")
        let (cube, log) = TestData.cube(text)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.values == [100, nil, nil, 201])
        #expect(table.statuses == ["p", "p", "p", "p"])
    }

    @Test func statusAsAListAndRolesWhenGiven() throws {
        let text = Self.dataset
            .replacingOccurrences(of: "\"status\": {\"2\": \"...\"}",
                                  with: "\"status\": [null, \"e\", \"...\", null],\n  \"role\": {\"geo\": "
                                      + "[\"alue\"], \"time\": [\"kuukausi\"]}")
        let (cube, log) = TestData.cube(text)
        #expect(log.diagnostics.isEmpty)
        #expect(cube?.statuses == [nil, "e", "...", nil])
        #expect(cube?.dimensions.map(\.role) == [.geo, .time, nil])
    }

    @Test func aDownloadCutShort() {
        let (cube, log) = TestData.cube(String(Self.dataset.prefix(300)))
        #expect(cube == nil)
        #expect(log.errors == [
            "table.json:11:12 json.unclosed-object"
        ])
        #expect(log.sorted.first?.code.description == "json.unclosed-object")
    }

    @Test(arguments: [
        // Wrong types.
        ("\"value\": [100, 101, null, 201]", "\"value\": [100, \"101\", null, 201]",
         "table.json:16:18 import.wrong-type"),
        ("\"size\": [2, 2, 1]", "\"size\": [2, \"2\", 1]",
         "table.json:8:15 import.not-a-whole-number"),
        ("\"value\": [100, 101, null, 201]", "\"value\": 100",
         "table.json:16:12 import.wrong-type"),
        ("\"index\": [\"2026M05\", \"2026M06\"]", "\"index\": \"2026M05\"",
         "table.json:12:40 import.wrong-type"),
        ("\"status\": {\"2\": \"...\"}", "\"status\": 3",
         "table.json:17:13 import.wrong-type"),
        // Sizes that do not multiply to the number of values.
        ("\"value\": [100, 101, null, 201]", "\"value\": [100, 101, null]",
         "table.json:16:12 import.size-mismatch"),
        ("\"size\": [2, 2, 1]", "\"size\": [2, 3, 1]",
         "table.json:8:15 import.category-count"),
        ("\"size\": [2, 2, 1]", "\"size\": [2, 2]",
         "table.json:8:3 import.id-size-mismatch"),
        ("\"status\": {\"2\": \"...\"}", "\"status\": [null, null]",
         "table.json:17:13 import.status-count"),
        ("\"status\": {\"2\": \"...\"}", "\"status\": {\"4\": \"...\"}",
         "table.json:17:14 import.cell-index"),
        // Unknown dimensions.
        ("\"id\": [\"alue\", \"kuukausi\", \"tiedot\"]", "\"id\": [\"alue\", \"kuukausi\", \"tieto\"]",
         "table.json:7:30 import.undescribed-dimension"),
        ("\"status\": {\"2\": \"...\"}", "\"role\": {\"time\": [\"month\"]}",
         "table.json:17:21 import.unknown-role-dimension"),
        // Categories.
        ("{\"KU091\": 0, \"KU049\": 1}", "{\"KU091\": 0, \"KU049\": 0}",
         "table.json:10:75 import.duplicate-category"),
        ("\"index\": [\"2026M05\", \"2026M06\"]", "\"index\": [\"2026M05\", \"2026M05\"]",
         "table.json:12:52 import.duplicate-code"),
        ("\"tiedot\": {\"category\": {\"label\": {\"tyottomat\": \"Unemployed\"},",
         "\"tiedot\": {\"category\": {\"label\": {\"a\": \"A\", \"b\": \"B\"},",
         "table.json:13:28 import.missing-index"),
        // Not one dataset of version 2.0.
        ("\"class\": \"dataset\"", "\"class\": \"collection\"", "table.json:3:3 import.unsupported"),
        ("\"version\": \"2.0\"", "\"version\": \"1.0\"", "table.json:2:3 import.json-stat-version"),
    ])
    func malformedDatasets(target: String, replacement: String, expected: String) {
        #expect(Self.dataset.contains(target))
        let (_, log) = TestData.cube(Self.dataset.replacingOccurrences(of: target, with: replacement))
        #expect(log.errors.contains(expected), "got \(log.errors)")
    }
}
