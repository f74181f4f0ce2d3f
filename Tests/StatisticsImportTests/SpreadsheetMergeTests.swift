import Dashboard
import Diagnostics
import Foundation
import Publishing
import Testing
@testable import StatisticsImport

/// `import-stats merge`: a monthly update from a spreadsheet as Finnish Excel saves it (a byte-order mark,
/// semicolons, decimal commas, Windows line ends) into the example site's metric file, and every kind of bad row
/// reported at its cell.
@Suite struct SpreadsheetMergeTests {
    /// A copy of the example site's Content/ in a temporary folder.
    final class Workspace {
        let root: URL
        var stdout = ""
        var stderr = ""

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
            let content = try DirectoryReader.read(TestData.repositoryRoot.appendingPathComponent("Content").path)
            for (relative, bytes) in content { try write(bytes, to: "Content/" + relative) }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ bytes: [UInt8], to relative: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

        func read(_ relative: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path(relative)) ?? Data(), as: UTF8.self)
        }

        func merge(_ csv: String, _ extra: [String] = []) -> ImportStatsCommand.Status {
            stdout = ""
            stderr = ""
            return ImportStatsCommand.main(
                ["merge", csv, "--indicator", "open-market-3m", "--content", path("Content")] + extra,
                standardOutput: { self.stdout += $0 }, standardError: { self.stderr += $0 })
        }
    }

    static let fixture = TestData.fixtures.appendingPathComponent("open-market-3m-2026-10.csv").path
    static let dataFile = "Content/data/open-market-3m.json"

    @Test func theFixtureIsAFinnishExcelExport() throws {
        let bytes = TestData.bytes(URL(fileURLWithPath: Self.fixture))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\n"))
        #expect(text.contains("Kausi;Alue;Arvo;Tila"))
        #expect(text.contains(";Vantaa;23,1;"))
    }

    @Test func aMonthlyUpdateAddsTheMonthReportsCorrectionsAndTouchesNothingElse() throws {
        let workspace = try Workspace()
        let before = workspace.read(Self.dataFile)
        #expect(workspace.merge(Self.fixture, ["--updated", "2026-11-14"]) == .success, "\(workspace.stderr)")
        #expect(workspace.stderr == "")
        let report = workspace.stdout
        #expect(report.contains("added 2026-10: 56 figures for 45 areas, 10 centres, the whole country"), "\(report)")
        #expect(report.contains("  2026-07 Vantaa: 22.9 → 23.1, correction\n"))
        #expect(report.contains("  2026-08 Helsinki: 23.6 (provisional) → 23.8, provisional figure replaced\n"))
        #expect(report.contains("  2026-09 Kainuu-Koillismaa: – → 26.4 (provisional), new figure\n"))
        #expect(report.contains("  2026-08: 53 provisional figures now final, unchanged\n"))
        #expect(report.contains("  updated: 2026-11-14\n"))

        let after = workspace.read(Self.dataFile)
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(new.count == old.count + 56)
        // Every line that is not in the old file is one of the merged periods, or the new date.
        let changed = Set(new).subtracting(old)
        #expect(changed.allSatisfy { line in
            ["2026-07", "2026-08", "2026-09", "2026-10"].contains { line.contains("\"period\": \"\($0)\"") }
                || line == "  \"updated\": \"2026-11-14\","
        }, "\(changed.filter { !$0.contains("period") })")
        #expect(after.contains("        {\"period\": \"2026-07\", \"value\": 23.1, \"flags\": [\"revised\"]},\n"))
        #expect(after.contains("        {\"period\": \"2026-09\", \"value\": 25.3, \"flags\": [\"provisional\"]},\n"
                               + "        {\"period\": \"2026-10\", \"value\": "))

        // The site reads the merged file without a problem and shows October.
        var log = DiagnosticLog()
        let files = try DirectoryReader.read(workspace.path("Content"))
        let model = try #require(ContentResolver.resolve(ContentFiles(root: "Content", files: files), log: &log))
        #expect(!log.hasErrors)
        let metric = try #require(model.indicator("open-market-3m")?.metric)
        #expect(metric.latestPeriod == Period("2026-10"))
        #expect(metric.updated == CalendarDate(year: 2026, month: 11, day: 14))
        #expect(metric.series(for: "vantaa", selection: [:])?.point(at: Period("2026-07")!)?.isRevised == true)

        // Merging the same sheet again changes nothing.
        #expect(workspace.merge(Self.fixture) == .success)
        #expect(workspace.stdout.contains("no new or changed figures"))
        #expect(workspace.read(Self.dataFile) == after)
    }

    @Test func aPartialMonthIsMergedWithAWarningThatPagesKeepTheLastCompleteOne() throws {
        let workspace = try Workspace()
        let csv = "kausi;alue;arvo\n2026-10;Koko maa;25,5\n2026-10;vantaa;24,0\n2026-10;43;24,1\n2026-10;Vanda;24,2\n"
        try workspace.write(Array(csv.utf8), to: "october.csv")
        #expect(workspace.merge(workspace.path("october.csv")) == .contentErrors)
        #expect(workspace.stderr.contains("october.csv:4:1: error: a second row for the same place, category and "
                                          + "period (first at line 3) [import.duplicate-row]"))

        try workspace.write(Array("kausi;alue;arvo\n2026-10;Koko maa;25,5\n2026-10;vantaa;24,0\n2026-10;Helsinki;24,1\n"
                                    .utf8), to: "october.csv")
        #expect(workspace.merge(workspace.path("october.csv")) == .success)
        #expect(workspace.stderr.contains("warning: 2026-10: 2 of 45 areas; pages keep showing 2026-09 "
                                          + "[metric.incomplete-period]"), "\(workspace.stderr)")
    }

    @Test func badRowsAreReportedAtTheirCellAndNothingIsWritten() throws {
        let workspace = try Workspace()
        let before = workspace.read(Self.dataFile)
        let csv = """
            Kausi;Alue;Arvo;Tila
            2026-10;Vantaa;24,1;ennakko
            2026-13;Vantaa;24,1;
            2026-10;Vantta;24,1;
            2026-10;Helsinki;24,1.5;
            2026-10;Espoo-Kauniainen;140;
            2026-10;Lohja-Karkkila;12,0;luultavasti
            2026-10;"Porvoon seutu";12,0;salattu

            """
        try workspace.write(Array(csv.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: "bad.csv")
        #expect(workspace.merge(workspace.path("bad.csv")) == .contentErrors)
        let file = workspace.path("bad.csv")
        // "FILE:3:1: error: … [import.spreadsheet-period]" → ":3:1: [import.spreadsheet-period]"
        let identities = workspace.stderr.split(separator: "\n").filter { $0.hasPrefix(file) }.map { line in
            let rest = line.dropFirst(file.count)
            let position = rest.prefix { $0 != " " }
            return position + " " + (rest.lastIndex(of: "[").map { rest[$0...] } ?? "")
        }
        #expect(identities == [
            ":3:1: [import.spreadsheet-period]", ":4:9: [import.unknown-place]", ":5:18: [import.spreadsheet-number]",
            ":6:26: [import.spreadsheet-out-of-range]", ":7:29: [import.unknown-status]",
            ":8:25: [import.value-and-reason]",
        ], "\(workspace.stderr)")
        #expect(workspace.stderr.contains("hint: did you mean 'vantaa'?"))
        #expect(workspace.read(Self.dataFile) == before)
    }

    @Test func cellsInEveryNotationSpreadsheetsUse() {
        #expect(SpreadsheetUpdate.value("12,4") == .number(12.4))
        #expect(SpreadsheetUpdate.value(" 1 234,5 ") == .number(1234.5))
        #expect(SpreadsheetUpdate.value("1\u{A0}234") == .number(1234))
        #expect(SpreadsheetUpdate.value("12.4") == .number(12.4))
        #expect(SpreadsheetUpdate.value("\u{2212}0,5") == .number(-0.5))
        #expect(SpreadsheetUpdate.value("") == .missing(.notPublished))
        #expect(SpreadsheetUpdate.value("...") == .missing(.suppressed))
        #expect(SpreadsheetUpdate.value(".") == .missing(.notApplicable))
        #expect(SpreadsheetUpdate.value("1.234,5") == .invalid)
        #expect(SpreadsheetUpdate.value("n/a") == .invalid)
        for text in ["2026-10", "2026M10", "10/2026", "10.2026", "1.10.2026", "2026/10"] {
            #expect(SpreadsheetUpdate.period(text, frequency: .month) == Period("2026-10"), "\(text)")
        }
        for text in ["2026-Q3", "2026Q3", "2026 Q3", "Q3/2026"] {
            #expect(SpreadsheetUpdate.period(text, frequency: .quarter) == Period("2026-Q3"), "\(text)")
        }
        #expect(SpreadsheetUpdate.period("2026", frequency: .year) == Period("2026"))
        for text in ["2026-13", "15.10.2026", "loka.26", "2026"] {
            #expect(SpreadsheetUpdate.period(text, frequency: .month) == nil, "\(text)")
        }
    }

    @Test func quotedCellsAndTheSeparatorOfTheHeader() {
        var log = DiagnosticLog()
        let semicolons = DelimitedText("a;b;c\n\"x;y\";\"say \"\"hi\"\"\";3,5\n", file: "t.csv", log: &log)
        #expect(semicolons.separator == ";")
        #expect(semicolons.rows[1].map(\.text) == ["x;y", "say \"hi\"", "3,5"])
        #expect(semicolons.rows[1].map(\.column) == [1, 7, 20])
        let commas = DelimitedText("period,area,value\n2026-10,vantaa,\"12,4\"\n\n", file: "t.csv", log: &log)
        #expect(commas.separator == ",")
        #expect(commas.rows.count == 2)
        #expect(commas.rows[1].map(\.text) == ["2026-10", "vantaa", "12,4"])
        #expect(log.diagnostics.isEmpty)
        _ = DelimitedText("a;b\n\"open;1\n", file: "t.csv", log: &log)
        #expect(log.diagnostics.map { "\($0.position) \($0.code)" } == ["t.csv:2:1 import.unclosed-quote"])
    }
}
