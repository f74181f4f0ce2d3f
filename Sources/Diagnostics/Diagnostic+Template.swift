extension Diagnostic {
    /// The texts of one code in one language: a message and hints with `{name}` placeholders for the
    /// diagnostic's arguments, e.g. `unknown area "{area}"`.
    ///
    /// A placeholder is a name of ASCII letters and digits in braces; any other brace is text, so
    /// `an object ({ … })` has none. English templates are declared with their code; a translation is a table of
    /// templates by code that uses the same placeholders.
    public struct Template: Sendable, Equatable {
        public var message: String
        /// Alternatives: the first whose placeholders all have values is the hint; none when no hint fits.
        public var hints: [String]

        public init(message: String, hints: [String] = []) {
            self.message = message
            self.hints = hints
        }

        /// The message with its placeholders filled in; a placeholder without a value stays as written.
        public func message(_ values: [String: String]) -> String {
            Self.fill(message, values) ?? message
        }

        /// The first hint whose placeholders all have values, filled in.
        public func hint(_ values: [String: String]) -> String? {
            hints.lazy.compactMap { Self.fill($0, values) }.first
        }

        /// Whether arguments with these names fit the templates: the message has a value for every
        /// placeholder, and every value is named by some template (a misspelt name is caught).
        public func accepts(_ names: Set<String>) -> Bool {
            let used = ([message] + hints).flatMap(Self.placeholders)
            return Set(Self.placeholders(in: message)).isSubset(of: names) && names.isSubset(of: used)
        }

        /// The names of a template's placeholders, in order.
        public static func placeholders(in template: String) -> [String] {
            pieces(of: template).compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
        }

        /// The template with every placeholder filled in, or nil when a value is missing.
        static func fill(_ template: String, _ values: [String: String]) -> String? {
            var result = ""
            for piece in pieces(of: template) {
                switch piece {
                case .text(let text): result += text
                case .placeholder(let name):
                    guard let value = values[name] else { return nil }
                    result += value
                }
            }
            return result
        }

        private enum Piece {
            case text(Substring)
            case placeholder(String)
        }

        private static func pieces(of template: String) -> [Piece] {
            var pieces: [Piece] = []
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                let afterOpen = rest.index(after: open)
                let name = rest[afterOpen...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
                guard !name.isEmpty, name.endIndex < rest.endIndex, rest[name.endIndex] == "}" else {
                    pieces.append(.text(rest[...open]))
                    rest = rest[afterOpen...]
                    continue
                }
                pieces.append(.text(rest[..<open]))
                pieces.append(.placeholder(String(name)))
                rest = rest[rest.index(after: name.endIndex)...]
            }
            pieces.append(.text(rest))
            return pieces
        }
    }
}
