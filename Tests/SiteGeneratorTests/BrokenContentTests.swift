import Dashboard
import Diagnostics
import Foundation
import Publishing
import Testing
@testable import SiteGenerator

/// The corpus of editor mistakes (issue: "errors that say exactly what is wrong and where"). Each case breaks
/// the fixture site in one way; the build must produce no files and report the exact file, line, column and
/// code.
@Suite struct BrokenContentTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: String?]
        /// `path:line:col code`.
        var expected: String
        /// Values the diagnostic must carry, such as the suggestion its hint makes.
        var arguments: [String: Diagnostic.Argument] = [:]
        /// How many errors the one mistake may cause in all.
        var maxErrors = 4
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
                expected: "Content/data/unemployment.json:5:16 json.object-comma-expected"),
        Mistake(name: "wrong type", changes: edit(unemployment, "\"decimals\": 1", "\"decimals\": \"1\""),
                expected: "Content/data/unemployment.json:5:15 json.not-a-whole-number"),
        Mistake(name: "missing field", changes: edit(unemployment, "  \"unit\": \"percent\",\n", ""),
                expected: "Content/data/unemployment.json:1:1 json.missing-key"),
        Mistake(name: "unknown unit", changes: edit(unemployment, "\"percent\"", "\"procent\""),
                expected: "Content/data/unemployment.json:4:11 json.unknown-choice",
                arguments: ["suggestion": .text("percent")]),
        Mistake(name: "unknown direction", changes: edit(unemployment, "\"down\"", "\"lower\""),
                expected: "Content/data/unemployment.json:6:22 json.unknown-choice"),
        Mistake(name: "unknown area", changes: edit(unemployment, "\"area\": \"beta\"", "\"area\": \"betta\""),
                expected: "Content/data/unemployment.json:220:15 metric.unknown-area",
                arguments: ["area": .text("betta"), "suggestion": .text("beta")]),
        // The second "alfa" is dropped, so every metric file's series for "beta" names an unknown area.
        Mistake(name: "duplicate area", changes: edit("areas.json", "\"id\": \"beta\"", "\"id\": \"alfa\""),
                expected: "Content/areas.json:7:12 json.duplicate-id", maxErrors: 8),
        Mistake(name: "unknown goal", changes: edit("indicators/permits.fi.md", "goal: 2", "goal: 7"),
                expected: "Content/indicators/permits.fi.md:2:7 content.unknown-goal"),
        Mistake(name: "period format", changes: edit(unemployment, "\"2024-02\"", "\"2024-2\""),
                expected: "Content/data/unemployment.json:25:21 metric.invalid-period"),
        Mistake(name: "period order", changes: edit(unemployment, "\"2024-03\"", "\"2024-01\""),
                expected: "Content/data/unemployment.json:28:9 metric.period-order"),
        Mistake(name: "duplicate period", changes: edit(unemployment, "\"2024-03\"", "\"2024-02\""),
                expected: "Content/data/unemployment.json:28:9 metric.duplicate-period"),
        Mistake(name: "non-finite number", changes: edit(unemployment, "\"value\": 12.0", "\"value\": NaN"),
                expected: "Content/data/unemployment.json:22:20 json.unexpected-character"),
        Mistake(name: "value out of range", changes: edit(unemployment, "\"value\": 12.0", "\"value\": 140"),
                expected: "Content/data/unemployment.json:22:20 metric.value-out-of-range"),
        Mistake(name: "data without text",
                changes: ["data/orphan.json": String(decoding: SiteFixture.content().files[unemployment]!, as: UTF8.self)
                    .replacingOccurrences(of: "\"indicator\": \"unemployment\"", with: "\"indicator\": \"orphan\"")],
                expected: "Content/data/orphan.json content.data-without-text"),
        Mistake(name: "text without data", changes: ["data/permits.json": nil],
                expected: "Content/indicators/permits.fi.md:1:1 content.missing-data"),
        Mistake(name: "unknown front matter key", changes: edit("goals/1.fi.md", "short_title:", "shorttitle:"),
                expected: "Content/goals/1.fi.md:3:1 front-matter.unknown-key",
                arguments: ["suggestion": .text("short_title")]),
        Mistake(name: "front matter wrong type", changes: edit("indicators/unemployment.fi.md", "order: 1", "order: first"),
                expected: "Content/indicators/unemployment.fi.md:3:8 front-matter.not-a-whole-number"),
        Mistake(name: "front matter tab", changes: edit("goals/1.sv.md", "title: ", "title:\t"),
                expected: "Content/goals/1.sv.md:2:7 front-matter.tab"),
        Mistake(name: "front matter unclosed quote", changes: edit("goals/2.sv.md", "(sv)\"", "(sv)"),
                expected: "Content/goals/2.sv.md:2:8 front-matter.unclosed-quote"),
        Mistake(name: "broken content link", changes: edit("goals/1.fi.md", "(area:alfa#goal-1)", "(area:gamma)"),
                expected: "Content/goals/1.fi.md:8:70 link.broken"),
        Mistake(name: "missing heading anchor", changes: edit("pages/about.fi.md", "#trendin-tila", "#trendi"),
                expected: "Content/pages/about.fi.md:4:25 link.missing-anchor"),
        Mistake(name: "image without alt text", changes: edit("pages/about.fi.md", "Esimerkkisivusto.", "![](kuva.png) Esimerkkisivusto."),
                expected: "Content/pages/about.fi.md:4:1 link.missing-alt-text"),
        Mistake(name: "javascript link", changes: edit("pages/about.fi.md", "Esimerkkisivusto.", "[klikkaa](javascript:alert(1))"),
                expected: "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        Mistake(name: "invalid UTF-8", changes: ["pages/about.sv.md": "---\ntitle: Om\n---\nTrasig \u{FFFD}"],
                expected: "Content/pages/about.sv.md:4:8 source.invalid-utf8"),
        Mistake(name: "empty file", changes: ["pages/about.en.md": ""],
                expected: "Content/pages/about.en.md:1:1 source.empty"),
        Mistake(name: "huge file", changes: ["pages/huge.fi.md": String(repeating: "a", count: SourceText.maximumFileSize + 1)],
                expected: "Content/pages/huge.fi.md:1:\(SourceText.maximumFileSize + 1) source.too-large"),
        Mistake(name: "unsafe file name", changes: ["pages/Tietoa meistä.fi.md": "---\ntitle: x\n---\n"],
                expected: "Content/pages/Tietoa meistä.fi.md content.invalid-file-id",
                arguments: ["slug": .text("tietoa-meista")]),
        Mistake(name: "clashing output path", changes: ["pages/alueet.fi.md": "---\ntitle: Alueet\n---\nTeksti.\n"],
                expected: "Content/pages/alueet.fi.md output.path-collision"),
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
        // The check finds everything the build refuses, and nothing else.
        #expect(SiteBuilder().check(content).sorted == output.diagnostics.sorted)
        let errors = output.diagnostics.sorted.filter { $0.severity == .error }
        let match = try #require(errors.first { $0.identity == mistake.expected }, "got: \(errors.map(\.identity))")
        for (name, value) in mistake.arguments { #expect(match.arguments[name] == value, "\(name)") }
        // Follow-on errors stay few: the mistake is not buried.
        #expect(errors.count <= mistake.maxErrors, "\(errors.count) errors: \(errors.map(\.identity))")
    }

    @Test func missingTranslationIsAWarningAndAnErrorWhenStrict() {
        let relaxed = SiteFixture.build()
        #expect(relaxed.files != nil)
        #expect(relaxed.diagnostics.warnings.contains("Content/goals/2.fi.md content.missing-translation"))
        let strict = SiteFixture.build(options: .init(strict: true))
        #expect(strict.files == nil)
        #expect(strict.diagnostics.errors.contains("Content/goals/2.fi.md content.missing-translation"))
        // The report's exact line, as editors see it.
        #expect(strict.diagnostics.sorted.map(\.summaryLine).contains(
            "Content/goals/2.fi.md: error: missing English translation: the Finnish text is shown instead "
                + "[content.missing-translation]"))
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
            "areas.json": String(decoding: SiteFixture.content().files["areas.json"]!, as: UTF8.self)
                .replacingOccurrences(of: "\"sv\": \"Beta\"}", with: "\"sv\": \"Beta\", \"en\": \"Beta\"}"),
        ]
        #expect(SiteFixture.build(complete, options: .init(strict: false)).diagnostics.warningCount == 1)
        let strict = SiteFixture.build(complete, options: .init(strict: true))
        #expect(strict.files == nil)
        #expect(strict.diagnostics.errors == ["Content/site.json settings.no-base-url"])
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
