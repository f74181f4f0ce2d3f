/// One problem found in the content, located as precisely as the build can tell.
///
/// Diagnostics are values: every stage returns them instead of throwing, so a single run reports every
/// problem in every file, the way a compiler does. A diagnostic keeps its code and the named values its
/// message refers to, not a finished sentence, so the same diagnostic can be shown in another language.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// What kind of problem this is: the stable identity tests and docs/EDITING.md use.
    public var code: Code
    /// The file's path as the editor knows it (relative to the content folder's parent, e.g. `Content/areas.json`).
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when the problem concerns the whole file or line.
    public var column: Int
    /// The values the code's templates name, e.g. `area` in `unknown area "{area}"`.
    public var arguments: [String: Argument]

    /// A diagnostic of `code` at `location`. `arguments` fill the code's templates; a nil value is left out,
    /// so a hint that needs it (such as "did you mean '{suggestion}'?") is not shown.
    public init(
        _ severity: Severity, _ code: Code, at location: SourceLocation,
        _ arguments: [String: (any DiagnosticArgument)?] = [:]
    ) {
        self.severity = severity
        self.code = code
        self.file = location.file
        self.line = location.line
        self.column = location.column
        self.arguments = arguments.compactMapValues { $0?.diagnosticArgument }
        assert(code.english.accepts(Set(self.arguments.keys)),
               "\(code): arguments \(self.arguments.keys.sorted()) do not fit its templates")
    }

    /// What is wrong, in English.
    public var message: String { message(in: .english) }

    /// How to fix it, in English, when the build can say (e.g. "did you mean 'etela-karjala'?").
    public var hint: String? { hint(in: .english) }

    /// What is wrong, in `language` (in English when its table lacks the code).
    public func message(in language: Language) -> String {
        code.template(in: language).message(arguments.mapValues { $0.text(in: language) })
    }

    /// How to fix it, in `language`, when the build can say.
    public func hint(in language: Language) -> String? {
        code.template(in: language).hint(arguments.mapValues { $0.text(in: language) })
    }

    /// `path:line:col`, or less when the line or column is not known.
    public var position: String {
        var position = file
        if line > 0 { position += ":\(line)" }
        if line > 0 && column > 0 { position += ":\(column)" }
        return position
    }

    /// `path:line:col: error: message [code]`, the form editors' tools and terminals recognise.
    public var summaryLine: String { summaryLine(in: .english) }

    /// The summary line with the message in `language`; the severity and the code stay as they are, so tools
    /// read the line alike in every language.
    public func summaryLine(in language: Language) -> String {
        "\(position): \(severity.rawValue): \(message(in: language)) [\(code)]"
    }
}

/// A place in a content file.
public struct SourceLocation: Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}
