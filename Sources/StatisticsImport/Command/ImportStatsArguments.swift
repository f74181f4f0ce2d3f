import Dashboard

/// The `import-stats` command line, parsed by hand (no dependencies).
public struct ImportStatsArguments: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// Print a statistics file as a tidy CSV, or with `dimensions` its dimensions and categories.
        case inspect(file: String, dimensions: Bool)
        /// Import a mapping's indicators.
        case run(mapping: String)
        case help
    }

    public var action: Action
    /// `--table id=file`: read a mapping's table from another file (this month's download).
    public var tables: [String: String] = [:]
    /// `--retrieved date`: the day the files named with `--table` were downloaded.
    public var retrieved: CalendarDate?
    /// `--output dir`: write the metric files here instead of the mapping's `output`.
    public var output: String?
    /// `--check`: compute and report, write nothing.
    public var check = false
    public var quiet = false

    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let usage = """
        USAGE: import-stats inspect [--dimensions] <file>
               import-stats run <mapping> [--table <id>=<file>]… [--retrieved <date>] [--output <dir>] [--check]
                                [--quiet]

        Reads official statistics files (PxWeb JSON, JSON-stat 2.0, PX) and turns them into the site's metric
        JSON files, as a mapping file says (see docs/METRICS.md, "Importing official statistics").

        COMMANDS:
          inspect <file>            Print the file as a tidy CSV: one column per dimension (category codes,
                                    header = dimension ids), then value and status; one row per cell.
          inspect --dimensions <file>
                                    List the dimensions, categories, labels and units instead.
          run <mapping>             Compute every indicator of the mapping and write its metric file. Nothing
                                    is written if any file has a problem.

        OPTIONS FOR run:
          --table <id>=<file>       Read the mapping's table <id> from <file> instead of its "file".
          --retrieved <YYYY-MM-DD>  The day the files named with --table were downloaded, written into the
                                    metric files' provenance (without it, their download day is not known).
          --output <dir>            Write the metric files to <dir> instead of the mapping's "output".
          --check                   Read and compute everything and report problems; write nothing.
          --quiet                   Print only problems.
          -h, --help                Show this help.

        EXIT STATUS: 0 success, 1 problems in the files (nothing written), 2 usage or environment errors.
        """

    public static func parse(_ arguments: [String]) throws(UsageError) -> ImportStatsArguments {
        guard let command = arguments.first else {
            throw UsageError(message: "say what to do: 'inspect <file>' or 'run <mapping>'")
        }
        if command == "-h" || command == "--help" || command == "help" { return ImportStatsArguments(action: .help) }
        var positional: [String] = []
        var result = ImportStatsArguments(action: .help)
        var dimensions = false
        var index = 1
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                index += 1
                guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                    throw UsageError(message: "\(argument) needs a value")
                }
                return arguments[index]
            }
            switch argument {
            case "-h", "--help": return ImportStatsArguments(action: .help)
            case "--dimensions" where command == "inspect": dimensions = true
            case "--check" where command == "run": result.check = true
            case "--quiet" where command == "run", "-q" where command == "run": result.quiet = true
            case "--output" where command == "run": result.output = try value()
            case "--retrieved" where command == "run":
                let text = try value()
                guard let date = CalendarDate(text) else {
                    throw UsageError(message: "--retrieved needs a date written YYYY-MM-DD, not '\(text)'")
                }
                result.retrieved = date
            case "--table" where command == "run":
                let text = try value()
                guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
                      text.index(after: equals) != text.endIndex else {
                    throw UsageError(message: "--table needs <id>=<file>, e.g. --table 12r5=Downloads/12r5.json")
                }
                result.tables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            default:
                if argument.hasPrefix("-") && argument != "-" {
                    throw UsageError(message: "unknown option '\(argument)' for '\(command)'")
                }
                positional.append(argument)
            }
            index += 1
        }
        switch command {
        case "inspect":
            guard positional.count == 1 else { throw UsageError(message: "inspect needs one file: inspect <file>") }
            result.action = .inspect(file: positional[0], dimensions: dimensions)
        case "run":
            guard positional.count == 1 else { throw UsageError(message: "run needs one mapping file: run <mapping>") }
            result.action = .run(mapping: positional[0])
        default:
            throw UsageError(message: "unknown command '\(command)': use 'inspect' or 'run'")
        }
        return result
    }

    init(action: Action) {
        self.action = action
    }
}
