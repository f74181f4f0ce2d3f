import Diagnostics

/// The kinds of problem the importer reports. Each is a `Diagnostic.Code` in the `import` category, so messages,
/// docs and tests can name them (`import.bad-period`).
extension Diagnostic.Code {
    static let importUnreadable = Diagnostic.Code(.importing, "unreadable-file", "{message}", hint: "{hint}")
    static let importEncoding = Diagnostic.Code(.importing, "encoding", "{message}", hint: "{hint}")
    static let importJSONSyntax = Diagnostic.Code(.importing, "json-syntax", "{message}", hint: "{hint}")
    static let importUnknownFormat = Diagnostic.Code(.importing, "unknown-format", "{message}", hint: "{hint}")
    static let importUnsupported = Diagnostic.Code(.importing, "unsupported", "{message}", hint: "{hint}")
    static let importWrongType = Diagnostic.Code(.importing, "wrong-type", "{message}", hint: "{hint}")
    static let importMissingKey = Diagnostic.Code(.importing, "missing-key", "{message}", hint: "{hint}")
    static let importUnknownKey = Diagnostic.Code(.importing, "unknown-key", "{message}", hint: "{hint}")
    static let importDuplicateKey = Diagnostic.Code(.importing, "duplicate-key", "{message}", hint: "{hint}")
    static let importSizeMismatch = Diagnostic.Code(.importing, "size-mismatch", "{message}", hint: "{hint}")
    static let importUnknownDimension = Diagnostic.Code(.importing, "unknown-dimension", "{message}", hint: "{hint}")
    static let importDuplicateCategory = Diagnostic.Code(.importing, "duplicate-category", "{message}", hint: "{hint}")
    static let importBadNumber = Diagnostic.Code(.importing, "bad-number", "{message}", hint: "{hint}")
    static let importBadPeriod = Diagnostic.Code(.importing, "bad-period", "{message}", hint: "{hint}")
    static let importBadDate = Diagnostic.Code(.importing, "bad-date", "{message}", hint: "{hint}")
    static let importPXSyntax = Diagnostic.Code(.importing, "px-syntax", "{message}", hint: "{hint}")
    static let importMissingData = Diagnostic.Code(.importing, "missing-data", "{message}", hint: "{hint}")
    static let importNoAreaDimension = Diagnostic.Code(.importing, "no-area-dimension", "{message}", hint: "{hint}")
    static let importNoTimeDimension = Diagnostic.Code(.importing, "no-time-dimension", "{message}", hint: "{hint}")
    static let importUnknownAreaCode = Diagnostic.Code(.importing, "unknown-area-code", "{message}", hint: "{hint}")
    static let importUnclaimedMunicipality = Diagnostic.Code(.importing, "unclaimed-municipality", "{message}", hint: "{hint}")
    static let importDuplicateMember = Diagnostic.Code(.importing, "duplicate-member", "{message}", hint: "{hint}")
    static let importUnknownMeasure = Diagnostic.Code(.importing, "unknown-measure", "{message}", hint: "{hint}")
    static let importUnselectedDimension = Diagnostic.Code(.importing, "unselected-dimension", "{message}", hint: "{hint}")
    static let importUnknownTable = Diagnostic.Code(.importing, "unknown-table", "{message}", hint: "{hint}")
    static let importBadMapping = Diagnostic.Code(.importing, "bad-mapping", "{message}", hint: "{hint}")
    static let importMissingUpdated = Diagnostic.Code(.importing, "missing-updated", "{message}", hint: "{hint}")
    static let importOutOfRange = Diagnostic.Code(.importing, "value-out-of-range", "{message}", hint: "{hint}")
}

extension DiagnosticLog {
    /// The one place the importer raises a diagnostic, so how a code is attached can change in one line.
    mutating func report(
        _ code: Diagnostic.Code, _ message: String, at location: SourceLocation, hint: String? = nil,
        severity: Diagnostic.Severity = .error
    ) {
        // The importer's messages are still whole English sentences filled into "{message}"; giving each code
        // its own template (for the Finnish and Swedish messages of issue 17) is the next step.
        append(Diagnostic(severity, code, at: location, ["message": message, "hint": hint]))
    }
}

extension Suggestion {
    /// "did you mean 'x'?" for the closest candidate, or nil when none is close.
    static func didYouMean(for name: String, among candidates: some Sequence<String>) -> String? {
        closest(to: name, among: candidates).map { "did you mean '\($0)'?" }
    }
}
