import Dashboard
import Diagnostics
import Testing
@testable import StatisticsImport

/// PxWeb API v1 "json" responses: measures as columns, rows of codes and texts, and every malformed kind.
@Suite struct PxWebJSONReaderTests {
    static let response = """
        {"columns":[{"code":"Alue","text":"Alue","type":"d"},{"code":"timeperiod_m","text":"Kuukausi","type":"t"},
        {"code":"TYOTTOMAT","text":"Työttömät (lkm.)","type":"c"},{"code":"OSUUS","text":"Osuus (%)","type":"c"}],
        "comments":[],
        "data":[{"key":["SSS","2026M06"],"values":["352001","12.8"]},
        {"key":["KU091","2026M06"],"values":["52578","..."]},
        {"key":["KU049","2026M06"],"values":["-","14.1"]}],
        "metadata":[{"updated":"2026-07-21T05.00.00Z","label":"Test","source":"KEHA-keskus"}]}
        """

    @Test func measuresBecomeTheLastDimension() throws {
        let (cube, log) = TestData.cube(Self.response)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.dimensions.map(\.id) == ["Alue", "timeperiod_m", "measure"])
        #expect(table.dimensions.map(\.role) == [nil, .time, .metric])
        #expect(table.dimensions[2].categories.map(\.label) == ["Työttömät (lkm.)", "Osuus (%)"])
        #expect(table.updated == CalendarDate(year: 2026, month: 7, day: 21))
        #expect(table.tidyCSV == """
            Alue,timeperiod_m,measure,value,status
            SSS,2026M06,TYOTTOMAT,352001,
            SSS,2026M06,OSUUS,12.8,
            KU091,2026M06,TYOTTOMAT,52578,
            KU091,2026M06,OSUUS,,...
            KU049,2026M06,TYOTTOMAT,,-
            KU049,2026M06,OSUUS,14.1,

            """)
    }

    @Test func aCombinationWithoutARowIsACellWithoutAValue() throws {
        let text = Self.response.replacingOccurrences(
            of: "{\"key\":[\"KU049\",\"2026M06\"]", with: "{\"key\":[\"KU049\",\"2026M05\"]")
        let (cube, log) = TestData.cube(text)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.dimensions.map(\.categories.count) == [3, 2, 2])
        #expect(table.cell("SSS", "2026M05", "TYOTTOMAT")! == (nil, nil))
        #expect(table.cell("KU049", "2026M05", "OSUUS")?.value == 14.1)
    }

    @Test(arguments: [
        ("{\"key\":[\"KU091\",\"2026M06\"]", "{\"key\":[\"KU091\"]",
         "table.json:5:1 import.row-key-count"),
        ("\"values\":[\"52578\",\"...\"]", "\"values\":[\"52578\"]",
         "table.json:5:1 import.row-value-count"),
        ("\"values\":[\"352001\",\"12.8\"]", "\"values\":[\"352001\",\"12,8\"]",
         "table.json:4:53 import.bad-number"),
        ("\"values\":[\"352001\",\"12.8\"]", "\"values\":[\"352001\",true]",
         "table.json:4:53 import.wrong-type"),
        ("{\"key\":[\"KU049\",\"2026M06\"]", "{\"key\":[\"KU091\",\"2026M06\"]",
         "table.json:6:1 import.duplicate-cell"),
        ("\"type\":\"t\"", "\"type\":\"x\"",
         "table.json:1:95 import.unknown-column-type"),
        ("\"data\":[", "\"rows\":[", "table.json:1:1 import.missing-key"),
        ("{\"key\":[\"SSS\",\"2026M06\"]", "{\"key\":[\"SSS\",2026]",
         "table.json:4:23 import.wrong-type"),
    ])
    func malformedResponses(target: String, replacement: String, expected: String) {
        #expect(Self.response.contains(target))
        let (_, log) = TestData.cube(Self.response.replacingOccurrences(of: target, with: replacement))
        #expect(log.errors.contains(expected), "got \(log.errors)")
    }

    @Test func aResponseWithoutMeasureColumns() {
        let (cube, log) = TestData.cube("{\"columns\": [{\"code\": \"Alue\", \"type\": \"d\"}], \"data\": []}")
        #expect(cube == nil)
        #expect(log.errors == ["table.json:1:2 import.no-measure-columns"])
    }

    @Test(arguments: [
        ("[1, 2]", "table.json:1:1 import.unknown-format"),
        ("{\"tables\": []}", "table.json:1:1 import.unknown-format"),
        ("{\"a\": {\"dimension\": {}}}", "table.json:1:1 import.json-stat-1"),
        ("{\"columns\": [], \"data\": [", "table.json:1:26 json.missing-value"),
        ("\u{FEFF}", "table.json import.empty-file"),
    ])
    func notAStatisticsFile(text: String, expected: String) {
        let (cube, log) = TestData.cube(text)
        #expect(cube == nil)
        #expect(log.errors == [expected])
    }

    @Test func invalidUTF8IsLocated() {
        var log = DiagnosticLog()
        let bytes = Array("{\"columns\":\n [\"".utf8) + [0xE4] + Array("\"]}".utf8)
        #expect(StatisticsReader.read(bytes, file: "table.json", log: &log) == nil)
        #expect(log.errors == ["table.json:2:4 import.encoding"])
    }
}
