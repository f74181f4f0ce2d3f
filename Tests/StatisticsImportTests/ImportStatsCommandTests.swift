import Foundation
import Testing
@testable import StatisticsImport

/// The command as an editor runs it: exit statuses, messages, and metric files that change only when the
/// whole import succeeded.
@Suite struct ImportStatsCommandTests {
    /// A temporary folder holding the fixture import in `import/`.
    final class Workspace {
        let root: URL
        var stdout = ""
        var stderr = ""

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("import-stats-\(UUID().uuidString)")
            try write(ImportFixture.mapping, to: "import/mapping.json")
            try write(ImportFixture.table, to: "import/t.json")
            try write(ImportFixture.areas, to: "import/areas.json")
            try write(ImportFixture.municipalities, to: "import/municipalities.json")
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ text: String, to relative: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func read(_ relative: String) -> String? {
            FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
        }

        func listing(_ relative: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
        }

        func run(_ arguments: [String]) -> ImportStatsCommand.Status {
            stdout = ""
            stderr = ""
            return ImportStatsCommand.main(arguments, standardOutput: { self.stdout += $0 },
                                           standardError: { self.stderr += $0 })
        }
    }

    @Test func runWritesEveryMetricFile() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["run", workspace.path("import/mapping.json")]) == .success)
        #expect(workspace.listing("import/out") == ["share.json", "unemployed.json"])
        #expect(workspace.read("import/out/share.json") == ImportFixture.run().metric("share")?.json)
        #expect(workspace.stdout.contains("import-stats: wrote \(workspace.path("import/out/share.json")) (5 series, "
            + "2026-05–2026-06)\n"))
        #expect(workspace.stderr == "")
    }

    @Test func problemsWriteNothingAndExitOne() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["run", workspace.path("import/mapping.json")]) == .success)
        let before = workspace.read("import/out/share.json")
        try workspace.write(ImportFixture.edit(ImportFixture.table, "\"2026M05\"]", "\"2026-05\"]"),
                            to: "import/t.json")
        try workspace.write(ImportFixture.edit(ImportFixture.areas, "\"003\"]", "\"003\", \"001\"]"),
                            to: "import/areas.json")
        #expect(workspace.run(["run", workspace.path("import/mapping.json")]) == .contentErrors)
        #expect(workspace.read("import/out/share.json") == before)
        #expect(workspace.listing("import/out") == ["share.json", "unemployed.json"])  // no temporary files left
        let areas = workspace.path("import/areas.json")
        #expect(workspace.stderr.contains("""
            \(areas):3:37: error: the municipality 001 is claimed by both "alfa" and "beta" [import.duplicate-member]
                  {"id": "beta", "members": ["003", "001"]},
                                                    ^
                hint: a municipality belongs to one employment area
            """))
        #expect(workspace.stderr.contains("\(workspace.path("import/t.json")):4:15: error: the period \"2026-05\""))
        #expect(workspace.stderr.hasSuffix("import-stats: 2 errors, 0 warnings; nothing was written\n"))
    }

    @Test func checkWritesNothing() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["run", "--check", workspace.path("import/mapping.json")]) == .success)
        #expect(workspace.listing("import/out") == [])
        #expect(workspace.stdout == "import-stats: checked 2 indicators; nothing written (0 errors, 0 warnings)\n")
    }

    @Test func aNewerDownloadAndAnotherOutputFolder() throws {
        let workspace = try Workspace()
        try workspace.write(ImportFixture.edit(ImportFixture.table, "\"1100\",\"8000\"", "\"1200\",\"8000\""),
                            to: "downloads/july.json")
        let status = workspace.run(["run", workspace.path("import/mapping.json"),
                                    "--table", "t=" + workspace.path("downloads/july.json"),
                                    "--output", workspace.path("elsewhere"), "--quiet"])
        #expect(status == .success)
        #expect(workspace.stdout == "")
        let written = try #require(workspace.read("elsewhere/unemployed.json"))
        #expect(written.contains("{\"period\": \"2026-06\", \"value\": 1200}"))
        #expect(workspace.listing("import/out") == [])
    }

    @Test func inspectPrintsTheTidyCSV() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["inspect", workspace.path("import/t.json")]) == .success)
        #expect(workspace.stdout.hasPrefix("Alue,timeperiod_m,measure,value,status\nSSS,2026M05,UNEMP,1000,\n"))
        #expect(workspace.stdout.contains("\nKU002,2026M05,UNEMP,,...\n"))
        #expect(workspace.run(["inspect", "--dimensions", workspace.path("import/t.json")]) == .success)
        #expect(workspace.stdout.contains("\nmeasure (measures, 2 categories)\n  UNEMP  Unemployed\n"))
    }

    @Test func inspectReportsABrokenFile() throws {
        let workspace = try Workspace()
        try workspace.write("{\"columns\": [", to: "broken.json")
        #expect(workspace.run(["inspect", workspace.path("broken.json")]) == .contentErrors)
        #expect(workspace.stdout == "")
        #expect(workspace.stderr.hasPrefix("\(workspace.path("broken.json")):1:14: error: malformed JSON"))
    }

    @Test(arguments: [
        ([], "import-stats: error: say what to do: 'inspect <file>', 'run <mapping>' or 'merge <file.csv>'"),
        (["import"], "import-stats: error: unknown command 'import': use 'inspect', 'run' or 'merge'"),
        (["inspect"], "import-stats: error: inspect needs one file: inspect <file>"),
        (["run", "m.json", "--table", "12r5"], "import-stats: error: --table needs <id>=<file>, e.g. --table "
            + "12r5=Downloads/12r5.json"),
        (["run", "m.json", "--dimensions"], "import-stats: error: unknown option '--dimensions' for 'run'"),
        (["run", "m.json", "--output"], "import-stats: error: --output needs a value"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let workspace = try Workspace()
        #expect(workspace.run(arguments) == .usageOrEnvironment)
        #expect(workspace.stderr.hasPrefix(message + "\n"))
    }

    @Test func missingFilesAreEnvironmentErrors() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["run", workspace.path("import/nothing.json")]) == .usageOrEnvironment)
        let missing = workspace.path("import/nothing.json")
        #expect(workspace.stderr.hasPrefix(
            "\(missing): error: cannot read the file: no such file [import.unreadable-file]\n"))
        let mapping = workspace.path("import/mapping.json")
        #expect(workspace.run(["run", mapping, "--table", "x=y.json"]) == .usageOrEnvironment)
        #expect(workspace.stderr == "import-stats: error: --table x=…: the mapping has no table \"x\" (it has t)\n")
    }

    @Test func helpExitsZero() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--help"]) == .success)
        #expect(workspace.stdout.hasPrefix("USAGE: import-stats inspect"))
    }
}
