import Testing

@testable import build_site

/// The `build-site` options as a user types them: what each sets, the help text, the messages for mistakes.
@Suite struct BuildSiteArgumentsTests {
    @Test func argumentsParse() throws {
        let arguments = try BuildSiteArguments.parse(["--output=public", "--base-url", "https://x.fi/", "--strict"])
        #expect(arguments.output == "public")
        #expect(arguments.baseURL == "https://x.fi/")
        #expect(arguments.strict)
        #expect(throws: UsageError.self) { try BuildSiteArguments.parse(["--output"]) }
        #expect(throws: UsageError.self) { try BuildSiteArguments.parse(["--check", "--watch"]) }
    }

    @Test func everyOptionSetsItsOwnField() throws {
        let defaults = BuildSiteArguments()
        #expect(defaults.content == "Content" && defaults.assets == "Assets" && defaults.output == "Site")
        var expected = defaults
        expected.content = "c"
        expected.assets = "a"
        expected.output = "o"
        expected.baseURL = "https://x.fi/"
        expected.check = true
        expected.strict = true
        expected.force = true
        expected.quiet = true
        expected.serial = true
        expected.help = true
        let parsed = try BuildSiteArguments.parse([
            "--content", "c", "--assets=a", "--output", "o", "--base-url", "https://x.fi/", "--check", "--strict",
            "--force", "-q", "--serial", "-h",
        ])
        #expect(parsed == expected)
        #expect(try BuildSiteArguments.parse(["--watch"]).watch)
        #expect(try BuildSiteArguments.parse(["--quiet", "--help"]) == BuildSiteArguments.parse(["-q", "-h"]))
    }

    @Test func theLanguageOfMessagesComesFromLangElseTheEnvironment() throws {
        let finnish = ["LANG": "fi_FI.UTF-8"]
        #expect(try BuildSiteArguments.parse([]).messageLanguage(environment: [:]) == .english)
        #expect(try BuildSiteArguments.parse([]).messageLanguage(environment: finnish) == .finnish)
        #expect(try BuildSiteArguments.parse([]).messageLanguage(environment: ["LC_ALL": "sv_FI"]) == .swedish)
        #expect(try BuildSiteArguments.parse(["--lang", "sv"]).messageLanguage(environment: finnish) == .swedish)
        #expect(try BuildSiteArguments.parse(["--lang=en"]).messageLanguage(environment: finnish) == .english)
        #expect(throws: UsageError(message: "--lang needs fi, sv or en, not 'se', e.g. --lang fi")) {
            try BuildSiteArguments.parse(["--lang", "se"])
        }
    }

    @Test func helpIsLaidOutFromTheTable() {
        #expect(
            BuildSiteArguments.usage == """
                USAGE: build-site [options]

                Builds the dashboard site from Content/ and Assets/ into Site/. The previous
                Site/ is replaced only when the whole build succeeds.

                OPTIONS:
                  --check                   Check the content and report every problem; write
                                            nothing.
                  --strict                  Treat warnings (e.g. missing translations) as
                                            errors.
                  --watch                   Rebuild whenever content or assets change; report
                                            errors without exiting. Serves the site on
                                            http://127.0.0.1:8000/ (see --port), reloads the
                                            open page after each rebuild and lists the pages and
                                            figures that changed.
                  --changes                 Build, and list the pages and figures that differ
                                            from the output folder as it is (for a pull request
                                            description); write nothing.
                  --port <number>           The preview port of --watch (default: 8000).
                  --content <dir>           Content folder (default: Content).
                  --assets <dir>            Assets folder (default: Assets).
                  --output <dir>            Output folder (default: Site).
                  --base-url <url>          Absolute URL of the published site, for sitemap.xml
                                            and feeds (default: baseURL in Content/site.json).
                  --force                   Allow an output folder outside the working
                                            directory.
                  --mark-translated <file>  Record in a translation's front matter (source_hash)
                                            that it matches its Finnish file as it is now, and
                                            build nothing. Repeat for several files.
                  --lang <fi|sv|en>         The language of messages and hints (default: from
                                            LC_ALL, LC_MESSAGES or LANG when it starts with fi
                                            or sv, else English). The code in brackets is the
                                            same in every language.
                  -q, --quiet               Print only problems.
                  --serial                  Render pages one after another instead of on all
                                            cores.
                  -h, --help                Show this help.

                EXIT STATUS: 0 success, 1 content errors, 2 usage or environment errors.
                """)
        for line in BuildSiteArguments.usage.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test func helpPrintsTheUsageAndExitsZero() {
        var output = ""
        let status = BuildSiteCommand.main(["--help"], standardOutput: { output += $0 }, standardError: { _ in })
        #expect(status == .success)
        #expect(output == BuildSiteArguments.usage + "\n")
    }

    @Test(arguments: [
        ("--stirct", "unknown option '--stirct'; did you mean '--strict'?"),
        ("--base-ulr=https://x.fi/", "unknown option '--base-ulr'; did you mean '--base-url'?"),
        ("--outptu", "unknown option '--outptu'; did you mean '--output'?"),
        ("--verbose", "unknown option '--verbose'"),
        ("Content", "unknown option 'Content'; did you mean '--content'?"),
        ("--strict=false", "--strict takes no value"),
        ("--output", "--output needs a value, e.g. --output Site"),
        ("--assets", "--assets needs a value, e.g. --assets Assets"),
        ("--base-url", "--base-url needs a value, e.g. --base-url https://example.org/tavoitteet/"),
        ("--output=", "--output needs a folder, not an empty value"),
        ("--content=", "--content needs a folder, not an empty value"),
        ("--base-url=ftp://example.org/",
         "--base-url: invalid base URL 'ftp://example.org/': it must start with https:// or http://"),
        ("--base-url=javascript:alert(1)",
         "--base-url: invalid base URL 'javascript:alert(1)': it must start with https:// or http://"),
    ])
    func mistakesSayHowToFixThem(argument: String, message: String) {
        #expect(throws: UsageError(message: message)) { try BuildSiteArguments.parse([argument]) }
    }

    @Test func aValueCannotBeTheNextOption() throws {
        #expect(throws: UsageError(message: "--content needs a value, e.g. --content Content")) {
            try BuildSiteArguments.parse(["--content", "--strict"])
        }
        #expect(try BuildSiteArguments.parse(["--output=Out", "--content", "-x"]).content == "-x")
    }

    @Test func usageErrorsGoToStandardErrorWithExitStatusTwo() {
        var output = ""
        var errors = ""
        let status = BuildSiteCommand.main(["--check", "--watch"], standardOutput: { output += $0 },
                                           standardError: { errors += $0 })
        #expect(status == .usageOrEnvironment)
        #expect(output == "")
        #expect(errors == "build-site: error: --check and --watch cannot be used together\n"
                + "Run 'build-site --help' for the options.\n")
    }
}
