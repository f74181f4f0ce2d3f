import Diagnostics

extension Diagnostic.Code {
    /// A generated path is not a plain relative path (absolute, `..`, empty segment, backslash, control
    /// character, over-long name).
    public static let invalidSitePath = Diagnostic.Code(.output, "invalid-path")
    /// Two generated paths differ only in letter case (or Unicode normalisation) and would overwrite each other on
    /// macOS, Windows and many web hosts.
    public static let caseClash = Diagnostic.Code(.output, "case-clash")
    /// A generated path is a file and also the directory of another generated path.
    public static let fileDirectoryClash = Diagnostic.Code(.output, "file-directory-clash")
    /// The output directory is one the writer must not replace.
    public static let refusedOutputDirectory = Diagnostic.Code(.output, "refused-output-directory")
    /// The file system failed while writing or swapping; the previous site is left as it was.
    public static let fileSystemFailure = Diagnostic.Code(.output, "file-system")
}

extension SiteWriter {
    /// One reason the site was not written, shaped like a diagnostic: a code, which path, and a sentence.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// What kind of problem this is, one of the `output` codes declared above (`output.case-clash`), so that
        /// callers and tests can tell problems apart without parsing messages.
        public var code: Diagnostic.Code
        /// The generated site path, or the file system path, that the problem is about.
        public var path: String
        /// What is wrong, in a sentence.
        public var message: String

        /// Creates a problem.
        public init(_ code: Diagnostic.Code, path: String, message: String) {
            self.code = code
            self.path = path
            self.message = message
        }

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
