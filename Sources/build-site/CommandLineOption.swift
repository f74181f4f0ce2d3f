/// One option of a command line: how it is spelled, the value it takes, its line in `--help` and what it sets.
/// A list of them, an ``OptionTable``, drives parsing, the help text and "did you mean" alike.
struct CommandLineOption<Arguments>: Sendable {
    /// What the option does to the arguments being parsed.
    enum Action: Sendable {
        /// A switch: present or not.
        case flag(@Sendable (inout Arguments) -> Void)
        /// An option that takes a value, as `--name value` or `--name=value`. `valueName` is shown in help
        /// (`--output <dir>`); `example` completes the message when the value is missing.
        case value(valueName: String, example: String, @Sendable (inout Arguments, String) -> Void)
    }

    /// The long name, such as `--strict`: what help lists and what "did you mean" suggests.
    var name: String
    /// A one-letter alias, such as `-q`.
    var shortName: String?
    /// One sentence for `--help`.
    var help: String
    var action: Action

    /// A switch, such as `--strict`.
    init(
        _ name: String, short shortName: String? = nil, help: String,
        sets: @escaping @Sendable (inout Arguments) -> Void
    ) {
        self.name = name
        self.shortName = shortName
        self.help = help
        self.action = .flag(sets)
    }

    /// An option with a value, such as `--output <dir>`.
    init(
        _ name: String, value valueName: String, example: String, help: String,
        sets: @escaping @Sendable (inout Arguments, String) -> Void
    ) {
        self.name = name
        self.shortName = nil
        self.help = help
        self.action = .value(valueName: valueName, example: example, sets)
    }

    /// How the option is shown in help: `-q, --quiet` or `--output <dir>`.
    var label: String {
        var label = shortName.map { "\($0), " } ?? ""
        label += name
        if case .value(let valueName, _, _) = action { label += " <\(valueName)>" }
        return label
    }
}
