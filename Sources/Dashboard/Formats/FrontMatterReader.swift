import Diagnostics

/// Reads typed front matter fields, reporting wrong types and unknown keys with positions.
struct FrontMatterReader {
    let frontMatter: FrontMatter
    private var readKeys: Set<String> = []

    init(_ frontMatter: FrontMatter) { self.frontMatter = frontMatter }

    var fileLocation: SourceLocation { SourceLocation(file: frontMatter.file, line: 1, column: 1) }

    mutating func field(_ key: String, required: Bool, log: inout DiagnosticLog) -> FrontMatter.Field? {
        readKeys.insert(key)
        guard let field = frontMatter.field(key) else {
            if required {
                log.error("the front matter is missing the required key '\(key)'", at: fileLocation,
                          hint: "add a line '\(key): …' between the '---' lines")
            }
            return nil
        }
        return field
    }

    mutating func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let field = field(key, required: required, log: &log) else { return nil }
        guard case .scalar(let text) = field.value else {
            log.error("'\(key)' must be a single value, not a list", at: field.valueLocation)
            return nil
        }
        if text.isEmpty && required {
            log.error("'\(key)' is empty", at: field.valueLocation)
            return nil
        }
        return text
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true,
                          log: inout DiagnosticLog) -> Int? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            log.error("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                      at: frontMatter.field(key)!.valueLocation)
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
            log.error("'\(key)' must be true or false, not '\(text)'", at: frontMatter.field(key)!.valueLocation)
            return nil
        }
    }

    mutating func date(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(text) else {
            log.error("'\(key)' must be a date written YYYY-MM-DD, not '\(text)'",
                      at: frontMatter.field(key)!.valueLocation)
            return nil
        }
        return date
    }

    mutating func list(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [String]? {
        guard let field = field(key, required: required, log: &log) else { return nil }
        guard case .list(let items) = field.value else {
            log.error("'\(key)' must be a list: write '\(key):' and then one '  - item' line per item",
                      at: field.valueLocation)
            return nil
        }
        return items
    }

    func reportUnknownKeys(log: inout DiagnosticLog) {
        for field in frontMatter.fields where !readKeys.contains(field.key) {
            log.error("unknown front matter key '\(field.key)'", at: field.location,
                      hint: Suggestion.hint(for: field.key, among: readKeys.sorted())
                        ?? "valid keys here: \(readKeys.sorted().joined(separator: ", "))")
        }
    }

    var body: MarkdownSource {
        MarkdownSource(text: frontMatter.body, file: frontMatter.file, firstLine: frontMatter.bodyStartLine)
    }
}
