import Diagnostics
import Foundation

extension BuildSiteCommand {
    /// Rebuilds when a file in the content or assets folder changes; never exits on content errors. Serves the
    /// output folder on 127.0.0.1 (`PreviewServer`), so open pages reload after each rebuild; status lines carry
    /// the time; a warning is printed once, not after every rebuild; and after each rebuild the pages and figures
    /// that changed are listed with links. `stop` ends the loop (tests); `now` gives the time of day.
    func watch(stop: @escaping @Sendable () -> Bool = { false }, now: @escaping @Sendable () -> Date = Date.init)
        -> Status {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let folder = URL(fileURLWithPath: arguments.output, relativeTo: cwd).standardizedFileURL.path
        // The port asked for, else any free one: a second preview must not fail for want of port 8000.
        let server = (try? PreviewServer(folder: folder, port: arguments.port))
            ?? (try? PreviewServer(folder: folder, port: 0))
        server?.start()
        defer { server?.stop() }
        let stamped = BuildSiteCommand(
            arguments: arguments, standardOutput: Self.stamping(standardOutput, now: now),
            standardError: Self.stamping(standardError, now: now))
        let language = Self.defaultLanguage(content: arguments.content)
        let session = WatchSession(
            server: server, defaultLanguage: language,
            link: { address in
                server.map { $0.url + address } ?? URL(fileURLWithPath: folder + "/" + address).absoluteString
            },
            output: stamped.standardOutput, error: stamped.standardError)
        let preview = server.map { "preview at \($0.url)\(language)/ (reloads after each rebuild)" }
            ?? "no preview server: open \(URL(fileURLWithPath: folder + "/index.html").absoluteString)"
        stamped.standardOutput("build-site: watching \(arguments.content)/ and \(arguments.assets)/; \(preview); "
                               + "Ctrl-C to stop\n")
        var last = FolderSnapshot(folders: [arguments.content, arguments.assets])
        _ = stamped.runOnce(session: session)
        while !stop() {
            Thread.sleep(forTimeInterval: 0.4)
            let current = FolderSnapshot(folders: [arguments.content, arguments.assets])
            guard current != last else { continue }
            last = current
            stamped.standardOutput("build-site: change detected, rebuilding\n")
            _ = stamped.runOnce(session: session)
        }
        return .success
    }

    /// `output` with the time of day before each status line (`[14:03:22] build-site: …`); diagnostics keep the
    /// form editors' tools recognise.
    static func stamping(_ output: @escaping (String) -> Void, now: @escaping () -> Date) -> (String) -> Void {
        { text in
            guard text.hasPrefix("build-site: ") else { return output(text) }
            let time = Calendar.current.dateComponents([.hour, .minute, .second], from: now())
            func two(_ number: Int?) -> String { number.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
            output("[\(two(time.hour)):\(two(time.minute)):\(two(time.second))] " + text)
        }
    }
}

/// What `--watch` remembers between rebuilds: the warnings it has printed, the files of the last build and the
/// preview server to tell.
final class WatchSession {
    let server: PreviewServer?
    let defaultLanguage: String
    let link: (String) -> String
    let output: (String) -> Void
    let error: (String) -> Void
    /// The files of the last successful build; nil before the first, which compares with the folder on disk.
    private(set) var previousFiles: [String: [UInt8]]?
    private var printedWarnings: Set<String> = []

    init(server: PreviewServer?, defaultLanguage: String, link: @escaping (String) -> String,
         output: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.server = server
        self.defaultLanguage = defaultLanguage
        self.link = link
        self.output = output
        self.error = error
    }

    /// Prints every error, and the warnings that were not there after the previous build.
    func printDiagnostics(_ log: DiagnosticLog, report: DiagnosticReport) {
        let warnings = Set(log.diagnostics.filter { $0.severity == .warning }.map(\.summaryLine))
        var shown = DiagnosticLog()
        shown.append(contentsOf: log.diagnostics.filter {
            $0.severity == .error || !printedWarnings.contains($0.summaryLine)
        })
        let repeated = warnings.intersection(printedWarnings).count
        printedWarnings = warnings
        let text = report.render(shown)
        if !text.isEmpty { error(text) }
        if repeated > 0 {
            error("build-site: \(repeated) warning\(repeated == 1 ? "" : "s") as before (not repeated)\n")
        }
    }

    /// After a build was written: reload open pages and list what changed.
    func published(_ files: [String: [UInt8]], previous: [String: [UInt8]]) {
        previousFiles = files
        server?.published()
        guard !previous.isEmpty else { return }  // a first build: everything is new, nothing to list
        output(SiteChanges(old: previous, new: files).report(defaultLanguage: defaultLanguage, link: link))
    }
}
