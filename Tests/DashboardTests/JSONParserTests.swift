import Diagnostics
import Testing
@testable import Dashboard

@Suite struct JSONParserTests {
    func parse(_ text: String) -> (node: JSONNode?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let node = JSONParser.parse(Array(text.utf8), file: "f.json", log: &log)
        return (node, log)
    }

    @Test func recordsLinesAndColumnsOfValues() throws {
        let node = try #require(parse("{\n  \"a\": [1, \"ä\", null],\n  \"b\": {\"c\": true}\n}").node)
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(members[0].keyLocation == SourceLocation(file: "f.json", line: 2, column: 3))
        guard case .array(let elements) = members[0].value.value else { Issue.record("not an array"); return }
        #expect(elements.map(\.location.column) == [9, 12, 17])  // columns count characters, not bytes
        #expect(members[1].value.location == SourceLocation(file: "f.json", line: 3, column: 8))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try #require(parse(#""a\"\\\/\n\t\u00e4\ud83d\ude00""#).node)
        guard case .string(let text) = node.value else { Issue.record("not a string"); return }
        #expect(text == "a\"\\/\n\tä😀")
    }

    @Test func parsesNumbers() throws {
        for (text, value) in [("0", 0.0), ("-1.5", -1.5), ("2e3", 2000.0), ("12.25E-1", 1.225)] {
            guard case .number(let number) = try #require(parse(text).node).value else {
                Issue.record("\(text) is not a number")
                continue
            }
            #expect(number == value)
        }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "f.json:1:9 json.trailing-comma"),
        ("[1, 2,]", "f.json:1:7 json.trailing-comma"),
        // A missing comma is reported where the value before it ends, not where the next line begins.
        ("{\"a\": 1\n \"b\": 2}", "f.json:1:8 json.object-comma-expected"),
        ("{\"a\": \"x\"\n\n  \"b\": 2}", "f.json:1:10 json.object-comma-expected"),
        ("[1\n 2]", "f.json:1:3 json.list-comma-expected"),
        ("[{}\n {}]", "f.json:1:4 json.list-comma-expected"),
        ("{\"a\": 1 x}", "f.json:1:9 json.object-comma-expected"),
        ("{'a': 1}", "f.json:1:2 json.key-expected"),
        ("{\"a\" 1}", "f.json:1:6 json.colon-expected"),
        ("['a']", "f.json:1:2 json.single-quotes"),
        ("{\"a\": \"open}", "f.json:1:13 json.unclosed-string"),
        ("{\"a\": \"line\nbreak\"}", "f.json:1:12 json.line-break-in-string"),
        ("{\"a\": \"tab\t\"}", "f.json:1:11 json.control-character"),
        ("{\"a\": 1", "f.json:1:8 json.unclosed-object"),
        ("[1", "f.json:1:3 json.unclosed-list"),
        ("{\"a\": 05}", "f.json:1:7 json.leading-zero"),
        ("{\"a\": -x}", "f.json:1:8 json.digit-expected"),
        ("{\"a\": 1.}", "f.json:1:9 json.fraction-digit-expected"),
        ("{\"a\": 1e}", "f.json:1:9 json.exponent-digit-expected"),
        ("{\"a\": TRUE}", "f.json:1:7 json.unexpected-character"),
        ("{\"a\": nul}", "f.json:1:7 json.unknown-word"),
        ("{\"a\": 1} x", "f.json:1:10 json.trailing-text"),
        ("", "f.json:1:1 json.missing-value"),
        ("{\"a\": 12,5}", "f.json:1:9 json.decimal-comma"),
        ("{\"a\": -0,25, \"b\": 1}", "f.json:1:9 json.decimal-comma"),
        ("{\"a\": 12, 5}", "f.json:1:11 json.key-expected"),
        ("{\"a\": 1 234}", "f.json:1:8 json.space-in-number"),
        ("{\"a\": 5\u{A0}292}", "f.json:1:8 json.space-in-number"),
        ("{\"a\":\u{A0}1}", "f.json:1:6 json.lookalike-character"),
        ("{\u{201C}a\u{201D}: 1}", "f.json:1:2 json.lookalike-character"),
        ("{\"a\": \u{2212}1}", "f.json:1:7 json.lookalike-character"),
        ("{\"a\": 1}\u{200B}", "f.json:1:9 json.lookalike-character"),
        ("{\"a\": ä}", "f.json:1:7 json.unexpected-character"),
        ("{\"a\": NaN}", "f.json:1:7 json.unexpected-character"),
        ("{\"a\": 1e999}", "f.json:1:7 json.number-too-large"),
        ("\"a\\x\"", "f.json:1:4 json.unknown-escape"),
        ("\"a\\", "f.json:1:4 json.unclosed-escape"),
        ("\"\\u12", "f.json:1:6 json.unclosed-unicode-escape"),
        ("\"\\u12x4\"", "f.json:1:6 json.short-unicode-escape"),
        ("\"\\ud800\"", "f.json:1:8 json.lone-surrogate"),
        ("\"\\ud800\\u0041\"", "f.json:1:14 json.invalid-surrogate-pair"),
    ])
    func reportsTheFirstSyntaxErrorWithItsPosition(text: String, expected: String) {
        let (node, log) = parse(text)
        #expect(node == nil)
        #expect(log.errors == [expected])
    }

    @Test func messagesNameWhatIsWrong() {
        let (_, log) = parse("{\"a\": 1,}")
        #expect(log.diagnostics.first?.message == "malformed JSON: trailing comma before '}' is not allowed in JSON")
        let (_, escape) = parse("\"a\\x\"")
        #expect(escape.diagnostics.first?.message
                == "malformed JSON: unknown escape '\\x' (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)")
    }

    @Test func messagesNameInvisibleCharactersAndGiveTheFix() {
        let (_, nbsp) = parse("{\"a\":\u{A0}1}")
        #expect(nbsp.diagnostics.first?.message == "malformed JSON: U+00A0 NO-BREAK SPACE is not JSON syntax")
        #expect(nbsp.diagnostics.first?.hint == "it looks like a space but is not one: type an ordinary space")
        let (_, comma) = parse("{\"value\": 12,4}")
        #expect(comma.diagnostics.first?.message == "malformed JSON: 12,4 is written with a decimal comma")
        #expect(comma.diagnostics.first?.hint == "write 12.4: JSON uses a decimal point")
        let (_, space) = parse("{\"a\": 5 292 777}")
        #expect(space.diagnostics.first?.hint == "write 5292: JSON numbers have no thousands separators")
        let (_, character) = parse("{\"a\": ä}")
        #expect(character.diagnostics.first?.message
                == "malformed JSON: unexpected character 'ä': a value was expected")
        let (_, tab) = parse("{\"a\": \"x\ty\"}")
        #expect(tab.diagnostics.first?.message
                == "malformed JSON: the control character U+0009 CHARACTER TABULATION must be escaped inside a string")
    }

    @Test func refusesPathologicalNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let (node, log) = parse(deep)
        #expect(node == nil)
        #expect(log.errors == ["f.json:1:257 json.too-deep"])
        #expect(log.diagnostics.first?.arguments["limit"] == .text("256"))
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
        #expect(log.errors == ["c.md:2:5 source.invalid-utf8"])
        #expect(log.diagnostics.first?.arguments["byte"] == .text("C3"))
    }

    /// Found by the fuzzer: after a lone CR (old Mac line ends) the line was counted wrong.
    @Test func countsLinesAsTheyAreQuoted() {
        #expect(decode(Array("a\rb\r\nc\rd".utf8) + [0xBF]).1.errors == ["c.md:4:2 source.invalid-utf8"])
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func rejectsSurrogatesOverlongAndTruncatedSequences(bytes: [UInt8]) {
        #expect(decode(bytes).0 == nil)
    }

    @Test func rejectsEmptyAndHugeFiles() {
        #expect(decode(Array(" \n\t\n".utf8)).1.errors == ["c.md:1:1 source.empty"])
        // Too large: the position where the limit is crossed.
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: SourceText.maximumFileSize + 1)
        #expect(decode(huge).1.errors == ["c.md:1:\(SourceText.maximumFileSize + 1) source.too-large"])
        var lines = [UInt8](repeating: UInt8(ascii: "a"), count: 8 * 1024 * 1024 - 4) + Array("\r\nbcd".utf8)
        lines += Array("efg".utf8)
        #expect(decode(lines).1.errors == ["c.md:2:3 source.too-large"])
        #expect(decode(lines).1.diagnostics.first?.message
                == "the file is 8192 KiB; content files may be at most 8 MiB, which ends here")
    }
}
