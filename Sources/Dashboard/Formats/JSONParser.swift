import Diagnostics

/// A strict RFC 8259 JSON parser over UTF-8 bytes that records the line and column of every value.
///
/// Foundation's `JSONSerialization` reports neither positions nor duplicate keys, and editors need both.
public struct JSONParser {
    /// Where parsing stopped and why; the first syntax error ends the parse.
    struct SyntaxError: Error {
        var diagnostic: Diagnostic
    }

    private let bytes: [UInt8]
    private let file: String
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private static let maximumDepth = 256

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// Parses a whole document, or reports its first syntax error and returns nil. The bytes must already be
    /// valid UTF-8 (the loader checks that first).
    public static func parse(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> JSONNode? {
        var parser = JSONParser(bytes: bytes, file: file)
        do throws(SyntaxError) {
            parser.skipWhitespace()
            let node = try parser.parseValue()
            parser.skipWhitespace()
            if parser.offset < parser.bytes.count { throw parser.error(.jsonTrailingText) }
            return node
        } catch {
            log.append(error.diagnostic)
            return nil
        }
    }

    /// An error at the current position. A character there that only looks like JSON syntax (a no-break space,
    /// a typographic quote, a minus sign) is the real cause, so it is named instead.
    private func error(_ code: Diagnostic.Code, _ arguments: [String: String] = [:]) -> SyntaxError {
        if let scalar = CharacterName.scalar(in: bytes, at: offset),
           let lookalike = CharacterName.lookalikes[scalar.value], scalar.value >= 0x80 {
            return SyntaxError(diagnostic: Diagnostic(.error, .jsonLookalike, at: location, [
                "character": CharacterName.describe(scalar), "fix": lookalike.fix,
            ]))
        }
        return error(code, arguments, at: location)
    }

    private func error(_ code: Diagnostic.Code, _ arguments: [String: String] = [:],
                       at location: SourceLocation) -> SyntaxError {
        SyntaxError(diagnostic: Diagnostic(.error, code, at: location, arguments))
    }

    private var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            advance()
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONNode {
        let start = location
        guard let byte = current else { throw error(.jsonMissingValue) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), location: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(value: .bool(true), location: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(value: .bool(false), location: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(value: .null, location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), location: start)
        case UInt8(ascii: "'"):
            throw error(.jsonSingleQuotes)
        default:
            throw error(.jsonUnexpectedCharacter, ["character": currentCharacter])
        }
    }

    /// The character at the current position, as messages show it.
    private var currentCharacter: String {
        CharacterName.scalar(in: bytes, at: offset).map(CharacterName.describe) ?? ""
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let start = location
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard current == expected else {
                throw error(.jsonUnknownWord, ["word": "\(word)"], at: start)
            }
            advance()
        }
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.jsonTooDeep, ["limit": "\(Self.maximumDepth)"]) }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONNode {
        let start = location
        try enter()
        defer { depth -= 1 }
        advance()  // {
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            return JSONNode(value: .object(members), location: start)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw error(.jsonTrailingComma, ["bracket": "}"]) }
                if current == nil { throw error(.jsonUnclosedObject) }
                throw error(.jsonKeyExpected)
            }
            let keyLocation = location
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.jsonColonExpected, ["key": key]) }
            advance()
            skipWhitespace()
            let valueStart = offset
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
            let valueEnd = location
            try checkNumberContinues(after: value, from: valueStart)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                try checkDecimalComma(after: value, from: valueStart)
                advance()
            case UInt8(ascii: "}"):
                advance()
                return JSONNode(value: .object(members), location: start)
            case nil: throw error(.jsonUnclosedObject)
            // The next member has started: the comma is missing where the value ended, not where the key begins.
            case UInt8(ascii: "\""): throw error(.jsonObjectCommaExpected, at: valueEnd)
            default: throw error(.jsonObjectCommaExpected)
            }
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONNode {
        let start = location
        try enter()
        defer { depth -= 1 }
        advance()  // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            return JSONNode(value: .array(elements), location: start)
        }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw error(.jsonTrailingComma, ["bracket": "]"]) }
            let valueStart = offset
            let element = try parseValue()
            elements.append(element)
            let valueEnd = location
            try checkNumberContinues(after: element, from: valueStart)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                return JSONNode(value: .array(elements), location: start)
            case nil: throw error(.jsonUnclosedList)
            case let byte? where Array("\"{[-0123456789tfn".utf8).contains(byte):
                // The next element has started: the comma is missing where the previous one ended.
                throw error(.jsonListCommaExpected, at: valueEnd)
            default: throw error(.jsonListCommaExpected)
            }
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        advance()  // opening quote
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            if !run.isEmpty {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard let byte = current else { throw error(.jsonUnclosedString) }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                advance()
                scalars.append(try parseEscape())
            case 0x0A, 0x0D:
                throw error(.jsonLineBreakInString)
            case ..<0x20:
                throw error(.jsonControlCharacter, ["character": currentCharacter])
            default:
                run.append(byte)
                advance()
            }
        }
    }

    private mutating func parseEscape() throws(SyntaxError) -> Unicode.Scalar {
        guard let byte = current else { throw error(.jsonUnclosedEscape) }
        let escapeStart = location
        let escaped = byte >= 0x21 && byte < 0x7F ? String(UnicodeScalar(byte)) : currentCharacter
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard current == UInt8(ascii: "\\") else { throw error(.jsonLoneSurrogate) }
                advance()
                guard current == UInt8(ascii: "u") else { throw error(.jsonLoneSurrogate) }
                advance()
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error(.jsonInvalidSurrogatePair) }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw error(.jsonLoneSurrogate) }
            return scalar
        default:
            throw error(.jsonUnknownEscape, ["character": escaped], at: escapeStart)
        }
    }

    private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw error(.jsonUnclosedUnicodeEscape) }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error(.jsonShortUnicodeEscape)
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = offset
        let startLocation = location
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            throw error(.jsonDigitExpected)
        }
        if first == UInt8(ascii: "0") {
            advance()
            if let next = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) {
                throw error(.jsonLeadingZero, at: startLocation)
            }
        } else {
            skipDigits()
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard let digit = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else {
                throw error(.jsonFractionDigitExpected)
            }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let digit = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else {
                throw error(.jsonExponentDigitExpected)
            }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error(.jsonNumberTooLarge, ["number": text], at: startLocation)
        }
        return value
    }

    /// `"value": 12,4` in an object: a decimal comma, since a key, not a digit, follows a member's comma.
    private func checkDecimalComma(after value: JSONNode, from valueStart: Int) throws(SyntaxError) {
        guard case .number = value.value else { return }
        let digits = bytes[(offset + 1)...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !digits.isEmpty else { return }
        let whole = String(decoding: bytes[valueStart..<offset], as: UTF8.self)
        let fraction = String(decoding: digits, as: UTF8.self)
        throw error(.jsonDecimalComma, ["number": whole + "," + fraction, "fixed": whole + "." + fraction],
                    at: location)
    }

    /// `1 234` or `1\u{A0}234`: a thousands separator inside a number, which JSON does not have.
    private func checkNumberContinues(after value: JSONNode, from valueStart: Int) throws(SyntaxError) {
        guard case .number = value.value else { return }
        var index = offset
        var sawSeparator = false
        while index < bytes.count {
            if bytes[index] == 0x20 {
                index += 1
            } else if let scalar = CharacterName.scalar(in: bytes, at: index),
                      [0xA0, 0x202F, 0x2009, 0x2007].contains(scalar.value) {
                index += String(scalar).utf8.count
            } else {
                break
            }
            sawSeparator = true
        }
        guard sawSeparator, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else {
            return
        }
        let whole = String(decoding: bytes[valueStart..<offset], as: UTF8.self)
        let rest = String(decoding: bytes[index...].prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) },
                          as: UTF8.self)
        throw error(.jsonSpaceInNumber, ["fixed": whole + rest], at: location)
    }

    private mutating func skipDigits() {
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { advance() }
    }
}

extension Diagnostic.Code {
    static let jsonTrailingText = Diagnostic.Code(
        .json, "trailing-text", "malformed JSON: unexpected text after the end of the JSON value")
    static let jsonMissingValue = Diagnostic.Code(
        .json, "missing-value", "malformed JSON: unexpected end of file: a value was expected")
    static let jsonSingleQuotes = Diagnostic.Code(
        .json, "single-quotes", "malformed JSON: strings must use double quotes (\"), not single quotes")
    static let jsonUnexpectedCharacter = Diagnostic.Code(
        .json, "unexpected-character", "malformed JSON: unexpected character {character}: a value was expected")
    static let jsonLookalike = Diagnostic.Code(
        .json, "lookalike-character", "malformed JSON: {character} is not JSON syntax", hint: "{fix}")
    static let jsonDecimalComma = Diagnostic.Code(
        .json, "decimal-comma", "malformed JSON: {number} is written with a decimal comma",
        hint: "write {fixed}: JSON uses a decimal point")
    static let jsonSpaceInNumber = Diagnostic.Code(
        .json, "space-in-number", "malformed JSON: a number cannot contain spaces",
        hint: "write {fixed}: JSON numbers have no thousands separators")
    static let jsonUnknownWord = Diagnostic.Code(
        .json, "unknown-word",
        "malformed JSON: unknown word: expected '{word}' (JSON words are true, false and null, in lower case)")
    static let jsonTooDeep = Diagnostic.Code(
        .json, "too-deep", "malformed JSON: values are nested more than {limit} levels deep")
    static let jsonTrailingComma = Diagnostic.Code(
        .json, "trailing-comma", "malformed JSON: trailing comma before '{bracket}' is not allowed in JSON")
    static let jsonUnclosedObject = Diagnostic.Code(
        .json, "unclosed-object", "malformed JSON: unexpected end of file inside an object: '}' is missing")
    static let jsonKeyExpected = Diagnostic.Code(
        .json, "key-expected", "malformed JSON: a key in double quotes was expected")
    static let jsonColonExpected = Diagnostic.Code(
        .json, "colon-expected", "malformed JSON: ':' was expected after the key \"{key}\"")
    static let jsonObjectCommaExpected = Diagnostic.Code(
        .json, "object-comma-expected",
        "malformed JSON: ',' or '}' was expected after a member (is a comma missing?)")
    static let jsonUnclosedList = Diagnostic.Code(
        .json, "unclosed-list", "malformed JSON: unexpected end of file inside a list: ']' is missing")
    static let jsonListCommaExpected = Diagnostic.Code(
        .json, "list-comma-expected",
        "malformed JSON: ',' or ']' was expected after a list element (is a comma missing?)")
    static let jsonUnclosedString = Diagnostic.Code(
        .json, "unclosed-string", "malformed JSON: unexpected end of file inside a string: '\"' is missing")
    static let jsonLineBreakInString = Diagnostic.Code(
        .json, "line-break-in-string", "malformed JSON: a string cannot continue over a line break: '\"' is missing")
    static let jsonControlCharacter = Diagnostic.Code(
        .json, "control-character", "malformed JSON: the control character {character} must be escaped inside a string",
        hint: "write a tab as \\t and a line break as \\n, or delete the character")
    static let jsonUnclosedEscape = Diagnostic.Code(
        .json, "unclosed-escape", "malformed JSON: unexpected end of file after '\\'")
    static let jsonUnknownEscape = Diagnostic.Code(
        .json, "unknown-escape",
        "malformed JSON: unknown escape '\\{character}' (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)")
    static let jsonLoneSurrogate = Diagnostic.Code(
        .json, "lone-surrogate", "malformed JSON: a lone surrogate \\u escape is not a character")
    static let jsonInvalidSurrogatePair = Diagnostic.Code(
        .json, "invalid-surrogate-pair", "malformed JSON: invalid surrogate pair in \\u escapes")
    static let jsonUnclosedUnicodeEscape = Diagnostic.Code(
        .json, "unclosed-unicode-escape", "malformed JSON: unexpected end of file in a \\u escape")
    static let jsonShortUnicodeEscape = Diagnostic.Code(
        .json, "short-unicode-escape", "malformed JSON: a \\u escape needs four hexadecimal digits")
    static let jsonDigitExpected = Diagnostic.Code(
        .json, "digit-expected", "malformed JSON: a digit was expected in the number")
    static let jsonLeadingZero = Diagnostic.Code(
        .json, "leading-zero", "malformed JSON: numbers cannot start with 0 (write 5, not 05)")
    static let jsonFractionDigitExpected = Diagnostic.Code(
        .json, "fraction-digit-expected", "malformed JSON: a digit was expected after the decimal point")
    static let jsonExponentDigitExpected = Diagnostic.Code(
        .json, "exponent-digit-expected", "malformed JSON: a digit was expected in the exponent")
    static let jsonNumberTooLarge = Diagnostic.Code(
        .json, "number-too-large", "malformed JSON: the number {number} is too large")
}
