import Dashboard
import Diagnostics

/// The `build-site` command line, parsed by hand (no dependencies), with messages that say how to fix a mistake.
public struct BuildSiteArguments: Equatable, Sendable {
    public var content = "Content"
    public var assets = "Assets"
    public var output = "Site"
    public var baseURL: String?
    public var check = false
    public var strict = false
    public var force = false
    public var watch = false
    public var quiet = false
    /// `--serial`: render on one core (for comparing output; the result is the same).
    public var serial = false
    public var help = false

    public init() {}

    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static let usage = """
        USAGE: build-site [options]

        Builds the dashboard site from Content/ and Assets/ into Site/. The previous Site/ is replaced only when
        the whole build succeeds.

        OPTIONS:
          --check              Check the content and report every problem; write nothing.
          --strict             Treat warnings (e.g. missing translations) as errors.
          --watch              Rebuild whenever content or assets change; report errors without exiting.
          --content <dir>      Content folder (default: Content).
          --assets <dir>       Assets folder (default: Assets).
          --output <dir>       Output folder (default: Site).
          --base-url <url>     Absolute URL of the published site, for sitemap.xml and feeds
                               (default: baseURL in Content/site.json).
          --force              Allow an output folder outside the working directory.
          --quiet              Print only problems.
          --serial             Render pages one after another instead of on all cores.
          -h, --help           Show this help.

        EXIT STATUS: 0 success, 1 content errors, 2 usage or environment errors.
        """

    public static func parse(_ arguments: [String]) throws(UsageError) -> BuildSiteArguments {
        var result = BuildSiteArguments()
        var index = 0
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                throw UsageError(message: "\(option) needs a value, e.g. \(option) \(example(option))")
            }
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inlineValue = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            func take() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                return try value(for: argument)
            }
            switch argument {
            case "--content": result.content = try take()
            case "--assets": result.assets = try take()
            case "--output": result.output = try take()
            case "--base-url": result.baseURL = try take()
            case "--check": result.check = true
            case "--strict": result.strict = true
            case "--force": result.force = true
            case "--watch": result.watch = true
            case "--quiet", "-q": result.quiet = true
            case "--serial": result.serial = true
            case "--help", "-h": result.help = true
            default:
                let known = ["--content", "--assets", "--output", "--base-url", "--check", "--strict", "--force",
                             "--watch", "--quiet", "--serial", "--help"]
                var message = "unknown option '\(argument)'"
                if let near = Suggestion.closest(to: argument, among: known) { message += "; did you mean '\(near)'?" }
                throw UsageError(message: message)
            }
            index += 1
        }
        if result.check && result.watch {
            throw UsageError(message: "--check and --watch cannot be used together")
        }
        return result
    }

    private static func example(_ option: String) -> String {
        switch option {
        case "--base-url": "https://example.org/tavoitteet/"
        case "--output": "Site"
        default: "Content"
        }
    }
}
