import Dashboard

/// The `import-stats` command line, parsed by hand (no dependencies).
public struct ImportStatsArguments: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        /// Print a statistics file as a tidy CSV, or with `dimensions` its dimensions and categories.
        case inspect(file: String, dimensions: Bool)
        /// Import a mapping's indicators.
        case run(mapping: String)
        /// Merge a spreadsheet's figures (CSV) into one indicator's metric file.
        case merge(file: String, indicator: String)
        case help
    }

    public var action: Action
    /// `--table id=file`: read a mapping's table from another file (this month's download).
    public var tables: [String: String] = [:]
    /// `--output dir`: write the metric files here instead of the mapping's `output`.
    public var output: String?
    /// `--check`: compute and report, write nothing.
    public var check = false
    /// `merge --content dir`: the site's content folder (default `Content`).
    public var content = "Content"
    /// `merge --updated YYYY-MM-DD`: the new `updated` date of the metric file.
    public var updated: String?
    public var quiet = false

    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let usage = """
        USAGE: import-stats inspect [--dimensions] <file>
               import-stats run <mapping> [--table <id>=<file>]… [--output <dir>] [--check] [--quiet]
               import-stats merge <file.csv> --indicator <id> [--updated <date>] [--content <dir>] [--check] [--quiet]

        Reads official statistics files (PxWeb JSON, JSON-stat 2.0, PX) and turns them into the site's metric
        JSON files, as a mapping file says (see docs/METRICS.md, "Importing official statistics").

        COMMANDS:
          inspect <file>            Print the file as a tidy CSV: one column per dimension (category codes,
                                    header = dimension ids), then value and status; one row per cell.
          inspect --dimensions <file>
                                    List the dimensions, categories, labels and units instead.
          run <mapping>             Compute every indicator of the mapping and write its metric file. Nothing
                                    is written if any file has a problem.
          merge <file.csv>          Merge a spreadsheet's figures (a CSV from Excel: comma or semicolon,
                                    decimal comma or point; columns period, area, value, status, category) into
                                    Content/data/<id>.json: new periods are added, changed figures are reported
                                    as corrections, nothing else is touched. See docs/EDITING.md.

        OPTIONS FOR merge:
          --indicator <id>          The indicator the figures are for (required).
          --updated <YYYY-MM-DD>    Also set the metric file's "updated" date.
          --content <dir>           The site's content folder (default: Content).
          --check                   Read, merge and check everything and report; write nothing.
          --quiet                   Print only problems.

        OPTIONS FOR run:
          --table <id>=<file>       Read the mapping's table <id> from <file> instead of its "file".
          --output <dir>            Write the metric files to <dir> instead of the mapping's "output".
          --check                   Read and compute everything and report problems; write nothing.
          --quiet                   Print only problems.
          -h, --help                Show this help.

        EXIT STATUS: 0 success, 1 problems in the files (nothing written), 2 usage or environment errors.
        """

    public static func parse(_ arguments: [String]) throws(UsageError) -> ImportStatsArguments {
        guard let command = arguments.first else {
            throw UsageError(message: "say what to do: 'inspect <file>', 'run <mapping>' or 'merge <file.csv>'")
        }
        if command == "-h" || command == "--help" || command == "help" { return ImportStatsArguments(action: .help) }
        var positional: [String] = []
        var result = ImportStatsArguments(action: .help)
        var dimensions = false
        var indicator: String?
        let writes = command == "run" || command == "merge"
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
            case "--check" where writes: result.check = true
            case "--quiet" where writes, "-q" where writes: result.quiet = true
            case "--indicator" where command == "merge": indicator = try value()
            case "--content" where command == "merge": result.content = try value()
            case "--updated" where command == "merge":
                let date = try value()
                guard CalendarDate(date) != nil else {
                    throw UsageError(message: "--updated needs a date written YYYY-MM-DD, e.g. --updated 2026-11-14")
                }
                result.updated = date
            case "--output" where command == "run": result.output = try value()
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
        case "merge":
            guard positional.count == 1 else {
                throw UsageError(message: "merge needs one CSV file: merge <file.csv> --indicator <id>")
            }
            guard let indicator else {
                throw UsageError(message: "merge needs the indicator: --indicator <id>, e.g. --indicator benefit-days")
            }
            result.action = .merge(file: positional[0], indicator: indicator)
        default:
            throw UsageError(message: "unknown command '\(command)': use 'inspect', 'run' or 'merge'")
        }
        return result
    }

    init(action: Action) {
        self.action = action
    }
}
