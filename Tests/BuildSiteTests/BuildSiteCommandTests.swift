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

        func run(_ arguments: [String]) -> BuildSiteCommand.Status {
            stdout = ""
            stderr = ""
            let full = ["--content", path("Content"), "--assets", path("Assets"), "--output", path("Site"), "--force"]
                + arguments
            return BuildSiteCommand.main(full, standardOutput: { self.stdout += $0 }, standardError: { self.stderr += $0 })
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
}
