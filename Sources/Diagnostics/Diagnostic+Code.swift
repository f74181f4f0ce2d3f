extension Diagnostic {
    /// What part of the input a diagnostic is about. The category is the first part of every code.
    public enum Category: String, Sendable, CaseIterable, Comparable {
        /// The bytes of a file: encoding, size, line endings.
        case source
        /// JSON files: syntax, and the shape of their values (types, required, duplicate and unknown keys).
        case json
        /// The front matter block of a Markdown file: its syntax, and the types of its keys.
        case frontMatter = "front-matter"
        /// Site settings (`site.json`).
        case settings
        /// UI strings (`i18n/<lang>.json`), including URL path segments.
        case strings
        /// The registry: areas, regions, municipalities and the monitoring process.
        case registry
        /// Metric data files (`data/<indicator>.json`).
        case metric
        /// Goals, indicators, pages and discussions, and how their languages agree.
        case content
        /// Links, images and anchors in Markdown and in settings.
        case link
        /// The output: paths, the output folder, writing and swapping the site.
        case output
        /// Statistics files read by the importer, and its mapping files.
        case importing = "import"
        /// The command line.
        case command

        public static func < (lhs: Category, rhs: Category) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The stable identity of a kind of problem, such as `metric.unknown-area`, with its English texts: printed
    /// after every message, listed with an example and its fix in docs/EDITING.md, and what tests assert (not
    /// the English sentence).
    ///
    /// Declare each code beside the rule that raises it, in exactly this form, which the tests read to list
    /// every code:
    ///
    /// ```swift
    /// extension Diagnostic.Code {
    ///     static let unknownArea = Diagnostic.Code(
    ///         .metric, "unknown-area", "unknown area \"{area}\"", hint: "did you mean '{suggestion}'?")
    /// }
    /// ```
    ///
    /// A code keeps its meaning once published; retire it rather than reuse it. Two codes are the same code when
    /// their category and name are.
    public struct Code: Hashable, Sendable, Comparable, CustomStringConvertible {
        public let category: Category
        /// Lower-case words joined by hyphens, unique within the category.
        public let name: String
        /// The message and hint templates in English, the language every translation is checked against.
        public let english: Template

        /// A code whose message is `message` and whose hint, if any, is `hint`: shown only when every value it
        /// names is given.
        public init(_ category: Category, _ name: String, _ message: String, hint: String? = nil) {
            self.init(category, name, message, hints: hint.map { [$0] } ?? [])
        }

        /// A code with several hints: the first one whose values are all given is shown.
        public init(_ category: Category, _ name: String, _ message: String, hints: [String]) {
            self.category = category
            self.name = name
            self.english = Template(message: message, hints: hints)
        }

        /// The templates in `language`: its translation's, or the English ones when it has none for this code.
        public func template(in language: Language) -> Template {
            language.translation?.templates[description] ?? english
        }

        /// `category.name`, e.g. `metric.unknown-area`.
        public var description: String { "\(category.rawValue).\(name)" }

        public static func == (lhs: Code, rhs: Code) -> Bool {
            (lhs.category, lhs.name) == (rhs.category, rhs.name)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(category)
            hasher.combine(name)
        }

        public static func < (lhs: Code, rhs: Code) -> Bool {
            (lhs.category, lhs.name) < (rhs.category, rhs.name)
        }
    }
}
