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
        #expect(mapping.tables.map(\.file) == ["../shared/data/statfin/tyonv_12r5_2026M06.pxweb.json",
                                                "../shared/data/statfin/vaerak_11s5_population_2024M12.jsonstat.json"])
        #expect(mapping.tables.map(\.retrieved) == [CalendarDate(year: 2026, month: 8, day: 11), nil])
        #expect(mapping.areasFile == "Content/areas.json")
        #expect(mapping.output == "Content/data")
        #expect(mapping.indicators.count == 14)
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
         "import/mapping.json:5:20: error: unknown key \"outptu\" in the mapping"),
        ("\"output\": \"out\",", "", "import/mapping.json:1:1: error: the mapping is missing the required key "
            + "\"output\""),
        ("{\"indicator\": \"share\",", "{\"indicator\": \"share\", \"table\": \"s\",",
         "import/mapping.json:10:37: error: the table \"s\" is not in \"tables\""),
        ("\"aggregate\": \"sum\"", "\"aggregate\": \"average\"",
         "import/mapping.json:12:46: error: unknown aggregate \"average\"; valid values: sum, ratio"),
        ("\"aggregate\": \"sum\", \"measure\": \"UNEMP\"", "\"aggregate\": \"sum\", \"measure\": \"UNEMP\", "
            + "\"scale\": 1",
         "import/mapping.json:12:73: error: \"scale\" belongs to \"aggregate\": \"ratio\"; a sum reads \"measure\""),
        ("\"denominator\": \"LABOUR\", \"scale\": 100,", "\"denominator\": \"LABOUR\",",
         "import/mapping.json:10:5: error: an indicator is missing the required key \"scale\""),
        ("\"aggregate\": \"ratio\", \"numerator\": \"UNEMP\",", "\"aggregate\": \"ratio\",",
         "import/mapping.json:10:5: error: an indicator is missing the required key \"numerator\""),
        ("\"indicator\": \"unemployed\"", "\"indicator\": \"Unemployed\"",
         "import/mapping.json:12:19: error: 'Unemployed' is not an indicator id: use lower-case letters, digits and "
             + "hyphens"),
        ("\"indicator\": \"unemployed\"", "\"indicator\": \"share\"",
         "import/mapping.json:12:5: error: the indicator \"share\" is mapped twice"),
        ("\"unit\": \"count\"", "\"unit\": \"people\"",
         "import/mapping.json:13:14: error: unknown unit \"people\"; valid values: percent, count, days, score, ratio"),
        ("\"decimals\": 1", "\"decimals\": 1.5",
         "import/mapping.json:11:37: error: \"decimals\" must be a whole number from 0 to 4, not 1.5"),
        ("\"source\": {\"fi\": \"Lähde\", \"sv\": \"Källa\", \"en\": \"Source\"},", "",
         "import/mapping.json:10:5: error: an indicator is missing the required key \"source\""),
        ("{\"fi\": \"Lähde\", \"sv\": \"Källa\", \"en\": \"Source\"}", "{\"sv\": \"Källa\"}",
         "import/mapping.json:7:13: error: \"source\" needs a Finnish text (\"fi\")"),
        ("{\"id\": \"evk-a\", \"codes\": [\"MK01\", \"MK02\"]}", "{\"id\": \"evk-a\", \"codes\": []}",
         "import/mapping.json:8:15: error: the region \"evk-a\" needs at least one area code in \"codes\""),
        ("\"output\": \"out\",", "\"output\": \"out\", \"updated\": \"21.7.2026\",",
         "import/mapping.json:5:31: error: \"updated\" must be a date written YYYY-MM-DD, not \"21.7.2026\""),
        ("{\"file\": \"t.json\"}", "{\"file\": \"t.json\", \"retrieved\": \"2026-8-11\"}",
         "import/mapping.json:3:51: error: \"retrieved\" must be a date written YYYY-MM-DD, not \"2026-8-11\""),
        ("\"measure\": \"UNEMP\"", "\"measure\": {\"table\": \"x\"}",
         "import/mapping.json:12:74: error: the table \"x\" is not in \"tables\""),
        ("\"measure\": \"UNEMP\"", "\"measure\": {\"measure\": \"UNEMP\", \"period\": \"previous\"}",
         "import/mapping.json:12:95: error: unknown period \"previous\"; valid values: same, latest"),
        ("\"scale\": 100", "\"scale\": 0", "import/mapping.json:10:106: error: \"scale\" must be greater than 0"),
        ("{", "[", "import/mapping.json:2:12: error: malformed JSON: ',' or ']' was expected after a list element "
            + "(is a comma missing?)"),
    ])
    func mistakesAreLocated(target: String, replacement: String, expected: String) {
        var log = DiagnosticLog()
        let text = ImportFixture.edit(ImportFixture.mapping, target, replacement)
        _ = ImportMapping.read(Array(text.utf8), file: "import/mapping.json", log: &log)
        #expect(log.errorLines.contains(expected), "got \(log.errorLines)")
    }
}

extension ImportMappingTests {
    @Test func aTableNoIndicatorReadsIsAWarning() {
        var log = DiagnosticLog()
        let text = ImportFixture.edit(ImportFixture.mapping, "\"tables\": {\"t\": {\"file\": \"t.json\"}},",
                                      "\"tables\": {\"t\": {\"file\": \"t.json\"}, \"old\": {\"file\": \"old.json\"}},")
            .replacingOccurrences(of: "\"aggregate\":", with: "\"table\": \"t\", \"aggregate\":")
        #expect(ImportMapping.read(Array(text.utf8), file: "import/mapping.json", log: &log) != nil)
        #expect(log.errorLines == [])
        #expect(log.warningLines == ["import/mapping.json:3:39: warning: no indicator reads the table \"old\""])
    }
}
