import Diagnostics

/// The options of a command, in the order help lists them: parses arguments, writes the options part of
/// `--help` and suggests the nearest option for a mistyped one, all from the same list.
struct OptionTable<Arguments>: Sendable {
    var options: [CommandLineOption<Arguments>]

    /// Applies `arguments` (without the program name) to `initial`, in order. Values follow their option as the
    /// next argument or after `=` (`--output=public`); a value cannot start with `--`, so a forgotten value is
    /// reported rather than swallowing the next option.
    func parse(_ arguments: [String], into initial: Arguments) throws(UsageError) -> Arguments {
        var result = initial
        var index = 0
        while index < arguments.count {
            var name = arguments[index]
            var inlineValue: String?
            if name.hasPrefix("--"), let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = options.first(where: { $0.name == name || $0.shortName == name }) else {
                var message = "unknown option '\(name)'"
                if let near = Suggestion.closest(to: name, among: options.map(\.name)) {
                    message += "; did you mean '\(near)'?"
                }
                throw UsageError(message: message)
            }
            switch option.action {
            case .flag(let set):
                if inlineValue != nil { throw UsageError(message: "\(option.name) takes no value") }
                set(&result)
            case .value(_, let example, let set):
                if let inlineValue {
                    set(&result, inlineValue)
                } else {
                    index += 1
                    guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                        throw UsageError(message: "\(option.name) needs a value, e.g. \(option.name) \(example)")
                    }
                    set(&result, arguments[index])
                }
            }
            index += 1
        }
        return result
    }

    /// The `OPTIONS:` section: one entry per option, labels in a column and help wrapped to `width` beside them.
    func help(width: Int = 80) -> String {
        let column = 2 + (options.map(\.label.count).max() ?? 0) + 2
        var text = "OPTIONS:\n"
        for option in options {
            let lines = option.help.wrapped(width: width - column)
            for (number, line) in lines.enumerated() {
                let lead = number == 0 ? "  " + option.label : ""
                text += lead + String(repeating: " ", count: column - lead.count) + line + "\n"
            }
        }
        return text
    }
}
