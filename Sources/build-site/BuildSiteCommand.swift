import Dashboard
import Diagnostics
import Foundation
import Publishing
import SiteGenerator

/// What `build-site` does, as a function of its arguments: read Content/ and Assets/, build, print
/// diagnostics, write Site/ atomically. `main.swift` only calls ``main(_:standardOutput:standardError:)`` and
/// exits with its status; output goes through the two closures so tests can read it.
struct BuildSiteCommand {
    /// Exit statuses, as documented in `--help`.
    enum Status: Int32 {
        case success = 0
        case contentErrors = 1
        case usageOrEnvironment = 2
    }

    var arguments: BuildSiteArguments
    /// The language of diagnostics' messages and hints.
    var language: Diagnostic.Language
    var standardOutput: (String) -> Void
    var standardError: (String) -> Void

    init(
        arguments: BuildSiteArguments, language: Diagnostic.Language = .english,
        standardOutput: @escaping (String) -> Void, standardError: @escaping (String) -> Void
    ) {
        self.arguments = arguments
        self.language = language
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Parses `commandLine` (without the program name) and runs. `environment` chooses the language of messages
    /// when `--lang` does not (`main.swift` passes the process's; tests pass none, so messages are English).
    static func main(
        _ commandLine: [String], environment: [String: String] = [:], standardOutput: @escaping (String) -> Void,
        standardError: @escaping (String) -> Void
    ) -> Status {
        let arguments: BuildSiteArguments
        do {
            arguments = try BuildSiteArguments.parse(commandLine)
        } catch {
            standardError("build-site: error: \(error.message)\nRun 'build-site --help' for the options.\n")
            return .usageOrEnvironment
        }
        if arguments.help {
            standardOutput(BuildSiteArguments.usage + "\n")
            return .success
        }
        let command = BuildSiteCommand(
            arguments: arguments, language: arguments.messageLanguage(environment: environment),
            standardOutput: standardOutput, standardError: standardError)
        if !arguments.markTranslated.isEmpty { return command.markTranslated() }
        return arguments.watch ? command.watch() : command.runOnce()
    }

    /// One build (or check). `session`, in `--watch`, prints diagnostics without repeating unchanged warnings
    /// and, after each write, what changed.
    func runOnce(session: WatchSession? = nil) -> Status {
        let clock = ContinuousClock()
        let start = clock.now
        let contentFiles: [String: [UInt8]]
        var assetFiles: [String: [UInt8]] = [:]
        do {
            contentFiles = try DirectoryReader.read(arguments.content)
            if !arguments.check { assetFiles = try DirectoryReader.read(arguments.assets) }
        } catch {
            standardError("build-site: error: \(error.description)\n")
            return .usageOrEnvironment
        }
        let content = ContentFiles(root: Self.displayRoot(arguments.content), files: contentFiles)
        let builder = SiteBuilder(
            options: .init(baseURL: arguments.baseURL, strict: arguments.strict, parallel: !arguments.serial))
        let report = DiagnosticReport(language: language) { path in
            let prefix = content.root.isEmpty ? "" : content.root + "/"
            guard path.hasPrefix(prefix), let bytes = content.files[String(path.dropFirst(prefix.count))] else {
                return nil
            }
            return String(decoding: SourceText.normaliseLineEnds(bytes), as: UTF8.self)
        }
        if arguments.check {
            let log = builder.check(content)
            printDiagnostics(log, report: report)
            if !arguments.quiet || log.hasErrors {
                standardError("build-site: checked \(content.files.count) files: \(DiagnosticReport.counts(log))\n")
            }
            if log.hasErrors { return .contentErrors }
            // The build would also refuse an output folder it must not replace: say so now, not after rendering.
            let refusals = writer.checkOutputDirectory()
            if !refusals.isEmpty {
                printWriterProblems(refusals)
                return .usageOrEnvironment
            }
            return .success
        }
        let output = builder.build(content, assets: assetFiles)
        if let session {
            session.printDiagnostics(output.diagnostics, report: report)
        } else {
            printDiagnostics(output.diagnostics, report: report)
        }
        guard let files = output.files else {
            let counts = DiagnosticReport.counts(output.diagnostics)
            standardError("build-site: \(counts); \(arguments.output)/ was not changed\n")
            return .contentErrors
        }
        if arguments.changes {
            let current = (try? DirectoryReader.read(arguments.output)) ?? [:]
            standardOutput(SiteChanges(old: current, new: files).report(
                defaultLanguage: Self.defaultLanguage(content: arguments.content),
                link: { address in (arguments.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "") + address }))
            return .success
        }
        let previous = session.map { $0.previousFiles ?? ((try? DirectoryReader.read(arguments.output)) ?? [:]) }
        do {
            try writer.write(files)
        } catch {
            printWriterProblems(error.problems)
            standardError("build-site: \(arguments.output)/ was not changed\n")
            return .usageOrEnvironment
        }
        if !arguments.quiet {
            let elapsed = clock.now - start
            let milliseconds =
                elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            standardOutput(
                "build-site: wrote \(output.pageCount) pages, \(files.count) files to \(arguments.output)/ "
                    + "in \(milliseconds) ms (\(DiagnosticReport.counts(output.diagnostics)))\n")
        }
        if let session, let previous { session.published(files, previous: previous) }
        return .success
    }

    /// The writer of the output folder, which refuses folders it must not replace.
    var writer: SiteWriter {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return SiteWriter(
            outputDirectory: URL(fileURLWithPath: arguments.output, relativeTo: cwd).standardizedFileURL,
            contentDirectory: URL(fileURLWithPath: arguments.content, relativeTo: cwd).standardizedFileURL,
            assetsDirectory: URL(fileURLWithPath: arguments.assets, relativeTo: cwd).standardizedFileURL,
            workingDirectory: cwd, force: arguments.force)
    }

    func printDiagnostics(_ log: DiagnosticLog, report: DiagnosticReport) {
        let text = report.render(log)
        if !text.isEmpty { standardError(text) }
    }

    /// The writer's problems in the shape of content diagnostics: `path: error: message [output.case-clash]`.
    func printWriterProblems(_ problems: [SiteWriter.Problem]) {
        for problem in problems {
            standardError(problem.diagnostic.summaryLine(in: language) + "\n")
        }
    }

    /// `Content` for `./Content/`, so messages show the path as editors see it.
    static func displayRoot(_ path: String) -> String {
        var root = path
        while root.hasPrefix("./") { root.removeFirst(2) }
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        return root
    }
}
