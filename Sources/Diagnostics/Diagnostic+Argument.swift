extension Diagnostic {
    /// A value a message or hint template names.
    public enum Argument: Hashable, Sendable {
        /// Shown as it is in every language: ids, file names, numbers, what the editor wrote.
        case text(String)
        /// A word or phrase of our own that a translation translates, such as "Swedish" or "a list".
        case term(Term)

        /// The value as an English message shows it.
        public var english: String {
            switch self {
            case .text(let text): text
            case .term(let term): term.english
            }
        }

        /// The value as a message in `language` shows it: a term in its words there, when the table has them.
        public func text(in language: Language) -> String {
            switch self {
            case .text(let text): text
            case .term(let term): language.translation?.terms[term.key] ?? term.english
            }
        }
    }

    /// A word or phrase that messages insert, with a key by which translations find it.
    ///
    /// Declare terms like codes, beside the rule that uses them:
    /// `static let region = Diagnostic.Term("what.region", "region")`.
    public struct Term: Hashable, Sendable {
        /// Stable and unique, e.g. `json.kind.number`.
        public let key: String
        public let english: String

        public init(_ key: String, _ english: String) {
            self.key = key
            self.english = english
        }

        /// The name of a site language: `sv` → "Swedish".
        public static func language(_ code: String) -> Term {
            let names = ["fi": "Finnish", "sv": "Swedish", "en": "English"]
            return Term("language.\(code)", names[code] ?? code)
        }
    }
}

/// A value that can fill a placeholder of a diagnostic's template.
public protocol DiagnosticArgument {
    var diagnosticArgument: Diagnostic.Argument { get }
}

extension Diagnostic.Argument: DiagnosticArgument {
    public var diagnosticArgument: Diagnostic.Argument { self }
}

extension Diagnostic.Term: DiagnosticArgument {
    public var diagnosticArgument: Diagnostic.Argument { .term(self) }
}

extension String: DiagnosticArgument {
    public var diagnosticArgument: Diagnostic.Argument { .text(self) }
}

extension Substring: DiagnosticArgument {
    public var diagnosticArgument: Diagnostic.Argument { .text(String(self)) }
}

extension Int: DiagnosticArgument {
    public var diagnosticArgument: Diagnostic.Argument { .text(String(self)) }
}
