import Diagnostics

/// The front matter block of a Markdown file: a documented subset of YAML.
///
/// Supported, and nothing else: `key: scalar`, `key: "double quoted"`, `key: 'single quoted'`, and a key with an
/// empty value followed by `  - item` lines; `#` comments and blank lines. Anything else (nesting, flow
/// collections, multi-line scalars, tabs) is reported with its line and column instead of being guessed at.
public struct FrontMatter: Sendable {
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case list([String])
    }

    public struct Field: Sendable {
        public var key: String
        public var value: Value
        public var location: SourceLocation
        /// Where the value starts, for type errors.
        public var valueLocation: SourceLocation
        /// Quoted scalars are always strings; plain ones may be numbers or booleans.
        public var isQuoted: Bool
    }

    public var fields: [Field]
    /// Keys written on a line with a syntax error, already reported: readers do not report them missing too.
    public var invalidKeys: Set<String> = []
    /// The Markdown after the closing `---`.
    public var body: String
    /// The 1-based line in the file where `body` starts (for positions of Markdown problems).
    public var bodyStartLine: Int
    public var file: String

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// Splits a file into front matter and body. A file that does not start with `---` has no front matter.
    ///
    /// The first cause of a problem is reported at its place and the rest of the file is still read as the
    /// editor meant it, so one slip does not also produce "missing title": blank lines before the opening `---`,
    /// and a closing `---` that is missing (the block then ends before the first paragraph of body text).
    public static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let opening = lines.firstIndex(where: { !isBlank($0) }), isFence(lines[opening]) else {
            return FrontMatter(fields: [], body: text, bodyStartLine: 1, file: file)
        }
        if opening > 0 {
            log.error(.frontMatterNotAtStart, at: SourceLocation(file: file, line: opening + 1, column: 1))
        }
        let closing = lines[(opening + 1)...].firstIndex(where: isFence)
        var fieldsEnd = closing ?? lines.count
        var bodyStart = closing.map { $0 + 1 } ?? lines.count
        if let runaway = firstBodyLine(lines, from: opening + 1, to: closing ?? lines.count, closed: closing != nil)
            ?? (closing == nil ? lines.count : nil) {
            // The closing `---` is missing: the block ends at its last key, and the text after it is the body.
            var last = runaway
            while last > opening + 1 && isBlank(lines[last - 1]) { last -= 1 }
            log.error(.frontMatterUnclosed, at: SourceLocation(file: file, line: opening + 1, column: 1),
                      ["line": last])
            fieldsEnd = last
            bodyStart = runaway
        }
        var reader = Reader(file: file)
        for lineIndex in (opening + 1)..<max(opening + 1, fieldsEnd) {
            reader.read(line: lines[lineIndex], number: lineIndex + 1, log: &log)
        }
        reader.finishList()
        let body = bodyStart < lines.count ? lines[bodyStart...].joined(separator: "\n") + "\n" : ""
        return FrontMatter(fields: reader.fields, invalidKeys: reader.invalidKeys, body: body,
                           bodyStartLine: bodyStart + 1, file: file)
    }

    static func isFence(_ line: Substring) -> Bool { line.trimmingTrailingSpaces() == "---" }

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    /// The first line of body text inside what would be the front matter: a line that cannot be front matter
    /// (no `key:` in its first word, not a list item, comment or indented line) after a blank line, or anywhere
    /// when the block is never closed. Nil when every line reads as front matter.
    static func firstBodyLine(_ lines: [Substring], from start: Int, to end: Int, closed: Bool) -> Int? {
        var afterBlank = false
        for index in start..<max(start, end) {
            let line = lines[index]
            if isBlank(line) {
                afterBlank = true
                continue
            }
            if !looksLikeFrontMatter(line) && (afterBlank || !closed) { return index }
        }
        return nil
    }

    static func looksLikeFrontMatter(_ line: Substring) -> Bool {
        guard let first = line.first else { return true }
        if first == "#" || first == "-" || first == " " || first == "\t" { return true }
        let word = line.prefix { $0 != " " && $0 != "\t" && !$0.isWhitespace }
        return word.contains(":")
    }

    private struct Reader {
        let file: String
        var fields: [Field] = []
        var invalidKeys: Set<String> = []
        var openList: (index: Int, items: [String])?

        init(file: String) { self.file = file }

        mutating func finishList() {
            if let list = openList {
                fields[list.index].value = .list(list.items)
                openList = nil
            }
        }

        mutating func read(line: Substring, number: Int, log: inout DiagnosticLog) {
            func location(_ column: Int) -> SourceLocation {
                SourceLocation(file: file, line: number, column: column)
            }
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            if let first = trimmed.unicodeScalars.first, first == "\t" || CharacterName.lookalikes[first.value] != nil {
                finishList()
                reportCharacter(first, at: location(indent + 1), log: &log)
                return
            }

            if trimmed.hasPrefix("-") {
                let afterDash = trimmed.dropFirst().unicodeScalars.first
                if let afterDash, afterDash != " ",
                   afterDash == "\t" || CharacterName.lookalikes[afterDash.value] != nil {
                    reportCharacter(afterDash, at: location(indent + 2), log: &log)
                    return
                }
            }
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                guard openList != nil else {
                    log.error(.frontMatterItemWithoutKey, at: location(indent + 1))
                    return
                }
                let raw = trimmed.dropFirst(1).drop { $0 == " " }
                let column = indent + 1 + (trimmed.count - raw.count)
                if let tab = raw.firstIndex(of: "\t") {
                    log.error(.frontMatterTab, at: location(column + raw.distance(from: raw.startIndex, to: tab)))
                    return
                }
                if let item = scalar(raw, key: nil, column: column, line: number, log: &log) {
                    openList!.items.append(item.text)
                }
                return
            }
            finishList()
            if indent > 0 {
                log.error(.frontMatterIndentation, at: location(1))
                return
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                log.error(.frontMatterKeyValueExpected, at: location(1))
                return
            }
            let key = String(trimmed[..<colon])
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                log.error(.frontMatterInvalidKey, at: location(1), ["key": key])
                return
            }
            if fields.contains(where: { $0.key == key }) || invalidKeys.contains(key) {
                log.error(.frontMatterDuplicateKey, at: location(1), ["key": key])
                return
            }
            var afterColon = trimmed[trimmed.index(after: colon)...]
            if let first = afterColon.unicodeScalars.first, first != " ",
               first == "\t" || CharacterName.lookalikes[first.value] != nil {
                // `title:⇥Otsikko` or a no-break space: report the character, then read the value as meant.
                reportCharacter(first, at: location(key.count + 2), key: key, log: &log)
                invalidKeys.insert(key)
                afterColon = afterColon.dropFirst()
            } else if !afterColon.isEmpty && afterColon.first != " " {
                log.error(.frontMatterSpaceAfterColon, at: location(key.count + 2), ["key": key])
                invalidKeys.insert(key)
                return
            }
            let rawValue = afterColon.drop { $0 == " " }
            let valueColumn = key.count + 2 + (trimmed[trimmed.index(after: colon)...].count - rawValue.count)
            if let tab = rawValue.firstIndex(of: "\t") {
                let column = valueColumn + rawValue.distance(from: rawValue.startIndex, to: tab)
                log.error(.frontMatterTab, at: location(column))
                invalidKeys.insert(key)
                return
            }
            let fieldLocation = location(1)
            if rawValue.isEmpty {
                guard !invalidKeys.contains(key) else { return }
                fields.append(Field(key: key, value: .list([]), location: fieldLocation,
                                    valueLocation: location(valueColumn), isQuoted: false))
                openList = (fields.count - 1, [])
                return
            }
            guard let value = scalar(rawValue, key: key, column: valueColumn, line: number, log: &log) else {
                invalidKeys.insert(key)
                return
            }
            guard !invalidKeys.contains(key) else { return }
            fields.append(Field(key: key, value: .scalar(value.text), location: fieldLocation,
                                valueLocation: location(valueColumn), isQuoted: value.quoted))
        }

        /// A tab or a character that only looks like a space, named so the editor can find it.
        func reportCharacter(_ scalar: Unicode.Scalar, at location: SourceLocation, key: String? = nil,
                             log: inout DiagnosticLog) {
            if scalar == "\t" {
                log.error(.frontMatterTab, at: location, ["key": key])
            } else {
                log.error(.frontMatterLookalike, at: location, [
                    "character": CharacterName.describe(scalar), "key": key,
                    "fix": CharacterName.lookalikes[scalar.value]?.fix,
                ])
            }
        }

        /// A plain or quoted scalar; nil (with an error) when it uses unsupported YAML.
        func scalar(_ raw: Substring, key: String?, column: Int, line: Int,
                    log: inout DiagnosticLog) -> (text: String, quoted: Bool)? {
            let location = SourceLocation(file: file, line: line, column: column)
            let text = raw.trimmingTrailingSpaces()
            guard let first = text.first else { return ("", false) }
            switch first {
            case "\"":
                return doubleQuoted(text, location: location, log: &log).map { ($0, true) }
            case "'":
                var result = ""
                var index = text.index(after: text.startIndex)
                while index < text.endIndex {
                    let character = text[index]
                    if character == "'" {
                        let next = text.index(after: index)
                        if next < text.endIndex && text[next] == "'" {
                            result.append("'")
                            index = text.index(after: next)
                            continue
                        }
                        if next != text.endIndex {
                            log.error(.frontMatterTextAfterQuote, at: location)
                            return nil
                        }
                        return (result, true)
                    }
                    result.append(character)
                    index = text.index(after: index)
                }
                log.error(.frontMatterUnclosedQuote, at: location, ["quote": "'"])
                return nil
            case "[", "{":
                log.error(.frontMatterFlowCollection, at: location, ["character": String(first)])
                return nil
            case "|", ">":
                log.error(.frontMatterMultiLineValue, at: location, ["character": String(first)])
                return nil
            case "&", "*", "!", "%", "@", "`":
                log.error(.frontMatterReservedCharacter, at: location, ["character": String(first)])
                return nil
            default:
                if let comment = text.firstRange(of: " #") {
                    return (String(text[..<comment.lowerBound]).trimmingTrailingSpaces(), false)
                }
                if text.contains(": ") {
                    var quoted = "\""
                    for character in text {
                        if character == "\"" || character == "\\" { quoted.append("\\") }
                        quoted.append(character)
                    }
                    quoted.append("\"")
                    log.error(.frontMatterUnquotedColon, at: location,
                              ["written": key.map { "\($0): \(quoted)" } ?? "- \(quoted)"])
                    return nil
                }
                return (text, false)
            }
        }

        func doubleQuoted(_ text: String, location: SourceLocation, log: inout DiagnosticLog) -> String? {
            var result = ""
            var iterator = text.unicodeScalars.dropFirst().makeIterator()
            while let scalar = iterator.next() {
                switch scalar {
                case "\"":
                    if iterator.next() != nil {
                        log.error(.frontMatterTextAfterQuote, at: location)
                        return nil
                    }
                    return result
                case "\\":
                    switch iterator.next() {
                    case "\"": result.append("\"")
                    case "\\": result.append("\\")
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "/": result.append("/")
                    case let other?:
                        log.error(.frontMatterUnknownEscape, at: location, ["character": String(other)])
                        return nil
                    case nil:
                        break
                    }
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
            log.error(.frontMatterUnclosedQuote, at: location, ["quote": "\""])
            return nil
        }
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}

extension Diagnostic.Code {
    static let frontMatterUnclosed = Diagnostic.Code(
        .frontMatter, "unclosed", "the front matter that starts here is not closed: a line with only '---' is missing",
        hint: "add a line '---' after line {line}, before the text")
    static let frontMatterNotAtStart = Diagnostic.Code(
        .frontMatter, "not-at-start",
        "the front matter must start on the first line of the file, not after blank lines",
        hint: "delete the blank lines above '---'")
    static let frontMatterTab = Diagnostic.Code(
        .frontMatter, "tab", "tabs are not allowed in front matter",
        hints: ["write a space after '{key}:' instead of the tab", "use spaces instead of tabs"])
    static let frontMatterLookalike = Diagnostic.Code(
        .frontMatter, "lookalike-character", "the front matter has {character} here, where a space is expected",
        hints: ["after '{key}:' {fix}", "{fix}"])
    static let frontMatterItemWithoutKey = Diagnostic.Code(
        .frontMatter, "item-without-key", "a list item without a key above it",
        hint: "write 'key:' on its own line before the '- item' lines")
    static let frontMatterIndentation = Diagnostic.Code(
        .frontMatter, "indentation", "unexpected indentation: nested values are not supported in front matter",
        hint: "write every key at the start of the line as 'key: value'")
    static let frontMatterKeyValueExpected = Diagnostic.Code(
        .frontMatter, "key-value-expected", "expected 'key: value'",
        hint: "every front matter line is 'key: value' or '  - item'")
    static let frontMatterInvalidKey = Diagnostic.Code(
        .frontMatter, "invalid-key", "'{key}' is not a valid key: keys use lower-case letters, digits and '_'")
    static let frontMatterDuplicateKey = Diagnostic.Code(
        .frontMatter, "duplicate-key", "the key '{key}' appears twice", hint: "keep one of them")
    static let frontMatterSpaceAfterColon = Diagnostic.Code(
        .frontMatter, "space-after-colon", "a space is needed after '{key}:'")
    static let frontMatterTextAfterQuote = Diagnostic.Code(
        .frontMatter, "text-after-quote", "unexpected text after the closing quote")
    static let frontMatterUnclosedQuote = Diagnostic.Code(
        .frontMatter, "unclosed-quote", "the quoted value is not closed: a closing {quote} is missing",
        hint: "end the value with {quote} on the same line")
    static let frontMatterFlowCollection = Diagnostic.Code(
        .frontMatter, "flow-collection", "flow collections ('{character}…') are not supported in front matter",
        hint: "write a list as lines starting with '  - '")
    static let frontMatterMultiLineValue = Diagnostic.Code(
        .frontMatter, "multi-line-value", "multi-line values ('{character}') are not supported in front matter",
        hint: "write the value on one line, or move long text into the Markdown body")
    static let frontMatterReservedCharacter = Diagnostic.Code(
        .frontMatter, "reserved-character", "a value cannot start with '{character}' unless it is quoted",
        hint: "put the value in double quotes")
    static let frontMatterUnquotedColon = Diagnostic.Code(
        .frontMatter, "unquoted-colon", "a value containing ': ' must be quoted",
        hint: "write {written}")
    static let frontMatterUnknownEscape = Diagnostic.Code(
        .frontMatter, "unknown-escape", "unknown escape '\\{character}' in a quoted value",
        hint: "use \\\" for a quote and \\\\ for a backslash")
}
