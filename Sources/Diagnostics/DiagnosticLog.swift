/// Collects diagnostics across a stage. Stages take it `inout` and keep going after a problem.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: other)
    }

    /// Records an error of `code` at `location`; `arguments` fill the code's templates.
    public mutating func error(
        _ code: Diagnostic.Code, at location: SourceLocation, _ arguments: [String: (any DiagnosticArgument)?] = [:]
    ) {
        append(Diagnostic(.error, code, at: location, arguments))
    }

    /// Records a warning of `code` at `location`; `arguments` fill the code's templates.
    public mutating func warning(
        _ code: Diagnostic.Code, at location: SourceLocation, _ arguments: [String: (any DiagnosticArgument)?] = [:]
    ) {
        append(Diagnostic(.warning, code, at: location, arguments))
    }

    /// Diagnostics in a stable order (file, line, column), so output does not depend on scheduling.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Turns every warning into an error (`--strict`).
    public mutating func promoteWarnings() {
        for index in diagnostics.indices where diagnostics[index].severity == .warning {
            diagnostics[index].severity = .error
        }
    }
}
