import Diagnostics
import Testing
@testable import Dashboard

/// A file that exists but cannot be read is reported once, at its first problem: not also as missing, and what
/// depends on it (places in the data, members of areas, links to its content) is not checked against nothing.
@Suite struct KnockOnErrorTests {
    @Test(arguments: [
        ("areas.json", "\"id\": \"alfa\",", "\"id\": \"alfa\"", "Content/areas.json:3:18 json.object-comma-expected"),
        ("regions.json", "\"kind\": \"ely\",", "\"kind\": \"ely\"",
         "Content/regions.json:3:34 json.object-comma-expected"),
        ("municipalities.json", "\"code\": \"001\",", "\"code\": \"001\"",
         "Content/municipalities.json:4:19 json.object-comma-expected"),
        ("site.json", "\"defaultLanguage\": \"fi\",", "\"defaultLanguage\": \"fi\"",
         "Content/site.json:5:26 json.object-comma-expected"),
        ("process.json", "", "[]", "Content/process.json:1:1 json.not-an-object"),
    ])
    func aBrokenFileGivesItsOwnErrorOnly(file: String, target: String, replacement: String, expected: String) {
        let changes = target.isEmpty ? [file: replacement] : Fixture.edit(file, replacing: target, with: replacement)
        let (_, log) = Fixture.resolve(changes)
        #expect(log.errors == [expected])
    }

    @Test func aBrokenRegistryFileIsNotAlsoMissing() {
        var content = Fixture.content()
        content.files["areas.json"] = [0xFF]
        var log = DiagnosticLog()
        _ = ContentResolver.resolve(content, log: &log)
        #expect(log.errors == ["Content/areas.json:1:1 source.invalid-utf8"])
    }

    @Test func aBrokenTranslationIsNotAlsoMissing() {
        var content = Fixture.content()
        content.files["goals/1.sv.md"] = Array("---\ntitle: Trasig ".utf8) + [0xC3]
        content.files["pages/about.fi.md"] = []
        var log = DiagnosticLog()
        _ = ContentResolver.resolve(content, log: &log)
        #expect(log.errors
                == ["Content/goals/1.sv.md:2:15 source.invalid-utf8", "Content/pages/about.fi.md:1:1 source.empty"])
        #expect(!log.warnings.contains("Content/goals/1.fi.md content.missing-translation"))
    }

    @Test func aMissingFileIsStillReported() {
        let (_, log) = Fixture.resolve(["areas.json": nil])
        #expect(log.errors.contains("Content/areas.json registry.missing-file"))
    }
}
