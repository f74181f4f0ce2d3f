import Dashboard
import Diagnostics
import Foundation
import Publishing
import Testing
@testable import SiteGenerator

/// The corpus of editor mistakes (issue: "errors that say exactly what is wrong and where"). Each case breaks
/// the fixture site in one way; the build must produce no files and report the exact file, line, column and
/// message first.
@Suite struct BrokenContentTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: String?]
        var expected: String
        var hint: String? = nil
        var testDescription: String { name }
    }

    static func edit(_ path: String, _ target: String, _ replacement: String) -> [String: String?] {
        let original = String(decoding: SiteFixture.content().files[path]!, as: UTF8.self)
        precondition(original.contains(target), "\(path) lacks \(target)")
        return [path: original.replacingOccurrences(of: target, with: replacement, range: original.range(of: target))]
    }

    static let unemployment = "data/unemployment.json"

    static let mistakes: [Mistake] = [
        Mistake(name: "malformed JSON", changes: edit(unemployment, "\"decimals\": 1,", "\"decimals\": 1"),
                expected: "Content/data/unemployment.json:6:3: error: malformed JSON: ',' or '}' was expected after a member (is a comma missing?)"),
        Mistake(name: "wrong type", changes: edit(unemployment, "\"decimals\": 1", "\"decimals\": \"1\""),
                expected: "Content/data/unemployment.json:5:15: error: \"decimals\" must be a whole number from 0 to 6"),
        Mistake(name: "missing field", changes: edit(unemployment, "  \"unit\": \"percent\",\n", ""),
                expected: "Content/data/unemployment.json:1:1: error: the metric file is missing the required key \"unit\""),
        Mistake(name: "unknown unit", changes: edit(unemployment, "\"percent\"", "\"procent\""),
                expected: "Content/data/unemployment.json:4:11: error: unknown unit \"procent\"; valid values: percent, count, days, score, ratio",
                hint: "did you mean 'percent'?"),
        Mistake(name: "unknown direction", changes: edit(unemployment, "\"down\"", "\"lower\""),
                expected: "Content/data/unemployment.json:6:22: error: unknown betterDirection \"lower\"; valid values: up, down, none"),
        Mistake(name: "unknown area", changes: edit(unemployment, "\"area\": \"beta\"", "\"area\": \"betta\""),
                expected: "Content/data/unemployment.json:219:15: error: unknown area \"betta\": it is not in areas.json or regions.json, and not \"FI\"",
                hint: "did you mean 'beta'?"),
        Mistake(name: "duplicate area", changes: edit("areas.json", "\"id\": \"beta\"", "\"id\": \"alfa\""),
                expected: "Content/areas.json:7:5: error: duplicate area id 'alfa' (first used at line 3)"),
        Mistake(name: "unknown goal", changes: edit("indicators/permits.fi.md", "goal: 2", "goal: 7"),
                expected: "Content/indicators/permits.fi.md:2:7: error: the indicator 'permits' names goal 7, which does not exist"),
        Mistake(name: "period format", changes: edit(unemployment, "\"2024-02\"", "\"2024-2\""),
                expected: "Content/data/unemployment.json:24:21: error: \"2024-2\" is not a period: write YYYY-MM, like \"2025-03\""),
        Mistake(name: "period order", changes: edit(unemployment, "\"2024-03\"", "\"2024-01\""),
                expected: "Content/data/unemployment.json:27:9: error: the period 2024-01 comes after 2024-02: periods must be in increasing order"),
        Mistake(name: "duplicate period", changes: edit(unemployment, "\"2024-03\"", "\"2024-02\""),
                expected: "Content/data/unemployment.json:27:9: error: the period 2024-02 appears twice in this series"),
        Mistake(name: "non-finite number", changes: edit(unemployment, "\"value\": 12.0", "\"value\": NaN"),
                expected: "Content/data/unemployment.json:21:20: error: malformed JSON: unexpected character 'N': a value was expected"),
        Mistake(name: "value out of range", changes: edit(unemployment, "\"value\": 12.0", "\"value\": 140"),
                expected: "Content/data/unemployment.json:21:20: error: the value 140.0 is outside the range of a percent value (from 0 to 100)"),
        Mistake(name: "data without text",
                changes: ["data/orphan.json": String(decoding: SiteFixture.content().files[unemployment]!, as: UTF8.self)
                    .replacingOccurrences(of: "\"indicator\": \"unemployment\"", with: "\"indicator\": \"orphan\"")],
                expected: "Content/data/orphan.json: error: the data file is for the indicator 'orphan', which has no text"),
        Mistake(name: "text without data", changes: ["data/permits.json": nil],
                expected: "Content/indicators/permits.fi.md:1:1: error: the indicator 'permits' has no data file"),
        Mistake(name: "unknown front matter key", changes: edit("goals/1.fi.md", "short_title:", "shorttitle:"),
                expected: "Content/goals/1.fi.md:3:1: error: unknown front matter key 'shorttitle'", hint: "did you mean 'short_title'?"),
        Mistake(name: "front matter wrong type", changes: edit("indicators/unemployment.fi.md", "order: 1", "order: first"),
                expected: "Content/indicators/unemployment.fi.md:3:8: error: 'order' must be a whole number from 1 to 99, not 'first'"),
        Mistake(name: "front matter tab", changes: edit("goals/1.sv.md", "title: ", "title:\t"),
                expected: "Content/goals/1.sv.md:2:7: error: tabs are not allowed in front matter"),
        Mistake(name: "front matter unclosed quote", changes: edit("goals/2.sv.md", "(sv)\"", "(sv)"),
                expected: "Content/goals/2.sv.md:2:8: error: the quoted value is not closed: a closing \" is missing"),
        Mistake(name: "broken content link", changes: edit("goals/1.fi.md", "(area:alfa#goal-1)", "(area:gamma)"),
                expected: "Content/goals/1.fi.md:8:70: error: broken link: there is no area 'gamma'"),
        Mistake(name: "missing heading anchor", changes: edit("pages/about.fi.md", "#trendin-tila", "#trendi"),
                expected: "Content/pages/about.fi.md:4:25: error: broken link: page 'methods' has no heading '#trendi'"),
        Mistake(name: "image without alt text", changes: edit("pages/about.fi.md", "Esimerkkisivusto.", "![](kuva.png) Esimerkkisivusto."),
                expected: "Content/pages/about.fi.md:4:1: error: the image 'kuva.png' has no alt text"),
        Mistake(name: "javascript link", changes: edit("pages/about.fi.md", "Esimerkkisivusto.", "[klikkaa](javascript:alert(1))"),
                expected: "Content/pages/about.fi.md:4:1: error: links with 'javascript:' are not allowed"),
        Mistake(name: "invalid UTF-8", changes: ["pages/about.sv.md": "---\ntitle: Om\n---\nTrasig \u{FFFD}"],
                expected: "Content/pages/about.sv.md:4:8: error: the file is not valid UTF-8 (byte 0xFF)"),
        Mistake(name: "empty file", changes: ["pages/about.en.md": ""],
                expected: "Content/pages/about.en.md: error: the file is empty"),
        Mistake(name: "huge file", changes: ["pages/huge.fi.md": String(repeating: "a", count: SourceText.maximumFileSize + 1)],
                expected: "Content/pages/huge.fi.md: error: the file is 8192 KiB; content files may be at most 8 MiB"),
        Mistake(name: "unsafe file name", changes: ["pages/Tietoa meistä.fi.md": "---\ntitle: x\n---\n"],
                expected: "Content/pages/Tietoa meistä.fi.md: error: 'Tietoa meistä' cannot be used as an id: use lower-case letters a–z, digits and single hyphens",
                hint: "rename the file, e.g. 'tietoa-meista'"),
        Mistake(name: "clashing output path", changes: ["pages/alueet.fi.md": "---\ntitle: Alueet\n---\nTeksti.\n"],
                expected: "Content/pages/alueet.fi.md: error: the page 'alueet' would be published at fi/alueet/, which is already used by the section 'path.areas'"),
    ]

    @Test(arguments: mistakes)
    func mistakeIsReportedPreciselyAndNothingIsBuilt(_ mistake: Mistake) throws {
        var content = SiteFixture.content(mistake.changes)
        if mistake.name == "invalid UTF-8" {
            // Swift strings cannot hold invalid UTF-8: put the raw byte in.
            var bytes = Array("---\ntitle: Om\n---\nTrasig ".utf8)
            bytes.append(0xFF)
            content.files["pages/about.sv.md"] = bytes
        }
        let output = SiteBuilder().build(content, assets: SiteFixture.assets)
        #expect(output.files == nil, "the build should write nothing")
        let errors = output.diagnostics.sorted.filter { $0.severity == .error }
        let match = errors.first { $0.summaryLine == mistake.expected }
        #expect(match != nil, "got: \(errors.map(\.summaryLine))")
        if let hint = mistake.hint { #expect(match?.hint == hint) }
        // Follow-on errors stay few: the mistake is not buried.
        #expect(errors.count <= 4, "\(errors.count) errors: \(errors.map(\.summaryLine))")
    }

    @Test func missingTranslationIsAWarningAndAnErrorWhenStrict() {
        let relaxed = SiteFixture.build()
        #expect(relaxed.files != nil)
        #expect(relaxed.diagnostics.sorted.contains {
            $0.summaryLine == "Content/goals/2.fi.md: warning: missing English translation: the Finnish text is shown instead"
        })
        let strict = SiteFixture.build(options: .init(strict: true))
        #expect(strict.files == nil)
        #expect(strict.diagnostics.errorLines.contains("Content/goals/2.fi.md: error: missing English translation: the Finnish text is shown instead"))
    }

    @Test func strictBuildWithoutABaseURLWritesNothing() {
        let settings = String(decoding: SiteFixture.content().files["site.json"]!, as: UTF8.self)
            .replacingOccurrences(of: "  \"baseURL\": \"https://example.org/tavoitteet/\",\n", with: "")
        let relaxed = SiteFixture.build(["site.json": settings])
        #expect(relaxed.files != nil)
        #expect(relaxed.files?["sitemap.xml"] == nil)
        // Complete the fixture's translations so the missing base URL is the only warning.
        let complete: [String: String?] = [
            "site.json": settings,
            "goals/2.en.md": "---\ntitle: Second goal\nshort_title: Second\nkey_results:\n  - Result\n---\nText.\n",
            "areas/alfa.sv.md": "---\ntitle: Läget i Alfa\n---\nText.\n",
            "areas/alfa.en.md": "---\ntitle: Alfa today\n---\nText.\n",
        ]
        #expect(SiteFixture.build(complete, options: .init(strict: false)).diagnostics.warningCount == 1)
        let strict = SiteFixture.build(complete, options: .init(strict: true))
        #expect(strict.files == nil)
        #expect(strict.diagnostics.errorLines.contains {
            $0.hasSuffix("error: no base URL: sitemap.xml, robots.txt and the feeds were not made") })
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        var content = SiteFixture.content()
        let original = content.files["goals/1.sv.md"]!
        content.files["goals/1.sv.md"] = [0xEF, 0xBB, 0xBF] + Array(String(decoding: original, as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let output = SiteBuilder().build(content, assets: SiteFixture.assets)
        let page = String(decoding: try #require(output.files?["sv/mal/1/index.html"]), as: UTF8.self)
        #expect(page.contains("<h1>Tjänster för alla</h1>"))
    }

    @Test func everyDiagnosticNamesAFileAndIsSortedByPosition() {
        var changes = Self.edit("areas.json", "\"ely\": \"ely-a\"", "\"ely\": \"ely-b\"")
        changes.merge(Self.edit(Self.unemployment, "\"value\": 12.0", "\"value\": 140")) { a, _ in a }
        let diagnostics = SiteFixture.build(changes).diagnostics.sorted
        #expect(diagnostics.allSatisfy { $0.file.hasPrefix("Content/") })
        #expect(diagnostics.map(\.file) == diagnostics.map(\.file).sorted())
    }
}
