import Diagnostics
import Markdown

/// Reads typed front matter fields, reporting wrong types and unknown keys with positions.
struct FrontMatterReader {
    let frontMatter: FrontMatter
    /// How the body is parsed.
    let markdownOptions: MarkdownOptions
    private var readKeys: Set<String> = []

    init(_ frontMatter: FrontMatter, markdownOptions: MarkdownOptions) {
        self.frontMatter = frontMatter
        self.markdownOptions = markdownOptions
    }

    var fileLocation: SourceLocation { SourceLocation(file: frontMatter.file, line: 1, column: 1) }

    mutating func field(_ key: String, required: Bool, log: inout DiagnosticLog) -> FrontMatter.Field? {
        readKeys.insert(key)
        guard let field = frontMatter.field(key) else {
            if required && !frontMatter.invalidKeys.contains(key) {
                log.error(.frontMatterMissingKey, at: fileLocation, ["key": key])
            }
            return nil
        }
        return field
    }

    mutating func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let field = field(key, required: required, log: &log) else { return nil }
        guard case .scalar(let text) = field.value else {
            log.error(.frontMatterNotAScalar, at: field.valueLocation, ["key": key])
            return nil
        }
        if text.isEmpty && required {
            log.error(.frontMatterEmptyValue, at: field.valueLocation, ["key": key])
            return nil
        }
        return text
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true,
                          log: inout DiagnosticLog) -> Int? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            log.error(.frontMatterNotAWholeNumber, at: frontMatter.field(key)!.valueLocation,
                      ["key": key, "lowest": range.lowerBound, "highest": range.upperBound, "value": text])
            return nil
        }
        return value
    }

    mutating func bool(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Bool? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            log.error(.frontMatterNotABoolean, at: frontMatter.field(key)!.valueLocation, ["key": key, "value": text])
            return nil
        }
    }

    mutating func date(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(text) else {
            log.error(.frontMatterInvalidDate, at: frontMatter.field(key)!.valueLocation, ["key": key, "value": text])
            return nil
        }
        return date
    }

    mutating func list(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [String]? {
        guard let field = field(key, required: required, log: &log) else { return nil }
        guard case .list(let items) = field.value else {
            log.error(.frontMatterNotAList, at: field.valueLocation, ["key": key])
            return nil
        }
        return items
    }

    func reportUnknownKeys(log: inout DiagnosticLog) {
        for field in frontMatter.fields where !readKeys.contains(field.key) {
            log.error(.frontMatterUnknownKey, at: field.location, [
                "key": field.key, "suggestion": Suggestion.closest(to: field.key, among: readKeys.sorted()),
                "valid": readKeys.sorted().joined(separator: ", "),
            ])
        }
    }

    /// The Markdown after the front matter, parsed.
    var body: MarkdownSource {
        MarkdownSource(document: MarkdownDocument(parsing: frontMatter.body, options: markdownOptions),
                       file: frontMatter.file, firstLine: frontMatter.bodyStartLine)
    }
}

extension Diagnostic.Code {
    static let frontMatterMissingKey = Diagnostic.Code(
        .frontMatter, "missing-key", "the front matter is missing the required key '{key}'",
        hint: "add a line '{key}: …' between the '---' lines")
    static let frontMatterUnknownKey = Diagnostic.Code(
        .frontMatter, "unknown-key", "unknown front matter key '{key}'",
        hints: ["did you mean '{suggestion}'?", "valid keys here: {valid}"])
    static let frontMatterNotAScalar = Diagnostic.Code(
        .frontMatter, "not-a-single-value", "'{key}' must be a single value, not a list")
    static let frontMatterEmptyValue = Diagnostic.Code(.frontMatter, "empty-value", "'{key}' is empty")
    static let frontMatterNotAWholeNumber = Diagnostic.Code(
        .frontMatter, "not-a-whole-number", "'{key}' must be a whole number from {lowest} to {highest}, not '{value}'")
    static let frontMatterNotABoolean = Diagnostic.Code(
        .frontMatter, "not-a-boolean", "'{key}' must be true or false, not '{value}'")
    static let frontMatterInvalidDate = Diagnostic.Code(
        .frontMatter, "invalid-date", "'{key}' must be a date written YYYY-MM-DD, not '{value}'")
    static let frontMatterNotAList = Diagnostic.Code(
        .frontMatter, "not-a-list", "'{key}' must be a list: write '{key}:' and then one '  - item' line per item")
}
