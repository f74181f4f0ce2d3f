import Foundation
import Publishing
import Testing

@testable import build_site

/// The corpus of editors' mistakes, run through the command as an editor runs it (issue 12): each case breaks
/// the fixture site in one way, after a good build. The check and the build must both refuse it with exit
/// status 1, report the same diagnostics, among them the expected code at the expected file, line and column,
/// and leave Site/ byte for byte as the good build wrote it.
@Suite struct MistakesCorpusTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        /// Content-relative path → new text (nil deletes the file).
        var changes: [String: String?]
        /// `Content/path:line:col code`, as the report prints it.
        var expected: String
        var options: [String] = []
        var testDescription: String { name }
    }

    static let root = BuildSiteCommandTests.Workspace.repositoryRoot

    /// A content file of the fixture site (UI catalogs are the real ones).
    static func original(_ path: String) -> String {
        let folder = path.hasPrefix("i18n/") ? "Content/" : "Tests/Fixtures/minimal-site/Content/"
        return (try? String(contentsOf: root.appendingPathComponent(folder + path), encoding: .utf8)) ?? ""
    }

    /// The file with the first `target` replaced.
    static func edit(_ path: String, _ target: String, _ replacement: String) -> [String: String?] {
        let text = original(path)
        precondition(text.contains(target), "\(path) lacks \(target)")
        return [path: text.replacingOccurrences(of: target, with: replacement, range: text.range(of: target))]
    }

    static func mistake(_ name: String, _ path: String, _ target: String, _ replacement: String, _ expected: String,
                        options: [String] = []) -> Mistake {
        Mistake(name: name, changes: edit(path, target, replacement), expected: expected, options: options)
    }

    static let fi = "i18n/fi.json"
    static let sv = "i18n/sv.json"
    static let site = "site.json"
    static let permits = "data/permits.json"
    static let unemployment = "data/unemployment.json"
    static let about = "pages/about.fi.md"
    static let licence = "\"https://creativecommons.org/licenses/by/4.0/\""

    /// 1. Values that reached a precondition or trapped: each is refused where it is written.
    static let crashes: [Mistake] = [
        mistake("path segment ..", fi, "\"seurantaprosessi\"", "\"..\"",
                "Content/i18n/fi.json:10:19 strings.invalid-path-segment"),
        mistake("path segment .", fi, "\"kunnat\"", "\".\"", "Content/i18n/fi.json:8:26 strings.invalid-path-segment"),
        mistake("path segment ../x", sv, "\"mal\"", "\"../x\"",
                "Content/i18n/sv.json:2:17 strings.invalid-path-segment"),
        mistake("page segment ..", fi, "\"tietoa\"", "\"..\"",
                "Content/i18n/fi.json:15:22 strings.invalid-path-segment"),
        mistake("count 1.7e308", permits, "\"value\": 1000", "\"value\": 1.7e308",
                "Content/data/permits.json:57:20 metric.value-out-of-range"),
        mistake("count 5e-324", permits, "\"value\": 1000", "\"value\": 5e-324",
                "Content/data/permits.json:57:20 metric.value-too-small"),
        mistake("percent 1e-300", unemployment, "\"value\": 12.0", "\"value\": 1e-300",
                "Content/data/unemployment.json:22:20 metric.value-too-small"),
        mistake("decimals 6", unemployment, "\"decimals\": 1", "\"decimals\": 6",
                "Content/data/unemployment.json:5:15 json.not-a-whole-number"),
        mistake("decimals -1", permits, "\"decimals\": 0", "\"decimals\": -1",
                "Content/data/permits.json:5:15 json.not-a-whole-number"),
    ]

    /// 2. Two things at one path, and path segments that cannot be folders: errors naming both sources.
    static let collisions: [Mistake] = [
        mistake("section in another's folder", fi, "\"seurantaprosessi\"", "\"kunnat\"",
                "Content/i18n/fi.json:10:19 output.path-collision"),
        mistake("section in another's folder (sv)", sv, "\"uppfoljningsprocessen\"", "\"kommuner\"",
                "Content/i18n/sv.json:10:19 output.path-collision"),
        mistake("page in a section's folder", fi, "\"tietoa\"", "\"alueet\"",
                "Content/i18n/fi.json:15:22 output.path-collision"),
        mistake("two pages in one folder", fi, "\"tietoa\"", "\"menetelmat\"",
                "Content/i18n/fi.json:16:24 output.path-collision"),
        Mistake(name: "page file named like a section",
                changes: ["pages/alueet.fi.md": "---\ntitle: Alueet\n---\nTeksti.\n"],
                expected: "Content/pages/alueet.fi.md output.path-collision"),
        mistake("folders differing in case", fi, "\"seurantaprosessi\"", "\"Kunnat\"",
                "Content/i18n/fi.json:10:19 output.path-case-collision"),
        mistake("page as a file's folder", fi, "\"tietoa\"", "\"feed.xml\"",
                "Content/i18n/fi.json:15:22 output.path-folder-collision"),
        mistake("empty segment", fi, "\"kunnat\"", "\"\"", "Content/i18n/fi.json:8:26 strings.invalid-path-segment"),
        mistake("segment ending in /", fi, "\"kunnat\"", "\"kunnat/\"",
                "Content/i18n/fi.json:8:26 strings.invalid-path-segment"),
        mistake("segment starting with /", fi, "\"kunnat\"", "\"/kunnat\"",
                "Content/i18n/fi.json:8:26 strings.invalid-path-segment"),
        mistake("segment with a backslash", fi, "\"kunnat\"", "\"kun\\\\nat\"",
                "Content/i18n/fi.json:8:26 strings.invalid-path-segment"),
    ]

    /// 3. URLs outside Markdown go through the scheme check; disguised schemes in Markdown are errors.
    static let unsafeURLs: [Mistake] = [
        mistake("javascript licence", site, licence, "\"javascript:alert(1)\"",
                "Content/site.json:8:47 link.unsafe-scheme"),
        mistake("mixed-case licence", site, licence, "\"JaVaScRiPt:alert(1)\"",
                "Content/site.json:8:47 link.unsafe-scheme"),
        mistake("entity licence", site, licence, "\"jav&#x61;script:alert(1)\"",
                "Content/site.json:8:47 link.unsafe-scheme"),
        mistake("control character licence", site, licence, "\"java\\tscript:alert(1)\"",
                "Content/site.json:8:47 link.unsafe-scheme"),
        mistake("relative licence", site, licence, "\"licence.html\"",
                "Content/site.json:8:47 link.invalid-web-address"),
        mistake("contact URL", site, "\"test@example.fi\"}", "\"test@example.fi\", \"url\": \"vbscript:x\"}",
                "Content/site.json:7:50 link.unsafe-scheme"),
        mistake("contact e-mail", site, "\"test@example.fi\"", "\"javascript:alert(1)\"",
                "Content/site.json:7:24 link.unsafe-scheme"),
        mistake("base URL", site, "\"https://example.org/tavoitteet/\"", "\"javascript:alert(1)\"",
                "Content/site.json:10:14 link.unsafe-scheme"),
        mistake("base URL with a query", site, "\"https://example.org/tavoitteet/\"", "\"https://example.org/?a=1\"",
                "Content/site.json:10:14 settings.invalid-base-url"),
        mistake("Markdown entity scheme", about, "Esimerkkisivusto.", "[x](jav&#x61;script:alert(1))",
                "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        mistake("Markdown upper-case scheme", about, "Esimerkkisivusto.", "[x](JAVASCRIPT:alert(1))",
                "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        mistake("Markdown control character", about, "Esimerkkisivusto.", "[x](<java\tscript:alert(1)>)",
                "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
        mistake("Markdown data URL", about, "Esimerkkisivusto.", "![x](data:text/html,x)",
                "Content/pages/about.fi.md:4:1 link.unsafe-scheme"),
    ]

    /// 4. Missing strings: errors in the default language, warnings (errors with --strict) in the others.
    static let missingStrings: [Mistake] = [
        mistake("default string deleted", fi, "  \"nav.home\": \"Etusivu\",\n", "",
                "Content/i18n/fi.json:1:1 strings.missing-default-string"),
        mistake("default string misspelt", fi, "\"nav.home\"", "\"nav.hom\"",
                "Content/i18n/fi.json:1:1 strings.missing-default-string"),
        mistake("section string deleted", fi, "  \"path.areas\": \"alueet\",\n", "",
                "Content/i18n/fi.json:1:1 strings.missing-default-string"),
        mistake("Swedish string deleted, strict", sv, "  \"nav.home\": \"Startsida\",\n", "",
                "Content/i18n/sv.json:1:1 strings.missing-string", options: ["--strict"]),
        Mistake(name: "default catalog deleted", changes: [fi: nil],
                expected: "Content/i18n/fi.json strings.missing-default"),
        mistake("title under 'se'", site, "\"sv\": \"Testmål\"", "\"se\": \"Testmål\"",
                "Content/site.json:2:38 json.unknown-language"),
        mistake("region name under 'se'", "regions.json", "\"sv\": \"NTM-centralen i A\"",
                "\"se\": \"NTM-centralen i A\"", "Content/regions.json:3:69 json.unknown-language"),
        mistake("title without Swedish, strict", site, "\"sv\": \"Testmål\", ", "",
                "Content/site.json:2:12 json.missing-translation", options: ["--strict"]),
        mistake("area name without Swedish, strict", "areas.json", "\"sv\": \"Alfa sysselsättningsområde\", ", "",
                "Content/areas.json:3:28 json.missing-translation", options: ["--strict"]),
        mistake("title without Finnish", site, "\"fi\": \"Testitavoitteet\", ", "",
                "Content/site.json:2:12 json.missing-finnish"),
    ]

    /// 5. Numbers beyond what a page can show.
    static let numbers: [Mistake] = [
        mistake("count 1.23e20", permits, "\"value\": 1000", "\"value\": 1.23e20",
                "Content/data/permits.json:57:20 metric.value-out-of-range"),
        mistake("count above the limit", permits, "\"value\": 1000", "\"value\": 100000000001",
                "Content/data/permits.json:57:20 metric.value-out-of-range"),
        mistake("percent 100.5", unemployment, "\"value\": 12.0", "\"value\": 100.5",
                "Content/data/unemployment.json:22:20 metric.value-out-of-range"),
        mistake("negative count", permits, "\"value\": 1000", "\"value\": -1",
                "Content/data/permits.json:57:20 metric.value-below-minimum"),
        mistake("tolerance too large", unemployment, "\"trendTolerance\": 0.5", "\"trendTolerance\": 1e300",
                "Content/data/unemployment.json:15:21 metric.tolerance-too-large"),
        mistake("relative tolerance over 100", permits, "\"trendTolerance\": 5", "\"trendTolerance\": 101",
                "Content/data/permits.json:15:21 metric.tolerance-too-large"),
    ]

    /// 8. Messages: the first cause, at its place, with the fix; no knock-on errors.
    static let messages: [Mistake] = [
        mistake("areas.json syntax error", "areas.json", "\"id\": \"alfa\",", "\"id\": \"alfa\"",
                "Content/areas.json:3:18 json.object-comma-expected"),
        mistake("regions.json syntax error", "regions.json", "\"kind\": \"ely\",", "\"kind\": \"ely\"",
                "Content/regions.json:3:34 json.object-comma-expected"),
        mistake("blank line before ---", "goals/1.fi.md", "---\ntitle:", "\n---\ntitle:",
                "Content/goals/1.fi.md:2:1 front-matter.not-at-start"),
        mistake("unclosed front matter", "goals/2.sv.md", "\n---\n", "\n\n",
                "Content/goals/2.sv.md:1:1 front-matter.unclosed"),
        mistake("unclosed front matter, blank line", about, "---\nEsimerkki", "\nEsimerkki",
                "Content/pages/about.fi.md:1:1 front-matter.unclosed"),
        Mistake(name: "unclosed front matter, a rule in the body",
                changes: [about: "---\ntitle: Tietoa (fi)\n\nEsimerkkisivusto.\n\n---\n\nLisää.\n"],
                expected: "Content/pages/about.fi.md:1:1 front-matter.unclosed"),
        mistake("registry field", "areas.json", "\"ely\": \"ely-a\"", "\"ely\": \"evk-a\"",
                "Content/areas.json:4:79 registry.wrong-region-kind"),
        mistake("registry member", "areas.json", "\"members\": [\"003\"]", "\"members\": [\"009\"]",
                "Content/areas.json:9:18 registry.unknown-member"),
        Mistake(name: "empty file", changes: ["pages/about.en.md": ""],
                expected: "Content/pages/about.en.md:1:1 source.empty"),
        Mistake(name: "empty JSON file", changes: ["process.json": "\n\n"],
                expected: "Content/process.json:1:1 source.empty"),
        mistake("no-break space after key", "goals/1.fi.md", "title: ", "title:\u{A0}",
                "Content/goals/1.fi.md:2:7 front-matter.lookalike-character"),
        mistake("unquoted colon in title", "goals/1.fi.md", "title: Taataan", "title: Tavoite 1: Taataan",
                "Content/goals/1.fi.md:2:8 front-matter.unquoted-colon"),
        mistake("tab after key", "goals/1.sv.md", "title: ", "title:\t", "Content/goals/1.sv.md:2:7 front-matter.tab"),
        mistake("decimal comma", unemployment, "\"value\": 12.0", "\"value\": 12,4",
                "Content/data/unemployment.json:22:22 json.decimal-comma"),
        mistake("missing comma", unemployment, "\"decimals\": 1,", "\"decimals\": 1",
                "Content/data/unemployment.json:5:16 json.object-comma-expected"),
        mistake("thousands separator", permits, "\"value\": 1000", "\"value\": 1\u{A0}000",
                "Content/data/permits.json:57:21 json.space-in-number"),
        mistake("typographic quotes", unemployment, "\"unit\": \"percent\"", "\"unit\": \u{201C}percent\u{201D}",
                "Content/data/unemployment.json:4:11 json.lookalike-character"),
        mistake("minus sign", unemployment, "\"value\": 12.0", "\"value\": \u{2212}12.0",
                "Content/data/unemployment.json:22:20 json.lookalike-character"),
    ]

    /// 9. Links and images the build can check.
    static let links: [Mistake] = [
        mistake("root-absolute link", about, "Esimerkkisivusto.", "[m](/fi/menetelmat/)",
                "Content/pages/about.fi.md:4:1 link.root-absolute"),
        mistake("root-absolute image", about, "Esimerkkisivusto.", "![kuva](/assets/kuva.png)",
                "Content/pages/about.fi.md:4:1 link.root-absolute"),
        mistake("link outside the site", about, "Esimerkkisivusto.", "[x](../../../x.html)",
                "Content/pages/about.fi.md:4:1 link.outside-site"),
        mistake("image outside the site", "goals/1.fi.md", "Tavoite koskee",
                "![kuva](../../../../kuva.png) Tavoite koskee", "Content/goals/1.fi.md:8:1 link.outside-site"),
        mistake("link to a page that does not exist", about, "Esimerkkisivusto.", "[m](../menetelmät/)",
                "Content/pages/about.fi.md:4:1 link.missing-target"),
        mistake("image that does not exist", about, "Esimerkkisivusto.", "![kuva](kuva.png)",
                "Content/pages/about.fi.md:4:1 link.missing-target"),
        mistake("link to another language's address", "pages/about.sv.md", "](", "](../menetelmat/) [x](",
                "Content/pages/about.sv.md:4:25 link.missing-target"),
    ]

    static let all = crashes + collisions + unsafeURLs + missingStrings + numbers + messages + links

    /// `path:line:col code` of every diagnostic in the report, relative to the workspace, and how many are errors.
    static func identities(in report: String, root: String) -> (all: [String], errors: Int) {
        var errors = 0
        let all = report.split(separator: "\n").compactMap { line -> String? in
            guard let match = line.wholeMatch(of: /(.+?)(:\d+)?(:\d+)?: (error|warning): .* \[([a-z0-9.-]+)\]/)
            else { return nil }
            if match.output.4 == "error" { errors += 1 }
            let file = match.output.1.hasPrefix(root + "/") ? match.output.1.dropFirst(root.count + 1) : match.output.1
            return "\(file)\(match.output.2 ?? "")\(match.output.3 ?? "") \(match.output.5)"
        }.sorted()
        return (all, errors)
    }

    @Test(arguments: all)
    func theCheckAndTheBuildRefuseItAlikeAndLeaveTheSite(_ mistake: Mistake) throws {
        let workspace = try BuildSiteCommandTests.Workspace()
        #expect(workspace.run([]) == .success)
        let site = workspace.tree("Site")
        for (path, text) in mistake.changes {
            let url = workspace.root.appendingPathComponent("Content/" + path)
            if let text { try workspace.write(Array(text.utf8), to: "Content/" + path) } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        #expect(workspace.run(["--check"] + mistake.options) == .contentErrors)
        let checked = Self.identities(in: workspace.stderr, root: workspace.root.path)
        #expect(workspace.run(mistake.options) == .contentErrors)
        let built = Self.identities(in: workspace.stderr, root: workspace.root.path)
        #expect(built.all.contains(mistake.expected), "got \(built.all)")
        #expect(checked.all == built.all, "--check and the build differ")
        #expect(workspace.tree("Site") == site, "Site/ changed")
        // The first cause, not buried: few errors besides it (with --strict the fixture's own warnings about
        // its translations are errors too).
        if mistake.options.isEmpty {
            #expect(built.errors <= 3, "\(built.all)")
        }
    }

    @Test func theCorpusHoldsEveryClassWithSeveralVariants() {
        for (name, cases) in [("crashes", Self.crashes), ("collisions", Self.collisions), ("URLs", Self.unsafeURLs),
                              ("strings", Self.missingStrings), ("numbers", Self.numbers),
                              ("messages", Self.messages), ("links", Self.links)] {
            #expect(cases.count >= 5, "\(name)")
        }
        #expect(Set(Self.all.map(\.name)).count == Self.all.count)
    }

    /// 6. Output folders the build must not replace: refused by the check and the build, exit status 2,
    /// nothing touched.
    @Test(arguments: ["Assets", "Assets/sub", "Content", "docs", "."])
    func outputFoldersThatAreNotOursAreRefused(output: String) throws {
        let workspace = try BuildSiteCommandTests.Workspace()
        try workspace.write(Array("guide".utf8), to: "docs/EDITING.md")
        let before = workspace.tree(".")
        let folder = output == "." ? workspace.root.path : workspace.path(output)
        #expect(workspace.run(["--check", "--output", folder]) == .usageOrEnvironment)
        #expect(workspace.stderr.contains("[output."))
        #expect(workspace.run(["--output", folder]) == .usageOrEnvironment)
        #expect(workspace.tree(".") == before)
    }
}
