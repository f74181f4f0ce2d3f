import Dashboard
import Diagnostics
import Testing
@testable import StatisticsImport

/// The mapping file: paths relative to it, defaults, and every mistake an editor can make in it.
@Suite struct ImportMappingTests {
    @Test func readsTheFixtureMapping() throws {
        var log = DiagnosticLog()
        let mapping = try #require(ImportMapping.read(Array(ImportFixture.mapping.utf8), file: "import/mapping.json",
                                                      log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(mapping.tables.map(\.file) == ["import/t.json"])
        #expect(mapping.areasFile == "import/areas.json")
        #expect(mapping.output == "import/out")
        #expect(mapping.countryCode == "SSS")
        #expect(mapping.ignoredCodes == ["KU199"])
        #expect(mapping.indicators.map(\.id) == ["share", "unemployed"])
        let share = mapping.indicators[0]
        #expect(share.aggregate == .ratio && share.scale == 100)
        #expect(share.quantities.map(\.measure) == ["UNEMP", "LABOUR"])
        #expect(share.quantities.map(\.table) == ["t", "t"])
        #expect(share.source["sv"] == "Källa")
        #expect(share.regions.map(\.codes) == [["MK01", "MK02"]])
        #expect(mapping.indicators[1].trendToleranceRelative)
    }

    @Test func theRealMappingOf12r5() throws {
        var log = DiagnosticLog()
        let bytes = TestData.bytes(TestData.repositoryRoot.appendingPathComponent("Import/12r5.mapping.json"))
        let mapping = try #require(ImportMapping.read(bytes, file: "Import/12r5.mapping.json", log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(mapping.tables.map(\.file) == ["../shared/data/statfin/tyonv_12r5_2026M06.pxweb.json"])
        #expect(mapping.areasFile == "Content/areas.json")
        #expect(mapping.output == "Content/data")
        #expect(mapping.indicators.count == 8)
    }

    @Test func pathsResolveLexically() {
        #expect(FilePath.resolve("../Content/areas.json", from: "Import") == "Content/areas.json")
        #expect(FilePath.resolve("../../shared/x.json", from: "Import") == "../shared/x.json")
        #expect(FilePath.resolve("/tmp/x.json", from: "Import") == "/tmp/x.json")
        #expect(FilePath.resolve("x.json", from: "") == "x.json")
        #expect(FilePath.resolve("./a/../b.json", from: "/work/m") == "/work/m/b.json")
        #expect(FilePath.folder(of: "Import/12r5.mapping.json") == "Import")
        #expect(FilePath.folder(of: "mapping.json") == "")
    }

    @Test(arguments: [
        ("\"output\": \"out\",", "\"output\": \"out\", \"outptu\": 1,",
         "import/mapping.json:5:20 import.unknown-key"),
        ("\"output\": \"out\",", "", "import/mapping.json:1:1 import.missing-key"),
        ("{\"indicator\": \"share\",", "{\"indicator\": \"share\", \"table\": \"s\",",
         "import/mapping.json:10:37 import.unknown-table"),
        ("\"aggregate\": \"sum\"", "\"aggregate\": \"average\"",
         "import/mapping.json:12:46 import.bad-mapping"),
        ("\"aggregate\": \"sum\", \"measure\": \"UNEMP\"", "\"aggregate\": \"sum\", \"measure\": \"UNEMP\", "
            + "\"scale\": 1",
         "import/mapping.json:12:73 import.ratio-key-in-sum"),
        ("\"denominator\": \"LABOUR\", \"scale\": 100,", "\"denominator\": \"LABOUR\",",
         "import/mapping.json:10:5 import.missing-key"),
        ("\"aggregate\": \"ratio\", \"numerator\": \"UNEMP\",", "\"aggregate\": \"ratio\",",
         "import/mapping.json:10:5 import.missing-key"),
        ("\"indicator\": \"unemployed\"", "\"indicator\": \"Unemployed\"",
         "import/mapping.json:12:19 import.invalid-indicator-id"),
        ("\"indicator\": \"unemployed\"", "\"indicator\": \"share\"",
         "import/mapping.json:12:5 import.indicator-mapped-twice"),
        ("\"unit\": \"count\"", "\"unit\": \"people\"",
         "import/mapping.json:13:14 import.bad-mapping"),
        ("\"decimals\": 1", "\"decimals\": 1.5",
         "import/mapping.json:11:37 import.not-a-whole-number"),
        ("\"source\": {\"fi\": \"Lähde\", \"sv\": \"Källa\", \"en\": \"Source\"},", "",
         "import/mapping.json:10:5 import.missing-key"),
        ("{\"fi\": \"Lähde\", \"sv\": \"Källa\", \"en\": \"Source\"}", "{\"sv\": \"Källa\"}",
         "import/mapping.json:7:13 import.missing-finnish"),
        ("{\"id\": \"evk-a\", \"codes\": [\"MK01\", \"MK02\"]}", "{\"id\": \"evk-a\", \"codes\": []}",
         "import/mapping.json:8:15 import.region-without-codes"),
        ("\"output\": \"out\",", "\"output\": \"out\", \"updated\": \"21.7.2026\",",
         "import/mapping.json:5:31 import.bad-date"),
        ("\"measure\": \"UNEMP\"", "\"measure\": {\"table\": \"x\"}",
         "import/mapping.json:12:74 import.unknown-table"),
        ("\"measure\": \"UNEMP\"", "\"measure\": {\"measure\": \"UNEMP\", \"period\": \"previous\"}",
         "import/mapping.json:12:95 import.bad-mapping"),
        ("\"scale\": 100", "\"scale\": 0", "import/mapping.json:10:106 import.scale-not-positive"),
        ("{", "[", "import/mapping.json:2:12 json.list-comma-expected"),
    ])
    func mistakesAreLocated(target: String, replacement: String, expected: String) {
        var log = DiagnosticLog()
        let text = ImportFixture.edit(ImportFixture.mapping, target, replacement)
        _ = ImportMapping.read(Array(text.utf8), file: "import/mapping.json", log: &log)
        #expect(log.errors.contains(expected), "got \(log.errors)")
    }
}

extension ImportMappingTests {
    @Test func aTableNoIndicatorReadsIsAWarning() {
        var log = DiagnosticLog()
        let text = ImportFixture.edit(ImportFixture.mapping, "\"tables\": {\"t\": {\"file\": \"t.json\"}},",
                                      "\"tables\": {\"t\": {\"file\": \"t.json\"}, \"old\": {\"file\": \"old.json\"}},")
            .replacingOccurrences(of: "\"aggregate\":", with: "\"table\": \"t\", \"aggregate\":")
        #expect(ImportMapping.read(Array(text.utf8), file: "import/mapping.json", log: &log) != nil)
        #expect(log.errors == [])
        #expect(log.warnings == ["import/mapping.json:3:39 import.unused-table"])
    }
}
