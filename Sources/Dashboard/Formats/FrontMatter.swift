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
    /// The Markdown after the closing `---`.
    public var body: String
    /// The 1-based line in the file where `body` starts (for positions of Markdown problems).
    public var bodyStartLine: Int
    public var file: String

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// Splits a file into front matter and body. A file that does not start with `---` has no front matter.
    public static func parse(_ text: String, file: String, log: inout DiagnosticLog) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return FrontMatter(fields: [], body: text, bodyStartLine: 1, file: file)
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingSpaces() == "---" }) else {
            log.error(.frontMatterUnclosed, at: SourceLocation(file: file, line: 1, column: 1))
            return FrontMatter(fields: [], body: "", bodyStartLine: lines.count + 1, file: file)
        }
        var reader = Reader(file: file)
        for lineIndex in 1..<closing {
            reader.read(line: lines[lineIndex], number: lineIndex + 1, log: &log)
        }
        reader.finishList()
        let body = lines[(closing + 1)...].joined(separator: "\n") + (closing + 1 < lines.count ? "\n" : "")
        return FrontMatter(fields: reader.fields, body: body, bodyStartLine: closing + 2, file: file)
    }

    private struct Reader {
        let file: String
        var fields: [Field] = []
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
            if let tab = line.firstIndex(of: "\t") {
                log.error(.frontMatterTab, at: location(line.distance(from: line.startIndex, to: tab) + 1))
                return
            }
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }

            if trimmed.hasPrefix("- ") || trimmed == "-" {
                guard openList != nil else {
                    log.error(.frontMatterItemWithoutKey, at: location(indent + 1))
                    return
                }
                let raw = trimmed.dropFirst(1).drop { $0 == " " }
                let column = indent + 1 + (trimmed.count - raw.count)
                if let item = scalar(raw, column: column, line: number, log: &log) {
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
            if fields.contains(where: { $0.key == key }) {
                log.error(.frontMatterDuplicateKey, at: location(1), ["key": key])
                return
            }
            let afterColon = trimmed[trimmed.index(after: colon)...]
            if !afterColon.isEmpty && afterColon.first != " " {
                log.error(.frontMatterSpaceAfterColon, at: location(key.count + 2))
                return
            }
            let rawValue = afterColon.drop { $0 == " " }
            let valueColumn = key.count + 2 + (afterColon.count - rawValue.count)
            let fieldLocation = location(1)
            if rawValue.isEmpty {
                fields.append(Field(key: key, value: .list([]), location: fieldLocation,
                                    valueLocation: location(valueColumn), isQuoted: false))
                openList = (fields.count - 1, [])
                return
            }
            guard let value = scalar(rawValue, column: valueColumn, line: number, log: &log) else { return }
            fields.append(Field(key: key, value: .scalar(value.text), location: fieldLocation,
                                valueLocation: location(valueColumn), isQuoted: value.quoted))
        }

        /// A plain or quoted scalar; nil (with an error) when it uses unsupported YAML.
        func scalar(_ raw: Substring, column: Int, line: Int, log: inout DiagnosticLog) -> (text: String, quoted: Bool)? {
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
                    log.error(.frontMatterUnquotedColon, at: location)
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
        .frontMatter, "unclosed", "the front matter is not closed: a line with only '---' is missing",
        hint: "end the front matter block with a line '---' before the text")
    static let frontMatterTab = Diagnostic.Code(
        .frontMatter, "tab", "tabs are not allowed in front matter", hint: "indent with spaces")
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
        .frontMatter, "space-after-colon", "a space is needed after ':'")
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
        hint: "put the value in double quotes")
    static let frontMatterUnknownEscape = Diagnostic.Code(
        .frontMatter, "unknown-escape", "unknown escape '\\{character}' in a quoted value",
        hint: "use \\\" for a quote and \\\\ for a backslash")
}
