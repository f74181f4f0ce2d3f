import Diagnostics
import Testing
@testable import Dashboard

/// Cross-references between files, and problems collected across all files in one run.
@Suite struct ContentResolverTests {
    @Test func resolvesTheFixture() throws {
        let (model, log) = Fixture.resolve()
        let resolved = try #require(model)
        #expect(log.errors == [])
        #expect(resolved.goals.map(\.number) == [1, 2])
        #expect(resolved.goals[0].indicatorIDs == ["unemployment"])
        #expect(resolved.areas.map(\.id) == ["alfa", "beta"])
        #expect(resolved.area(ofMunicipality: "002")?.id == "alfa")
        #expect(resolved.area(ofMunicipality: "004") == nil)
        #expect(resolved.areas(inRegion: "evk-a").count == 2)
        #expect(resolved.discussions.map(\.id) == ["2025-ely-a"])
        #expect(resolved.discussions[0].goalNumbers == [1, 2])
        #expect(resolved.pages.keys.sorted() == ["about", "accessibility", "methods"])
        #expect(resolved.pages["methods"]?.date == CalendarDate(year: 2026, month: 11, day: 23))
        #expect(resolved.goals[0].texts["sv"]?.keyResults == ["Tjänsterna är tillgängliga", "Toinen: tulos"])
        #expect(resolved.process.workPlan.map(\.status) == [.done, .notStarted])
    }

    @Test func missingTranslationsAreWarningsThatNameTheFileToAdd() throws {
        let (_, log) = Fixture.resolve()
        #expect(log.warnings.contains("Content/goals/2.fi.md content.missing-translation"))
        let warning = try #require(log.sorted.first { $0.file == "Content/goals/2.fi.md" })
        #expect(warning.arguments["language"] == .term(.language("en")))
        #expect(warning.arguments["file"] == .text("Content/goals/2.en.md"))
        #expect(warning.message == "missing English translation: the Finnish text is shown instead")
        #expect(warning.hint == "add Content/goals/2.en.md")
    }

    @Test func strictModeTurnsWarningsIntoErrors() {
        var (_, log) = Fixture.resolve()
        #expect(!log.hasErrors)
        log.promoteWarnings()
        #expect(log.hasErrors)
    }

    @Test func everyProblemInEveryFileIsReportedInOneRun() {
        var changes = Fixture.edit("areas.json", replacing: "\"ely\": \"ely-a\"", with: "\"ely\": \"ely-b\"")
        changes.merge(Fixture.edit("indicators/permits.fi.md", replacing: "goal: 2", with: "goal: 7")) { a, _ in a }
        changes.merge(Fixture.edit("goals/1.fi.md", replacing: "short_title:", with: "shorttitle:")) { a, _ in a }
        changes["data/permits.json"] = "{ broken"
        let (_, log) = Fixture.resolve(changes)
        let files = Set(log.sorted.filter { $0.severity == .error }.map(\.file))
        #expect(files.isSuperset(of: ["Content/areas.json", "Content/indicators/permits.fi.md", "Content/goals/1.fi.md",
                                      "Content/data/permits.json"]))
    }

    @Test func indicatorNamingAnUnknownGoal() {
        let (_, log) = Fixture.resolve(Fixture.edit("indicators/permits.fi.md", replacing: "goal: 2", with: "goal: 7"))
        #expect(log.errors.contains("Content/indicators/permits.fi.md:2:7 content.unknown-goal"))
        #expect(log.first("content.unknown-goal")?.arguments["goals"] == .text("1, 2"))
    }

    @Test func unknownFrontMatterKeyGetsASuggestionOrTheValidKeys() throws {
        let (_, log) = Fixture.resolve(Fixture.edit("goals/1.fi.md", replacing: "short_title:", with: "shorttitle:"))
        let diagnostic = try #require(log.first("front-matter.unknown-key"))
        #expect(diagnostic.identity == "Content/goals/1.fi.md:3:1 front-matter.unknown-key")
        #expect(diagnostic.hint == "did you mean 'short_title'?")
        let (_, unrelated) = Fixture.resolve(Fixture.edit("goals/1.fi.md", replacing: "short_title:", with: "colour:"))
        #expect(unrelated.first("front-matter.unknown-key")?.hint == "valid keys here: key_results, short_title, title")
    }

    @Test func registryCrossReferences() {
        var changes = Fixture.edit("areas.json", replacing: "\"ely\": \"ely-a\"", with: "\"ely\": \"evk-a\"")
        changes = changes.merging(Fixture.edit("areas.json", replacing: "\"members\": [\"003\"]", with: "\"members\": [\"002\", \"009\"]",
                                               in: changes["areas.json"]!!)) { _, b in b }
        let (_, log) = Fixture.resolve(changes)
        // Each at its field: the "ely" value, the "host" value and each member code, not the area's `{`.
        #expect(log.errors == [
            "Content/areas.json:4:79 registry.wrong-region-kind",
            "Content/areas.json:8:46 registry.host-not-a-member",
            "Content/areas.json:9:18 registry.member-of-two-areas",
            "Content/areas.json:9:25 registry.unknown-member",
        ])
        #expect(log.first("registry.member-of-two-areas")?.arguments
                == ["code": .text("002"), "first": .text("alfa"), "second": .text("beta")])
    }

    @Test func duplicateIdsAndTiles() {
        let changes = Fixture.edit("areas.json", replacing: "\"id\": \"beta\"", with: "\"id\": \"alfa\"")
        let (_, log) = Fixture.resolve(changes)
        #expect(log.errors.contains("Content/areas.json:7:12 json.duplicate-id"))
        #expect(log.first("json.duplicate-id")?.arguments["line"] == .text("3"))
        #expect(log.first("json.duplicate-id")?.message == "duplicate area id 'alfa' (first used at line 3)")
        let tiles = Fixture.edit("areas.json", replacing: "{\"column\": 1, \"row\": 0}", with: "{\"column\": 0, \"row\": 0}")
        #expect(Fixture.resolve(tiles).log.errors == ["Content/areas.json:9:34 registry.shared-tile"])
    }

    @Test func unsafeFileNamesAreRefused() {
        let (_, log) = Fixture.resolve(["pages/Tietoa sivusta.fi.md": "---\ntitle: x\n---\n", "pages/a..b.fi.md": "x"])
        #expect(log.errors.contains("Content/pages/Tietoa sivusta.fi.md content.invalid-file-id"))
        #expect(log.first("content.invalid-file-id")?.hint == "rename the file, e.g. 'tietoa-sivusta'")
        #expect(log.errors.contains("Content/pages/a..b.fi.md content.markdown-file-name"))
    }

    @Test func invalidUTF8AndEmptyFilesAreErrorsNotSkips() {
        var content = Fixture.content()
        content.files["pages/about.sv.md"] = Array("---\ntitle: Om\n---\nTrasig: ".utf8) + [0xFF]
        content.files["pages/about.en.md"] = []
        var log = DiagnosticLog()
        _ = ContentResolver.resolve(content, log: &log)
        #expect(log.errors.contains("Content/pages/about.sv.md:4:9 source.invalid-utf8"))
        #expect(log.errors.contains("Content/pages/about.en.md:1:1 source.empty"))
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        var content = Fixture.content()
        let original = Fixture.text("goals/1.sv.md")
        content.files["goals/1.sv.md"] = [0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        var log = DiagnosticLog()
        let model = try #require(ContentResolver.resolve(content, log: &log))
        #expect(log.errors == [])
        #expect(model.goal(1)?.texts["sv"]?.title == "Tjänster för alla")
    }

    @Test func missingSiteSettingsStopsWithOneClearError() {
        let (model, log) = Fixture.resolve(["site.json": nil])
        #expect(model == nil)
        #expect(log.errors == ["Content/site.json settings.missing-file"])
    }

    @Test func unusedFilesAreWarnings() {
        let (_, log) = Fixture.resolve(["notes.txt": "todo", "area.json": "{}"])
        #expect(log.warnings.contains("Content/notes.txt content.unused-file"))
        #expect(log.sorted.first { $0.file == "Content/notes.txt" }?.hint
                == "content files live in Content/ (JSON) and in its folders "
                    + "goals, indicators, areas, discussions, pages, data, i18n")
        #expect(log.sorted.first { $0.file == "Content/area.json" }?.hint == "did you mean 'areas.json'?")
    }
}

extension Fixture {
    static func edit(_ path: String, replacing target: String, with replacement: String, in text: String) -> [String: String?] {
        precondition(text.contains(target), "\(path) does not contain \(target)")
        return [path: text.replacingOccurrences(of: target, with: replacement)]
    }
}
