import Diagnostics
import Testing
@testable import Dashboard

/// Translations cannot drift silently: facts that are the same in every language are read from the Finnish file
/// and checked where a translation repeats them, and a translation made from an older Finnish text is reported.
@Suite struct TranslationDriftTests {
    static let discussion = "discussions/2025-ely-a.sv.md"

    @Test func aMistypedRegionInATranslationIsAnError() throws {
        let (model, log) = Fixture.resolve(Fixture.edit(Self.discussion, replacing: "region: ely-a",
                                                        with: "region: ely-aa"))
        #expect(log.errors == ["Content/discussions/2025-ely-a.sv.md:4:9 content.facts-differ"])
        let error = try #require(log.first("content.facts-differ"))
        #expect(error.message == "'region' is 'ely-aa' here but 'ely-a' in Content/discussions/2025-ely-a.fi.md")
        #expect(error.hint == "delete the line: translations take 'region' from Content/discussions/2025-ely-a.fi.md")
        #expect(model?.discussions.first?.regionID == "ely-a")
    }

    @Test(arguments: [("year: 2025", "year: 2024"), ("date: 2025-10-15", "date: 2025-10-16"),
                      ("  - 2\n", "  - 3\n")])
    func everyDiscussionFactIsCheckedInEveryLanguage(original: String, changed: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(Self.discussion, replacing: original, with: changed))
        #expect(log.errors.count == 1)
        #expect(log.errors.first?.hasPrefix("Content/discussions/2025-ely-a.sv.md:") == true)
        #expect(log.errors.first?.hasSuffix(" content.facts-differ") == true)
    }

    @Test func aTranslationMayLeaveTheFactsToTheFinnishFile() throws {
        let bare = "---\ntitle: Uppföljningsdiskussion 2025\n---\nText.\n"
        let (model, log) = Fixture.resolve([Self.discussion: bare, "indicators/permits.sv.md":
            "---\ntitle: Tillstånd\nshort_title: Tillstånd\ndefinition: D.\ncalculation: C.\n---\nText.\n"])
        #expect(log.errors == [])
        let discussion = try #require(model?.discussions.first)
        #expect(discussion.year == 2025)
        #expect(discussion.regionID == "ely-a")
        #expect(discussion.page.texts["sv"]?.title == "Uppföljningsdiskussion 2025")
        #expect(model?.indicator("permits")?.order == 1)
    }

    @Test func indicatorFactsAreCheckedWhereTheyAreWritten() {
        let (_, log) = Fixture.resolve(Fixture.edit("indicators/permits.sv.md", replacing: "order: 1",
                                                    with: "order: 2"))
        #expect(log.errors == ["Content/indicators/permits.sv.md:3:8 content.facts-differ"])
    }

    @Test func participantsAreAreasOfTheRegistry() throws {
        let list = "goals:\n  - 1\n  - 2\nparticipants:\n  - alfa\n  - betta\n"
        let (model, log) = Fixture.resolve(Fixture.edit("discussions/2025-ely-a.fi.md",
                                                        replacing: "goals:\n  - 1\n  - 2\n", with: list))
        #expect(log.errors == ["Content/discussions/2025-ely-a.fi.md:9:1 content.unknown-participant"])
        #expect(log.first("content.unknown-participant")?.hint == "did you mean 'beta'?")
        #expect(model?.discussions.first?.participantIDs == ["alfa"])
        #expect(model?.discussions(ofArea: "alfa").map(\.id) == ["2025-ely-a"])
        #expect(model?.discussions(ofArea: "beta").map(\.id) == [])
        #expect(model?.discussions(ofRegion: "ely-a").map(\.id) == ["2025-ely-a"])
    }

    @Test func withoutParticipantsTheAreasOfTheRegionTookPart() throws {
        let (model, _) = Fixture.resolve()
        #expect(model?.discussions(ofArea: "alfa").map(\.id) == ["2025-ely-a"])
        #expect(model?.discussions(ofArea: "beta").map(\.id) == ["2025-ely-a"])
    }

    // MARK: The source fingerprint

    static func fingerprint(_ path: String, folder: String, _ changes: [String: String?] = [:]) -> String {
        var log = DiagnosticLog()
        let text = changes[path].flatMap { $0 } ?? Fixture.text(path)
        return TranslationSource.fingerprint(of: FrontMatter.parse(text, file: path, log: &log), folder: folder)
    }

    /// The fixture with the Swedish goal 1 marked as translated from the Finnish text as it is now.
    static func markedGoal(_ changes: [String: String?] = [:]) -> [String: String?] {
        let hash = fingerprint("goals/1.fi.md", folder: "goals")
        var result = changes
        result["goals/1.sv.md"] = TranslationSource.marking(Fixture.text("goals/1.sv.md"), with: hash)
        return result
    }

    @Test func aTranslationOfTheCurrentSourceIsQuiet() {
        let (_, log) = Fixture.resolve(Self.markedGoal())
        #expect(log.errors == [])
        #expect(log.first("content.outdated-translation") == nil)
    }

    @Test func aTranslationOlderThanItsSourceIsReported() throws {
        let edited = Fixture.edit("goals/1.fi.md", replacing: "\n---\n", with: "\n---\nUusi kappale.\n\n")
        let (_, log) = Fixture.resolve(Self.markedGoal(edited))
        #expect(log.warnings.filter { $0.hasSuffix("outdated-translation") }
                    == ["Content/goals/1.sv.md:7:14 content.outdated-translation"])
        let warning = try #require(log.first("content.outdated-translation"))
        #expect(warning.message == "the Finnish text has changed since this Swedish translation was made")
        #expect(warning.hint == "update the translation from Content/goals/1.fi.md, then run "
                    + "'build-site --mark-translated Content/goals/1.sv.md'")
    }

    @Test func layoutAndLanguageNeutralFactsDoNotChangeTheFingerprint() {
        let path = "discussions/2025-ely-a.fi.md"
        let original = Self.fingerprint(path, folder: "discussions")
        for (target, replacement) in [("title: Seurantakeskustelu 2025, A (fi)",
                                       "title: \"Seurantakeskustelu 2025, A (fi)\"\n# kommentti"),
                                      ("date: 2025-10-15", "date: 2025-10-16")] {
            #expect(Self.fingerprint(path, folder: "discussions", Fixture.edit(path, replacing: target,
                                                                             with: replacement)) == original)
        }
        #expect(Self.fingerprint(path, folder: "discussions",
                                 Fixture.edit(path, replacing: "Heikko", with: "Vahva")) != original)
    }

    @Test func markingReplacesOrAddsOneLineAndKeepsTheRest() {
        #expect(TranslationSource.marking("---\ntitle: A\n---\nText\n", with: "0123456789abcdef")
                    == "---\ntitle: A\nsource_hash: 0123456789abcdef\n---\nText\n")
        #expect(TranslationSource.marking("---\r\ntitle: A\r\nsource_hash: 1\r\n---\r\nText\r\n",
                                          with: "0123456789abcdef")
                    == "---\r\ntitle: A\r\nsource_hash: 0123456789abcdef\r\n---\r\nText\r\n")
        #expect(TranslationSource.marking("No front matter\n", with: "0123456789abcdef") == nil)
    }
}
