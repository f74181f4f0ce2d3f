import Diagnostics
import Testing
@testable import Dashboard

@Suite struct JSONParserTests {
    func parse(_ text: String) -> Result<JSONNode, JSONParser.SyntaxError> {
        JSONParser.parse(Array(text.utf8), file: "f.json")
    }

    @Test func recordsLinesAndColumnsOfValues() throws {
        let node = try parse("{\n  \"a\": [1, \"ä\", null],\n  \"b\": {\"c\": true}\n}").get()
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyLocation == SourceLocation(file: "f.json", line: 2, column: 3))
        guard case .array(let elements) = members[0].value.value else { Issue.record("not an array"); return }
        #expect(elements.map(\.location.column) == [9, 12, 17])  // columns count characters, not bytes
        #expect(members[1].value.location == SourceLocation(file: "f.json", line: 3, column: 8))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try parse(#""a\"\\\/\n\t\u00e4\ud83d\ude00""#).get()
        guard case .string(let text) = node.value else { Issue.record("not a string"); return }
        #expect(text == "a\"\\/\n\tä😀")
    }

    @Test func parsesNumbers() throws {
        for (text, value) in [("0", 0.0), ("-1.5", -1.5), ("2e3", 2000.0), ("12.25E-1", 1.225)] {
            guard case .number(let number) = try parse(text).get().value else { Issue.record("\(text) is not a number"); continue }
            #expect(number == value)
        }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "trailing comma before '}' is not allowed in JSON"),
        ("[1, 2,]", 1, 7, "trailing comma before ']' is not allowed in JSON"),
        ("{\"a\": 1\n \"b\": 2}", 2, 2, "',' or '}' was expected after a member (is a comma missing?)"),
        ("{'a': 1}", 1, 2, "a key in double quotes was expected"),
        ("['a']", 1, 2, "strings must use double quotes (\"), not single quotes"),
        ("{\"a\": \"open}", 1, 13, "unexpected end of file inside a string: '\"' is missing"),
        ("{\"a\": 05}", 1, 7, "numbers cannot start with 0 (write 5, not 05)"),
        ("{\"a\": 1.}", 1, 9, "a digit was expected after the decimal point"),
        ("{\"a\": TRUE}", 1, 7, "unexpected character 'T': a value was expected"),
        ("{\"a\": nul}", 1, 7, "unknown word: expected 'null' (JSON words are true, false and null, in lower case)"),
        ("{\"a\": 1} x", 1, 10, "unexpected text after the end of the JSON value"),
        ("", 1, 1, "unexpected end of file: a value was expected"),
        ("{\"a\": 12,5}", 1, 10, "a key in double quotes was expected"),
        ("{\"a\": NaN}", 1, 7, "unexpected character 'N': a value was expected"),
        ("{\"a\": 1e999}", 1, 7, "the number 1e999 is too large"),
        ("\"a\\x\"", 1, 4, "unknown escape '\\x' (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)"),
    ])
    func reportsSyntaxErrorsWithPosition(text: String, line: Int, column: Int, message: String) {
        guard case .failure(let error) = parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error == JSONParser.SyntaxError(message: message, line: line, column: column))
    }

    @Test func refusesPathologicalNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .failure(let error) = parse(deep) else { Issue.record("parsed"); return }
        #expect(error.message == "values are nested more than 256 levels deep")
    }
}

@Suite struct SourceTextTests {
    func decode(_ bytes: [UInt8]) -> ([UInt8]?, DiagnosticLog) {
        var log = DiagnosticLog()
        let result = SourceText.decode(bytes, file: "c.md", log: &log)
        return (result, log)
    }

    @Test func acceptsByteOrderMarkAndCRLF() {
        let (text, log) = decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
        #expect(log.diagnostics.isEmpty)
        #expect(text == Array("a\nb\nc\n".utf8))
    }

    @Test func pointsAtTheFirstInvalidByte() {
        let (text, log) = decode(Array("ok\nää\u{0}x".utf8) + [0xC3, 0x28])
        #expect(text == nil)
        #expect(log.errorLines == ["c.md:2:5: error: the file is not valid UTF-8 (byte 0xC3)"])
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func rejectsSurrogatesOverlongAndTruncatedSequences(bytes: [UInt8]) {
        #expect(decode(bytes).0 == nil)
    }

    @Test func rejectsEmptyAndHugeFiles() {
        #expect(decode(Array(" \n\t\n".utf8)).1.errorLines == ["c.md: error: the file is empty"])
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: SourceText.maximumFileSize + 1)
        #expect(decode(huge).1.errorLines == ["c.md: error: the file is 8192 KiB; content files may be at most 8 MiB"])
    }
}
