import Foundation
import Publishing
import Testing

@testable import build_site

/// The command as a publishing job and an editor use it: exit codes, messages, and a Site/ that only
/// changes when the whole build succeeded.
@Suite struct BuildSiteCommandTests {
    /// A temporary working folder with the fixture site's Content/ (plus the real UI catalogs) and the real
    /// Assets/.
    final class Workspace {
        static let repositoryRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

        let root: URL
        var stdout = ""
        var stderr = ""

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("build-site-\(UUID().uuidString)")
            func copy(_ folder: String, to destination: String) throws {
                let files = try DirectoryReader.read(Self.repositoryRoot.appendingPathComponent(folder).path)
                for (relative, bytes) in files { try write(bytes, to: destination + "/" + relative) }
            }
            try copy("Tests/Fixtures/minimal-site/Content", to: "Content")
            try copy("Content/i18n", to: "Content/i18n")
            try copy("Assets", to: "Assets")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ bytes: [UInt8], to relative: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func run(_ arguments: [String], environment: [String: String] = [:]) -> BuildSiteCommand.Status {
            stdout = ""
            stderr = ""
            let full = ["--content", path("Content"), "--assets", path("Assets"), "--output", path("Site"), "--force"]
                + arguments
            return BuildSiteCommand.main(full, environment: environment, standardOutput: { self.stdout += $0 },
                                         standardError: { self.stderr += $0 })
        }

        func tree(_ relative: String) -> [String: [UInt8]] { (try? DirectoryReader.read(path(relative))) ?? [:] }
    }

    @Test func successWritesTheSiteAndExitsZero() throws {
        let workspace = try Workspace()
        #expect(workspace.run([]) == .success)
        #expect(workspace.tree("Site")["fi/index.html"] != nil)
        #expect(workspace.stdout.hasPrefix("build-site: wrote "))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let workspace = try Workspace()
        #expect(workspace.run([]) == .success)
        let before = workspace.tree("Site")
        try workspace.write(Array("{\"indicator\": \"unemployment\", \"unit\": 5}".utf8), to: "Content/data/unemployment.json")
        #expect(workspace.run([]) == .contentErrors)
        #expect(workspace.tree("Site") == before)
        #expect(workspace.stderr.contains("""
            Content/data/unemployment.json:1:39: error: "unit" must be a string, not a number [json.not-a-string]
                {"indicator": "unemployment", "unit": 5}
                                                      ^
            """))
        #expect(workspace.stderr.hasSuffix("Site/ was not changed\n"))
        // No temporary folders are left beside Site/.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers == [])
    }

    /// The same problem in the three languages: only the message and the hint label change.
    @Test func messagesAreInTheLanguageOfLangOrTheEnvironment() throws {
        let workspace = try Workspace()
        try workspace.write(Array("{\"indicator\": \"unemployment\", \"unit\": 5}".utf8),
                            to: "Content/data/unemployment.json")
        let position = "Content/data/unemployment.json:1:39: error: "
        let expected: [([String], [String: String], String)] = [
            ([], [:], "\"unit\" must be a string, not a number"),
            (["--lang", "fi"], [:], "avaimen \"unit\" arvon on oltava merkkijono, ei luku"),
            (["--lang", "sv"], ["LANG": "fi_FI.UTF-8"], "\"unit\" ska vara en sträng, inte ett tal"),
            ([], ["LANG": "fi_FI.UTF-8"], "avaimen \"unit\" arvon on oltava merkkijono, ei luku"),
            ([], ["LC_MESSAGES": "sv_FI.UTF-8", "LANG": "fi_FI.UTF-8"], "\"unit\" ska vara en sträng, inte ett tal"),
            (["--lang", "en"], ["LANG": "sv_FI.UTF-8"], "\"unit\" must be a string, not a number"),
        ]
        for (arguments, environment, message) in expected {
            #expect(workspace.run(["--check"] + arguments, environment: environment) == .contentErrors)
            let line = workspace.stderr.split(separator: "\n").first { $0.contains(position) }
            #expect(line?.hasSuffix(position + message + " [json.not-a-string]") == true,
                    "\(arguments) \(environment): \(line ?? "")")
        }
    }

    @Test func errorsInOldMacLineEndingFilesQuoteTheRightLine() throws {
        let workspace = try Workspace()
        try workspace.write(Array("{\r  \"indicator\": \"unemployment\",\r  \"unit\": 5\r}".utf8),
                            to: "Content/data/unemployment.json")
        #expect(workspace.run(["--check"]) == .contentErrors)
        #expect(workspace.stderr.contains("""
            Content/data/unemployment.json:3:11: error: "unit" must be a string, not a number [json.not-a-string]
                  "unit": 5
                          ^

            """))
    }

    @Test func checkModeWritesNothing() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--check"]) == .success)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("Site")))
        #expect(workspace.stderr.contains("0 errors, 4 warnings"))
    }

    @Test func checkReportsAnInvalidMetricFileWithItsPositionAndExitsOne() throws {
        let workspace = try Workspace()
        let path = "Content/data/unemployment.json"
        let text = try String(contentsOfFile: workspace.path(path), encoding: .utf8)
        try workspace.write(Array(text.replacingOccurrences(of: "\"decimals\": 1,", with: "\"decimals\": 5,").utf8),
                            to: path)
        #expect(workspace.run(["--check"]) == .contentErrors)
        #expect(workspace.stderr.contains(
            "\(workspace.path(path)):5:15: error: \"decimals\" must be a whole number from 0 to 4"))
        #expect(workspace.stderr.contains("[json.not-a-whole-number]"))
    }

    @Test func strictModeFailsOnMissingTranslations() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--check", "--strict"]) == .contentErrors)
        #expect(workspace.stderr.contains("Content/goals/2.fi.md: error: missing English translation"))
    }

    @Test func writerProblemsArePrintedLikeDiagnosticsWithTheirCode() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--output", workspace.path("Content")]) == .usageOrEnvironment)
        #expect(
            workspace.stderr.hasSuffix("""
                \(workspace.path("Content")): error: the output directory is the content directory \
                [output.refused-output-directory]
                build-site: \(workspace.path("Content"))/ was not changed

                """))
    }

    @Test func usageErrorsExitWithTwoAndSuggestTheOption() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--stirct"]) == .usageOrEnvironment)
        #expect(workspace.stderr.contains("unknown option '--stirct'; did you mean '--strict'?"))
        #expect(BuildSiteCommand.main(["--content", "/nonexistent-\(UUID())"], standardOutput: { _ in },
                                      standardError: { _ in }) == .usageOrEnvironment)
    }

    @Test func markingATranslationSilencesItsOutdatedWarningAndChangesOneLine() throws {
        let workspace = try Workspace()
        let swedish = workspace.path("Content/goals/1.sv.md")
        let before = try String(contentsOfFile: swedish, encoding: .utf8)
        #expect(workspace.run(["--mark-translated", swedish]) == .success)
        #expect(workspace.stdout.hasPrefix("build-site: marked \(swedish) as translated from "))
        let after = try String(contentsOfFile: swedish, encoding: .utf8)
        let added = after.split(separator: "\n").filter { !before.split(separator: "\n").contains($0) }
        #expect(added.count == 1 && added[0].hasPrefix("source_hash: "))
        #expect(workspace.run(["--check"]) == .success)
        #expect(!workspace.stderr.contains("outdated-translation"))

        // The Finnish text changes: the Swedish one is now older than its source.
        let finnish = workspace.path("Content/goals/1.fi.md")
        try workspace.write(Array((try String(contentsOfFile: finnish, encoding: .utf8) + "Lisäys.\n").utf8),
                            to: "Content/goals/1.fi.md")
        #expect(workspace.run(["--check"]) == .success)
        #expect(workspace.stderr.contains("1.sv.md:7:14: warning: the Finnish text has changed since this Swedish "
                                          + "translation was made [content.outdated-translation]"))
        #expect(workspace.run(["--check", "--strict"]) == .contentErrors)
        #expect(workspace.run(["--mark-translated", swedish]) == .success)
        #expect(workspace.run(["--check"]) == .success)
        #expect(!workspace.stderr.contains("outdated-translation"))
    }

    @Test func onlyTranslationsCanBeMarked() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--mark-translated", workspace.path("Content/goals/1.fi.md")]) == .usageOrEnvironment)
        #expect(workspace.stderr.contains("is in the default language (fi)"))
        #expect(workspace.run(["--mark-translated", workspace.path("Content/site.json")]) == .usageOrEnvironment)
    }

    @Test func changesListsFiguresAndPagesAgainstTheCurrentSiteAndWritesNothing() throws {
        let workspace = try Workspace()
        #expect(workspace.run([]) == .success)
        let site = workspace.tree("Site")
        let path = "Content/data/unemployment.json"
        let text = try String(contentsOfFile: workspace.path(path), encoding: .utf8)
        try workspace.write(Array(text.replacingOccurrences(of: "\"value\": 6.2", with: "\"value\": 6.3").utf8),
                            to: path)
        #expect(workspace.run(["--changes", "--base-url", "https://example.org/t/"]) == .success)
        #expect(workspace.stdout.hasPrefix("""
            Changed figures (1):
            - unemployment 2025-03 Alfan työllisyysalue: 6.2 (provisional) → 6.3 (provisional)
            Changed pages (
            """), "\(workspace.stdout)")
        #expect(workspace.stdout.contains("- https://example.org/t/fi/mittarit/unemployment/\n"))
        #expect(workspace.tree("Site") == site)
        #expect(BuildSiteCommand.main(["--changes", "--check"], standardOutput: { _ in }, standardError: { _ in })
                    == .usageOrEnvironment)
    }
}
