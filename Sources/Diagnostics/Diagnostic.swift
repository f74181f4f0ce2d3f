/// One problem found in the content, located as precisely as the build can tell.
///
/// Diagnostics are values: every stage returns them instead of throwing, so a single run reports every
/// problem in every file, the way a compiler does.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The file's path as the editor knows it (relative to the content folder's parent, e.g. `Content/areas.json`).
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 when the problem concerns the whole file or line.
    public var column: Int
    public var message: String
    /// How to fix it, when the build can say (e.g. "did you mean 'etela-karjala'?").
    public var hint: String?

    public init(
        _ severity: Severity, file: String, line: Int = 0, column: Int = 0, message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    public static func error(
        _ message: String, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, file: location.file, line: location.line, column: location.column, message: message, hint: hint)
    }

    public static func warning(
        _ message: String, at location: SourceLocation, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, file: location.file, line: location.line, column: location.column, message: message, hint: hint)
    }

    /// `path:line:col: error: message`, the form editors' tools and terminals recognise.
    public var summaryLine: String {
        var position = file
        if line > 0 { position += ":\(line)" }
        if line > 0 && column > 0 { position += ":\(column)" }
        return "\(position): \(severity.rawValue): \(message)"
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
