import Diagnostics
import Testing
@testable import Dashboard

/// Cross-references between files, and problems collected across all files in one run.
@Suite struct ContentResolverTests {
    @Test func resolvesTheFixture() throws {
        let (model, log) = Fixture.resolve()
        let resolved = try #require(model)
        #expect(log.errorLines == [])
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
        #expect(log.warningLines.contains("Content/goals/2.fi.md: warning: missing English translation: the Finnish text is shown instead"))
        let warning = try #require(log.sorted.first { $0.file == "Content/goals/2.fi.md" })
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
        #expect(log.errorLines.contains("Content/indicators/permits.fi.md:2:7: error: the indicator 'permits' names goal 7, which does not exist"))
    }

    @Test func unknownFrontMatterKeyGetsASuggestion() throws {
        let (_, log) = Fixture.resolve(Fixture.edit("goals/1.fi.md", replacing: "short_title:", with: "shorttitle:"))
        let diagnostic = try #require(log.sorted.first { $0.message.hasPrefix("unknown front matter key") })
        #expect(diagnostic.summaryLine == "Content/goals/1.fi.md:3:1: error: unknown front matter key 'shorttitle'")
        #expect(diagnostic.hint == "did you mean 'short_title'?")
    }

    @Test func registryCrossReferences() {
        var changes = Fixture.edit("areas.json", replacing: "\"ely\": \"ely-a\"", with: "\"ely\": \"evk-a\"")
        changes = changes.merging(Fixture.edit("areas.json", replacing: "\"members\": [\"003\"]", with: "\"members\": [\"002\", \"009\"]",
                                               in: changes["areas.json"]!!)) { _, b in b }
        let (_, log) = Fixture.resolve(changes)
        let messages = log.sorted.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains("the region 'evk-a' of the area 'alfa' is a elinvoimakeskus, not a ely"))
        #expect(messages.contains("the area 'beta' names an unknown municipality code '009'"))
        #expect(messages.contains("the municipality '002' is a member of both 'alfa' and 'beta'"))
        #expect(messages.contains("the host municipality '003' of the area 'beta' is not among its members"))
    }

    @Test func duplicateIdsAndTiles() {
        let changes = Fixture.edit("areas.json", replacing: "\"id\": \"beta\"", with: "\"id\": \"alfa\"")
        let (_, log) = Fixture.resolve(changes)
        #expect(log.errorLines.contains { $0.contains("error: duplicate area id 'alfa' (first used at line 3)") })
        let tiles = Fixture.edit("areas.json", replacing: "{\"column\": 1, \"row\": 0}", with: "{\"column\": 0, \"row\": 0}")
        #expect(Fixture.resolve(tiles).log.errorLines.contains { $0.hasSuffix("error: the area 'beta' has the same tile position as 'alfa'") })
    }

    @Test func unsafeFileNamesAreRefused() {
        let (_, log) = Fixture.resolve(["pages/Tietoa sivusta.fi.md": "---\ntitle: x\n---\n", "pages/a..b.fi.md": "x"])
        #expect(log.errorLines.contains("Content/pages/Tietoa sivusta.fi.md: error: 'Tietoa sivusta' cannot be used as an id: use lower-case letters a–z, digits and single hyphens"))
        #expect(log.errorLines.contains("Content/pages/a..b.fi.md: error: a Markdown file name must be '<id>.<language>.md', like 'about.fi.md'"))
    }

    @Test func invalidUTF8AndEmptyFilesAreErrorsNotSkips() {
        var content = Fixture.content()
        content.files["pages/about.sv.md"] = Array("---\ntitle: Om\n---\nTrasig: ".utf8) + [0xFF]
        content.files["pages/about.en.md"] = []
        var log = DiagnosticLog()
        _ = ContentResolver.resolve(content, log: &log)
        #expect(log.errorLines.contains("Content/pages/about.sv.md:4:9: error: the file is not valid UTF-8 (byte 0xFF)"))
        #expect(log.errorLines.contains("Content/pages/about.en.md: error: the file is empty"))
    }

    @Test func crlfAndByteOrderMarkAreAccepted() throws {
        var content = Fixture.content()
        let original = Fixture.text("goals/1.sv.md")
        content.files["goals/1.sv.md"] = [0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        var log = DiagnosticLog()
        let model = try #require(ContentResolver.resolve(content, log: &log))
        #expect(log.errorLines == [])
        #expect(model.goal(1)?.texts["sv"]?.title == "Tjänster för alla")
    }

    @Test func missingSiteSettingsStopsWithOneClearError() {
        let (model, log) = Fixture.resolve(["site.json": nil])
        #expect(model == nil)
        #expect(log.errorLines == ["Content/site.json: error: the site settings file is missing"])
    }

    @Test func unusedFilesAreWarnings() {
        let (_, log) = Fixture.resolve(["notes.txt": "todo"])
        #expect(log.warningLines.contains("Content/notes.txt: warning: this file is not used by the site"))
    }
}

extension Fixture {
    static func edit(_ path: String, replacing target: String, with replacement: String, in text: String) -> [String: String?] {
        precondition(text.contains(target), "\(path) does not contain \(target)")
        return [path: text.replacingOccurrences(of: target, with: replacement)]
    }
}
