import Diagnostics

/// The keyword lines of a PX file, with positions: `KEYWORD[lang]("subkey", …)=value;`.
///
/// Values are lists of quoted strings (a string continued on the next line is written as adjacent quoted parts,
/// which are joined), bare words (`1`, `YES`) and `TLIST(…)`. `DATA=` is read separately by `PXReader`, which
/// needs its cells rather than a list of items. A syntax error stops the parse: what follows it cannot be
/// trusted, and its position is what the editor needs.
struct PXParser {
    struct Entry {
        var keyword: String
        var language: String?
        var subkeys: [String]
        var items: [Item]
        var location: SourceLocation
    }

    struct Item {
        enum Kind { case text, word, timeList }
        var kind: Kind
        /// The joined text of a quoted string, the word, or what is inside `TLIST(…)`.
        var text: String
        var location: SourceLocation
    }

    struct SyntaxError: Error {
        var code: Diagnostic.Code
        var location: SourceLocation
        var arguments: [String: String] = [:]
    }

    let bytes: [UInt8]
    let file: String
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }
    var isAtEnd: Bool { offset >= bytes.count }

    mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { advance() }
    }

    /// The keyword and what comes before `=`; nil at the end of the file.
    mutating func entryHead() throws(SyntaxError) -> Entry? {
        skipWhitespace()
        guard let first = current else { return nil }
        let start = location
        guard StatisticsReader.isKeywordByte(first) else {
            throw SyntaxError(code: .importPXSyntax, location: start, arguments: ["found": Self.describe(first)])
        }
        let keywordStart = offset
        while let byte = current, StatisticsReader.isKeywordByte(byte) { advance() }
        let keyword = String(decoding: bytes[keywordStart..<offset], as: UTF8.self).uppercased()
        var language: String?
        if current == UInt8(ascii: "[") {
            advance()
            let languageStart = offset
            while let byte = current, byte != UInt8(ascii: "]"), byte != 0x0A { advance() }
            guard current == UInt8(ascii: "]") else {
                throw SyntaxError(code: .importPXMissingCharacter, location: location,
                                  arguments: ["character": "]", "keyword": keyword + "["])
            }
            language = String(decoding: bytes[languageStart..<offset], as: UTF8.self)
            advance()
        }
        var subkeys: [String] = []
        if current == UInt8(ascii: "(") {
            advance()
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else {
                    throw SyntaxError(code: .importPXNameExpected, location: location, arguments: ["keyword": keyword])
                }
                subkeys.append(try quotedParts().text)
                skipWhitespace()
                if current == UInt8(ascii: ",") { advance(); continue }
                guard current == UInt8(ascii: ")") else {
                    throw SyntaxError(code: .importPXMissingCharacter, location: location,
                                      arguments: ["character": ")", "keyword": keyword + "(…"])
                }
                advance()
                break
            }
        }
        skipWhitespace()
        guard current == UInt8(ascii: "=") else {
            throw SyntaxError(code: .importPXEqualsExpected, location: location, arguments: ["keyword": keyword])
        }
        advance()
        return Entry(keyword: keyword, language: language, subkeys: subkeys, items: [], location: start)
    }

    /// The items of a value up to and including its `;`.
    mutating func items(of keyword: String, at start: SourceLocation) throws(SyntaxError) -> [Item] {
        var items: [Item] = []
        while true {
            skipWhitespace()
            guard let byte = current else {
                throw SyntaxError(code: .importPXUnterminated, location: start, arguments: ["keyword": keyword])
            }
            let itemStart = location
            if byte == UInt8(ascii: "\"") {
                let parts = try quotedParts()
                items.append(Item(kind: .text, text: parts.text, location: itemStart))
            } else if StatisticsReader.isKeywordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") {
                let wordStart = offset
                while let next = current, StatisticsReader.isKeywordByte(next) || next == UInt8(ascii: ".")
                    || next == UInt8(ascii: "+") { advance() }
                let word = String(decoding: bytes[wordStart..<offset], as: UTF8.self)
                if word.uppercased() == "TLIST" && current == UInt8(ascii: "(") {
                    advance()
                    let innerStart = offset
                    while let next = current, next != UInt8(ascii: ")"), next != UInt8(ascii: ";") { advance() }
                    guard current == UInt8(ascii: ")") else {
                        throw SyntaxError(code: .importPXMissingCharacter, location: itemStart,
                                          arguments: ["character": ")", "keyword": "TLIST("])
                    }
                    let inner = String(decoding: bytes[innerStart..<offset], as: UTF8.self)
                    items.append(Item(kind: .timeList, text: inner, location: itemStart))
                    advance()
                } else {
                    items.append(Item(kind: .word, text: word, location: itemStart))
                }
            } else {
                throw SyntaxError(code: .importPXUnexpectedCharacter, location: itemStart,
                                  arguments: ["character": Self.describe(byte), "keyword": keyword])
            }
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: ";"):
                advance()
                return items
            case nil:
                throw SyntaxError(code: .importPXUnterminated, location: start, arguments: ["keyword": keyword])
            default:
                throw SyntaxError(code: .importPXSeparatorExpected, location: location, arguments: ["keyword": keyword])
            }
        }
    }

    /// One quoted string, or several written one after the other (PX's way of continuing a long text on the
    /// next line), joined. A string must close on its own line, so an unbalanced quote is found where it is.
    mutating func quotedParts() throws(SyntaxError) -> (text: String, location: SourceLocation) {
        let start = location
        var text: [UInt8] = []
        repeat {
            let partStart = location
            advance()  // opening quote
            while true {
                guard let byte = current, byte != 0x0A else {
                    throw SyntaxError(code: .importPXUnclosedString, location: partStart)
                }
                advance()
                if byte == UInt8(ascii: "\"") { break }
                text.append(byte)
            }
            let saved = (offset, line, column)
            skipWhitespace()
            if current != UInt8(ascii: "\"") {
                (offset, line, column) = saved
                break
            }
        } while true
        return (String(decoding: text, as: UTF8.self), start)
    }

    static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }
}

extension PXParser {
    /// The cells after `DATA=` up to `;`: numbers, and missing-value markers written quoted (`".."`) or bare.
    /// A token that is neither is reported and read as missing, so every bad cell is listed in one run.
    mutating func dataCells(at start: SourceLocation, log: inout DiagnosticLog)
        throws(SyntaxError) -> (values: [Double?], statuses: [String?]) {
        var values: [Double?] = [], statuses: [String?] = []
        while true {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                || byte == UInt8(ascii: ",") { advance() }
            guard let byte = current else {
                throw SyntaxError(code: .importPXUnterminated, location: start, arguments: ["keyword": "DATA"])
            }
            if byte == UInt8(ascii: ";") {
                advance()
                return (values, statuses)
            }
            let tokenStart = location
            let text: Substring
            if byte == UInt8(ascii: "\"") {
                advance()
                let first = offset
                while let next = current, next != UInt8(ascii: "\""), next != 0x0A { advance() }
                guard current == UInt8(ascii: "\"") else {
                    throw SyntaxError(code: .importPXUnclosedString, location: tokenStart)
                }
                text = Substring(String(decoding: bytes[first..<offset], as: UTF8.self))
                advance()
            } else {
                let first = offset
                while let next = current, next != 0x20, next != 0x0A, next != 0x09, next != 0x0D,
                      next != UInt8(ascii: ";"), next != UInt8(ascii: ","), next != UInt8(ascii: "\"") { advance() }
                text = Substring(String(decoding: bytes[first..<offset], as: UTF8.self))
            }
            switch CellText(text) {
            case .number(let number):
                values.append(number)
                statuses.append(nil)
            case .missing(let marker):
                values.append(nil)
                statuses.append(marker.isEmpty ? nil : marker)
            case .invalid:
                log.error(.importBadNumber, at: tokenStart,
                          ["text": String(text), "format": text.contains(",") ? "PX" : nil])
                values.append(nil)
                statuses.append(nil)
            }
        }
    }
}
