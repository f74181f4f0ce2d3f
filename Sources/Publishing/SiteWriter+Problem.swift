extension SiteWriter {
    /// One reason the site was not written, shaped like a diagnostic: what kind, which path, and a sentence.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// The kinds of problem, so that callers and tests can tell them apart without parsing messages.
        public enum Kind: Sendable, Equatable {
            /// A generated path is not a plain relative path (absolute, `..`, empty segment, backslash,
            /// control character, over-long name).
            case invalidPath
            /// Two generated paths differ only in letter case (or Unicode normalisation) and would overwrite
            /// each other on macOS, Windows and many web hosts.
            case caseClash
            /// A generated path is a file and also the directory of another generated path.
            case fileDirectoryClash
            /// The output directory is one the writer must not replace.
            case refusedOutputDirectory
            /// The file system failed while writing or swapping; the previous site is left as it was.
            case fileSystem
        }

        /// What kind of problem this is.
        public var kind: Kind
        /// The generated site path, or the file system path, that the problem is about.
        public var path: String
        /// What is wrong, in a sentence.
        public var message: String

        /// Creates a problem.
        public init(_ kind: Kind, path: String, message: String) {
            self.kind = kind
            self.path = path
            self.message = message
        }

        public var description: String { "\(path): \(message)" }
    }

    /// The error thrown when the site was not written: every problem found, in a stable order.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The problems, never empty.
        public var problems: [Problem]

        public var description: String { problems.map(\.description).joined(separator: "\n") }
    }
}
