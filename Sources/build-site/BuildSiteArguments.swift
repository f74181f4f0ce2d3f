import Diagnostics
import Publishing

/// The `build-site` command line: what each option sets, parsed by hand (no dependencies) through one
/// ``OptionTable``, with messages that say how to fix a mistake.
struct BuildSiteArguments: Equatable, Sendable {
    var content = "Content"
    var assets = "Assets"
    var output = "Site"
    var baseURL: String?
    var check = false
    var strict = false
    var force = false
    var watch = false
    /// `--changes`: build, compare with the output folder as it is, print what changed; write nothing.
    var changes = false
    /// `--port`: where `--watch` serves the preview; 0 lets the system choose.
    var port: UInt16 = 8000
    var quiet = false
    /// `--serial`: render on one core (for comparing output; the result is the same).
    var serial = false
    /// `--mark-translated <file>`: record that these translations match their Finnish source now, and exit.
    var markTranslated: [String] = []
    /// `--lang`: the language of messages and hints as typed (`fi`, `sv`, `en`); nil takes it from the environment.
    var language: String?
    var help = false

    /// The language of messages: `--lang`, else what the environment asks for (LC_ALL, LC_MESSAGES, LANG), else
    /// English.
    func messageLanguage(environment: [String: String]) -> Diagnostic.Language {
        language.flatMap(Diagnostic.Language.init(rawValue:)) ?? Diagnostic.Language(environment: environment)
    }

    /// Every option, in the order `--help` lists them.
    static let table = OptionTable<BuildSiteArguments>(options: [
        .init("--check", help: "Check the content and report every problem; write nothing.") { $0.check = true },
        .init("--strict", help: "Treat warnings (e.g. missing translations) as errors.") { $0.strict = true },
        .init(
            "--watch",
            help: "Rebuild whenever content or assets change; report errors without exiting. Serves the site on "
                + "http://127.0.0.1:8000/ (see --port), reloads the open page after each rebuild and lists the "
                + "pages and figures that changed."
        ) { $0.watch = true },
        .init(
            "--changes",
            help: "Build, and list the pages and figures that differ from the output folder as it is (for a pull "
                + "request description); write nothing."
        ) { $0.changes = true },
        .init("--port", value: "number", example: "8001", help: "The preview port of --watch (default: 8000).") {
            $0.port = UInt16($1) ?? UInt16.max
        },
        .init("--content", value: "dir", example: "Content", help: "Content folder (default: Content).") {
            $0.content = $1
        },
        .init("--assets", value: "dir", example: "Assets", help: "Assets folder (default: Assets).") {
            $0.assets = $1
        },
        .init("--output", value: "dir", example: "Site", help: "Output folder (default: Site).") { $0.output = $1 },
        .init(
            "--base-url", value: "url", example: "https://example.org/tavoitteet/",
            help: "Absolute URL of the published site, for sitemap.xml and feeds (default: baseURL in "
                + "Content/site.json)."
        ) { $0.baseURL = $1 },
        .init("--force", help: "Allow an output folder outside the working directory.") { $0.force = true },
        .init(
            "--mark-translated", value: "file", example: "Content/goals/3.sv.md",
            help: "Record in a translation's front matter (source_hash) that it matches its Finnish file as it is "
                + "now, and build nothing. Repeat for several files."
        ) { $0.markTranslated.append($1) },
        .init(
            "--lang", value: "fi|sv|en", example: "fi",
            help: "The language of messages and hints (default: from LC_ALL, LC_MESSAGES or LANG when it starts with "
                + "fi or sv, else English). The code in brackets is the same in every language."
        ) { $0.language = $1 },
        .init("--quiet", short: "-q", help: "Print only problems.") { $0.quiet = true },
        .init("--serial", help: "Render pages one after another instead of on all cores.") { $0.serial = true },
        .init("--help", short: "-h", help: "Show this help.") { $0.help = true },
    ])

    /// The text `--help` prints.
    static var usage: String {
        let about =
            "Builds the dashboard site from Content/ and Assets/ into Site/. The previous Site/ is replaced only when "
            + "the whole build succeeds."
        return "USAGE: build-site [options]\n\n" + about.wrapped(width: 80).joined(separator: "\n") + "\n\n"
            + table.help(width: 80) + "\nEXIT STATUS: 0 success, 1 content errors, 2 usage or environment errors."
    }

    /// The arguments of `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> BuildSiteArguments {
        let result = try table.parse(arguments, into: BuildSiteArguments())
        if result.check && result.watch {
            throw UsageError(message: "--check and --watch cannot be used together")
        }
        for (option, value) in [("--content", result.content), ("--assets", result.assets), ("--output", result.output)]
        where value.isEmpty {
            throw UsageError(message: "\(option) needs a folder, not an empty value")
        }
        if let baseURL = result.baseURL, !baseURL.isEmpty {
            do { _ = try BaseURL(baseURL) } catch { throw UsageError(message: "--base-url: \(error.description)") }
        }
        if result.changes && (result.check || result.watch) {
            throw UsageError(message: "--changes builds and compares once: use it without --check and --watch")
        }
        if let language = result.language, Diagnostic.Language(rawValue: language) == nil {
            throw UsageError(message: "--lang needs fi, sv or en, not '\(language)', e.g. --lang fi")
        }
        if result.port == UInt16.max {
            throw UsageError(message: "--port needs a port number from 0 to 65534, e.g. --port 8001")
        }
        return result
    }
}
