import Diagnostics

extension Diagnostic.Code {
    /// A generated path is not a plain relative site path.
    public static let invalidSitePath = Diagnostic.Code(.output, "invalid-path", "the site path is not valid: {reason}")
    /// Two generated paths differ only in letter case (or Unicode normalisation) and would overwrite each other on
    /// macOS, Windows and many web hosts.
    public static let caseClash = Diagnostic.Code(
        .output, "case-clash", "differs only in letter case from {others}",
        hint: "give the pages path segments that differ in more than letter case")
    /// A generated path is a file and also the directory of another generated path.
    public static let fileDirectoryClash = Diagnostic.Code(
        .output, "file-directory-clash", "is a file but also the directory of {child}")
    /// The output directory is one the writer must not replace.
    public static let refusedOutputDirectory = Diagnostic.Code(
        .output, "refused-output-directory", "{reason}", hint: "choose another folder with --output")
    /// The output directory exists, has files and was not made by this writer (it has no marker file).
    public static let outputNotMadeByUs = Diagnostic.Code(
        .output, "not-made-by-build-site",
        "the output directory already has files but no {marker}: build-site did not make it, so it will not "
            + "replace it",
        hint: "choose a new or empty folder with --output; if this is a site from an older build-site, delete it")
    /// The output directory is outside the directory the build runs in.
    public static let outputOutsideWorkingDirectory = Diagnostic.Code(
        .output, "outside-working-directory", "the output directory is outside the working directory {working}",
        hint: "use --force if this is really where the site goes")
    /// The file system failed while writing or swapping; the previous site is left as it was.
    public static let fileSystemFailure = Diagnostic.Code(
        .output, "file-system", "could not {operation}: {error}")
}

extension Diagnostic.Term {
    static let emptyPath = Diagnostic.Term("path.empty", "the path is empty")
    static let absolutePath = Diagnostic.Term("path.absolute", "the path must be relative, not start with /")
    static let backslashInPath = Diagnostic.Term("path.backslash", "backslashes are not allowed in site paths")
    static let controlCharacterInPath = Diagnostic.Term("path.control", "a control character is in the path")
    static let emptySegment = Diagnostic.Term("path.empty-segment", "empty path segment (// or a trailing /)")
    static let dotSegment = Diagnostic.Term("path.dot-segment", "'.' and '..' segments are not allowed")
    static let longName = Diagnostic.Term("path.long-name", "a name is longer than 255 bytes")
    static let outsideSite = Diagnostic.Term("path.outside-site", "it would be written outside the site")
    static let outputIsSymbolicLink = Diagnostic.Term(
        "output.symbolic-link", "the output directory is a symbolic link; give the directory it points to")
    static let outputIsFile = Diagnostic.Term("output.is-file", "the output path exists and is not a directory")
    static let outputIsContent = Diagnostic.Term("output.is-content", "the output directory is the content directory")
    static let outputContainsContent = Diagnostic.Term(
        "output.contains-content", "the output directory contains the content directory")
    static let outputInsideContent = Diagnostic.Term(
        "output.inside-content", "the output directory is inside the content directory")
    static let outputIsAssets = Diagnostic.Term("output.is-assets", "the output directory is the assets directory")
    static let outputContainsAssets = Diagnostic.Term(
        "output.contains-assets", "the output directory contains the assets directory")
    static let outputInsideAssets = Diagnostic.Term(
        "output.inside-assets", "the output directory is inside the assets directory")
    static let reservedMarkerName = Diagnostic.Term(
        "path.marker", "the name is reserved for the marker file of build-site's output")
    static let outputIsRepository = Diagnostic.Term(
        "output.repository", "the output directory is a repository root (it has Package.swift or .git)")
    static let outputIsAncestor = Diagnostic.Term(
        "output.ancestor", "the output directory is the working directory or one of its ancestors")
    static let createParent = Diagnostic.Term("operation.create-parent", "create the parent directory")
    static let createTemporary = Diagnostic.Term("operation.create-temporary", "create the temporary directory")
    static let moveNewSite = Diagnostic.Term("operation.move-new-site", "move the new site into place")
    static let movePreviousAside = Diagnostic.Term("operation.move-previous-aside", "move the previous site aside")
    static let createDirectory = Diagnostic.Term("operation.create-directory", "create directory")
    static let writeFile = Diagnostic.Term("operation.write", "write")
    static let removeLeftoverTemporary = Diagnostic.Term("operation.remove-leftover-temporary", "remove the leftover temporary directory")
    static let removeLeftoverPrevious = Diagnostic.Term("operation.remove-leftover-previous", "remove the leftover previous site")
    static let restorePrevious = Diagnostic.Term("operation.restore-previous", "restore the previous site")
}

extension SiteWriter {
    /// One reason the site was not written: a code from the `output` category, the path it is about and the
    /// values of the code's message, so it prints (and translates) like a content diagnostic.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// What kind of problem this is (`output.case-clash`), so callers and tests tell problems apart without
        /// parsing messages.
        public var code: Diagnostic.Code
        /// The generated site path, or the file system path, that the problem is about.
        public var path: String
        /// The values the code's templates name.
        public var arguments: [String: Diagnostic.Argument]

        /// Creates a problem.
        public init(_ code: Diagnostic.Code, path: String, _ arguments: [String: any DiagnosticArgument] = [:]) {
            self.code = code
            self.path = path
            self.arguments = arguments.mapValues(\.diagnosticArgument)
        }

        /// The problem as an error diagnostic on `path`.
        public var diagnostic: Diagnostic {
            Diagnostic(.error, code, at: SourceLocation(file: path), arguments.mapValues { $0 })
        }

        /// What is wrong, in English.
        public var message: String { diagnostic.message }

        /// `path: message`.
        public var description: String { "\(path): \(message)" }
    }

    /// The error thrown when the site was not written: every problem found, in a stable order.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The problems, never empty.
        public var problems: [Problem]

        /// One problem per line.
        public var description: String { problems.map(\.description).joined(separator: "\n") }
    }
}
