import Testing
@testable import Diagnostics

/// The report's exact format: the summary line with the code, the quoted line with a caret, the hint, the cap.
@Suite struct DiagnosticReportTests {
    static let unknownArea = Diagnostic.Code(
        .metric, "unknown-area", "unknown area \"{area}\"", hint: "did you mean '{suggestion}'?")
    static let missingTranslation = Diagnostic.Code(
        .content, "missing-translation", "missing {language} translation")
    static let problem = Diagnostic.Code(.source, "problem", "problem {number}")

    @Test func quotesTheLineWithACaretAndTheHint() {
        var log = DiagnosticLog()
        log.error(Self.unknownArea, at: SourceLocation(file: "Content/x.json", line: 2, column: 12),
                  ["area": "alfaa", "suggestion": "alfa"])
        log.warning(Self.missingTranslation, at: SourceLocation(file: "Content/a.fi.md"),
                    ["language": Diagnostic.Term.language("sv")])
        let report = DiagnosticReport { path in path == "Content/x.json" ? "{\n  \"area\": \"alfaa\"\n}" : nil }
        let text = report.render(log)
        #expect(text == """
            Content/a.fi.md: warning: missing Swedish translation [content.missing-translation]
            Content/x.json:2:12: error: unknown area "alfaa" [metric.unknown-area]
                  "area": "alfaa"
                           ^
                hint: did you mean 'alfa'?

            """)
        #expect(DiagnosticReport.counts(log) == "1 error, 1 warning")
    }

    @Test func aTabCountsAsOneColumnUnderTheCaret() {
        var log = DiagnosticLog()
        log.error(Self.problem, at: SourceLocation(file: "f.md", line: 1, column: 3), ["number": 1])
        let text = DiagnosticReport { _ in "\tab\n" }.render(log)
        #expect(text == "f.md:1:3: error: problem 1 [source.problem]\n     ab\n      ^\n")
    }

    /// A minified file or a runaway export has lines of megabytes: the report quotes 120 characters around the
    /// column, so the caret stays on screen.
    @Test func aLongLineIsQuotedAroundTheColumn() {
        var log = DiagnosticLog()
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        log.error(Self.problem, at: SourceLocation(file: "f.json", line: 1, column: 501), ["number": 1])
        let lines = DiagnosticReport { _ in line }.render(log).split(separator: "\n")
        #expect(lines[1]
                == "    …" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "…")
        #expect(lines[2] == "    " + String(repeating: " ", count: 61) + "^")
        var start = DiagnosticLog()
        start.error(Self.problem, at: SourceLocation(file: "f.json", line: 1, column: 2), ["number": 1])
        let head = DiagnosticReport { _ in line }.render(start).split(separator: "\n")
        #expect(head[1] == "    " + String(repeating: "a", count: 120) + "…")
        #expect(head[2] == "     ^")
    }

    @Test func capsTheListAndCountsTheRest() {
        var log = DiagnosticLog()
        for index in 1...60 { log.error(Self.problem, at: SourceLocation(file: "f\(1000 + index)"), ["number": index]) }
        let lines = DiagnosticReport(limit: 50) { _ in nil }.render(log).split(separator: "\n")
        #expect(lines.count == 51)
        #expect(lines.last == "… and 10 more (60 errors, 0 warnings in all)")
    }

    @Test func suggestionsFindCloseIdsOnly() {
        #expect(Suggestion.closest(to: "etela-karjla", among: ["etela-karjala", "etela-savo"]) == "etela-karjala")
        #expect(Suggestion.closest(to: "helsinki", among: ["vantaa", "lahti"]) == nil)
    }
}
