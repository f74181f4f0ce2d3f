import Diagnostics
import Testing
@testable import Dashboard

/// Site settings and the translated texts of JSON files: every URL through the scheme check Markdown links
/// get, every text checked against the site's languages, each problem at the value that has it.
@Suite struct SettingsTests {
    static func settings(_ target: String, _ replacement: String) -> [String: String?] {
        Fixture.edit("site.json", replacing: target, with: replacement)
    }

    static let licence = "\"https://creativecommons.org/licenses/by/4.0/\""

    @Test(arguments: [
        (licence, "\"javascript:alert(1)\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"JaVaScRiPt:alert(1)\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"jav&#x61;script:alert(1)\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"&#106;avascript:alert(1)\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\" java\\tscript:alert(1)\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"vbscript:x\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"data:text/html,<script>\"", "Content/site.json:8:47 link.unsafe-scheme"),
        (licence, "\"creativecommons.org/licenses/by/4.0/\"", "Content/site.json:8:47 link.invalid-web-address"),
        (licence, "\"https:// example.org\"", "Content/site.json:8:47 link.invalid-web-address"),
        (licence, "\"https:///path\"", "Content/site.json:8:47 link.invalid-web-address"),
        ("\"test@example.fi\"}", "\"test@example.fi\", \"url\": \"file:///etc/passwd\"}",
         "Content/site.json:7:50 link.unsafe-scheme"),
        ("\"test@example.fi\"", "\"javascript:alert(1)//@example.fi\"", "Content/site.json:7:24 link.unsafe-scheme"),
        ("\"test@example.fi\"", "\"test at example.fi\"", "Content/site.json:7:24 settings.invalid-email"),
        ("\"https://example.org/tavoitteet/\"", "\"javascript:alert(1)\"",
         "Content/site.json:10:14 link.unsafe-scheme"),
        ("[\"fi\", \"sv\", \"en\"]", "[\"fi\", \"sv\", \"se\"]",
         "Content/site.json:4:29 settings.unsupported-language"),
        ("[\"fi\", \"sv\", \"en\"]", "[\"fi\", \"sv\", \"fi\"]", "Content/site.json:4:29 settings.duplicate-language"),
        ("\"defaultLanguage\": \"fi\"", "\"defaultLanguage\": \"de\"",
         "Content/site.json:5:22 settings.default-language-not-listed"),
        ("\"end\": \"2027-12\"", "\"end\": \"2024-12\"", "Content/site.json:12:45 settings.goal-period-order"),
        ("\"end\": \"2027-12\"", "\"end\": \"2027-13\"", "Content/site.json:12:45 settings.invalid-goal-period"),
    ])
    func mistakesInSettingsAreReportedAtTheirValue(target: String, replacement: String, expected: String) {
        let (_, log) = Fixture.resolve(Self.settings(target, replacement))
        #expect(log.errors == [expected])
    }

    @Test func theSchemeIsNamedPlainly() {
        let (_, log) = Fixture.resolve(Self.settings(Self.licence, "\"jav&#x61;script:alert(1)\""))
        #expect(log.first("link.unsafe-scheme")?.message == "links with 'javascript:' are not allowed")
    }

    @Test(arguments: [
        // A text under a language the site does not have is an error, wherever the text lives.
        ("site.json", "\"sv\": \"Testmål\"", "\"se\": \"Testmål\"", "Content/site.json:2:38 json.unknown-language"),
        ("regions.json", "\"sv\": \"NTM-centralen i A\"", "\"se\": \"NTM-centralen i A\"",
         "Content/regions.json:3:69 json.unknown-language"),
        ("areas.json", "\"sv\": \"Beta\"", "\"SV\": \"Beta\"", "Content/areas.json:7:44 json.not-a-language-code"),
        ("site.json", "\"fi\": \"Testitavoitteet\", ", "", "Content/site.json:2:12 json.missing-finnish"),
    ])
    func translatedTextsNameTheirLanguages(file: String, target: String, replacement: String, expected: String) {
        let (_, log) = Fixture.resolve(Fixture.edit(file, replacing: target, with: replacement))
        #expect(log.errors.contains(expected), "\(log.errors)")
    }

    @Test func aMissingTranslationIsAWarningOnlyForTranslatedTexts() throws {
        let (_, log) = Fixture.resolve(Self.settings("\"sv\": \"Testmål\", ", ""))
        #expect(log.errors == [])
        let warning = try #require(log.diagnostics.first { $0.code.description == "json.missing-translation"
            && $0.file == "Content/site.json" })
        #expect(warning.identity == "Content/site.json:2:12 json.missing-translation")
        #expect(warning.severity == .warning)
        #expect(warning.message == "\"title\" has no Swedish text: the Finnish text is shown instead")
        // The fixture's area "beta" has no English name: translated, so warned. Municipality names exist in
        // the official languages only and tile labels fall back by design: never warned.
        let (_, fixture) = Fixture.resolve()
        #expect(fixture.warnings.filter { $0.hasSuffix("json.missing-translation") }
                == ["Content/areas.json:7:28 json.missing-translation"])
    }

    @Test func anUnknownCodeSuggestsTheSiteLanguage() {
        let (_, log) = Fixture.resolve(Self.settings("\"sv\": \"Testmål\"", "\"se\": \"Testmål\""))
        #expect(log.first("json.unknown-language")?.hint == "did you mean 'sv'?")
        // The Swedish text is then missing, and says so.
        #expect(log.warnings.contains("Content/site.json:2:12 json.missing-translation"))
    }
}
