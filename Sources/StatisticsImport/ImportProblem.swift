import Diagnostics

/// The kinds of problem the importer reports. Each is a `Diagnostic.Code` in the `import` category, so messages,
/// docs and tests can name them (`import.bad-period`).
extension Diagnostic.Code {
    static let importUnreadable = Diagnostic.Code(.importing, "unreadable-file")
    static let importEncoding = Diagnostic.Code(.importing, "encoding")
    static let importJSONSyntax = Diagnostic.Code(.importing, "json-syntax")
    static let importUnknownFormat = Diagnostic.Code(.importing, "unknown-format")
    static let importUnsupported = Diagnostic.Code(.importing, "unsupported")
    static let importWrongType = Diagnostic.Code(.importing, "wrong-type")
    static let importMissingKey = Diagnostic.Code(.importing, "missing-key")
    static let importUnknownKey = Diagnostic.Code(.importing, "unknown-key")
    static let importDuplicateKey = Diagnostic.Code(.importing, "duplicate-key")
    static let importSizeMismatch = Diagnostic.Code(.importing, "size-mismatch")
    static let importUnknownDimension = Diagnostic.Code(.importing, "unknown-dimension")
    static let importDuplicateCategory = Diagnostic.Code(.importing, "duplicate-category")
    static let importBadNumber = Diagnostic.Code(.importing, "bad-number")
    static let importBadPeriod = Diagnostic.Code(.importing, "bad-period")
    static let importBadDate = Diagnostic.Code(.importing, "bad-date")
    static let importPXSyntax = Diagnostic.Code(.importing, "px-syntax")
    static let importMissingData = Diagnostic.Code(.importing, "missing-data")
    static let importNoAreaDimension = Diagnostic.Code(.importing, "no-area-dimension")
    static let importNoTimeDimension = Diagnostic.Code(.importing, "no-time-dimension")
    static let importUnknownAreaCode = Diagnostic.Code(.importing, "unknown-area-code")
    static let importUnclaimedMunicipality = Diagnostic.Code(.importing, "unclaimed-municipality")
    static let importDuplicateMember = Diagnostic.Code(.importing, "duplicate-member")
    static let importUnknownMeasure = Diagnostic.Code(.importing, "unknown-measure")
    static let importUnselectedDimension = Diagnostic.Code(.importing, "unselected-dimension")
    static let importUnknownTable = Diagnostic.Code(.importing, "unknown-table")
    static let importBadMapping = Diagnostic.Code(.importing, "bad-mapping")
    static let importMissingUpdated = Diagnostic.Code(.importing, "missing-updated")
    static let importOutOfRange = Diagnostic.Code(.importing, "value-out-of-range")
}

extension DiagnosticLog {
    /// The one place the importer raises a diagnostic, so how a code is attached can change in one line.
    mutating func report(
        _ code: Diagnostic.Code, _ message: String, at location: SourceLocation, hint: String? = nil,
        severity: Diagnostic.Severity = .error
    ) {
        _ = code  // Diagnostic has no code field yet; the lead attaches it here.
        append(Diagnostic(severity, file: location.file, line: location.line, column: location.column,
                          message: message, hint: hint))
    }
}
