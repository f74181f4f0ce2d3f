import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only code that writes the generated site to disk.
///
/// Writing is all or nothing: every file goes into a fresh temporary directory beside the output directory
/// (`.Site.tmp-<pid>` for `Site`), and only when all of them were written is the new site swapped in. On Linux
/// the swap is one atomic exchange of the two directories (`renameat2` with `RENAME_EXCHANGE`), so a reader
/// always finds a complete `Site/`, the old one or the new one; the old site, now under the temporary name, is
/// then removed. Where the exchange is not available (macOS, an old kernel, a file system that refuses it) the
/// old site is renamed aside (`.Site.old-<pid>`) and the new one renamed into place. A failure at any point
/// leaves the previous site byte for byte as it was and removes the temporary directory. Leftovers of an
/// interrupted earlier build are cleaned up first; if the interruption happened between the two renames of the
/// fallback, the previous site is put back.
///
/// Every site it writes holds a marker file, ``markerName``: a folder that has files but no marker was not made
/// by this writer and is never replaced (see ``checkOutputDirectory()``).
///
/// Run one build at a time per output directory: a second writer treats the first one's temporary directory as
/// a leftover and removes it.
public struct SiteWriter: Sendable {
    /// The directory that is replaced by the generated site, such as `Site`.
    public var outputDirectory: URL
    /// The content directory, which the output directory must not be, contain or be inside.
    public var contentDirectory: URL?
    /// The assets directory, which the output directory must not be, contain or be inside either.
    public var assetsDirectory: URL?
    /// The directory the build runs in; the output directory must be inside it unless ``force`` is set.
    public var workingDirectory: URL
    /// Allows an output directory outside the working directory. It does not allow replacing the content
    /// directory, a repository root or an ancestor of the working directory: those are never right.
    public var force: Bool
    /// Whether to swap with the atomic exchange where the system has it; tests turn it off to run the
    /// two-rename fallback that other systems use.
    var usesAtomicExchange = true

    /// Creates a writer; `workingDirectory` defaults to the process's current directory.
    public init(
        outputDirectory: URL,
        contentDirectory: URL? = nil,
        assetsDirectory: URL? = nil,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        force: Bool = false
    ) {
        self.outputDirectory = outputDirectory
        self.contentDirectory = contentDirectory
        self.assetsDirectory = assetsDirectory
        self.workingDirectory = workingDirectory
        self.force = force
    }

    /// Replaces the output directory with exactly `files` (site-relative path to contents).
    ///
    /// Nothing is touched on disk when a path is invalid (see ``validate(_:)``) or the output directory is
    /// refused (see ``checkOutputDirectory()``); all such problems are reported together.
    public func write(_ files: [String: [UInt8]]) throws(Failure) {
        let problems = Self.validate(files.keys) + checkOutputDirectory()
        guard problems.isEmpty else {
            throw Failure(problems: problems)
        }
        try publish(files)
    }

    /// Writes already validated files through a temporary directory and swaps them in. Internal so that tests
    /// can provoke a real file system failure that validation would otherwise prevent.
    func publish(_ files: [String: [UInt8]]) throws(Failure) {
        let fileManager = FileManager.default
        let output = outputDirectory.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let suffix = "-\(ProcessInfo.processInfo.processIdentifier)"
        let temporary = parent.appendingPathComponent(".\(name).tmp\(suffix)", isDirectory: true)
        let previous = parent.appendingPathComponent(".\(name).old\(suffix)", isDirectory: true)

        try attempt(.createParent, parent.path) {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        }
        try recoverFromInterruptedBuilds(parent: parent, name: name)

        try attempt(.createTemporary, temporary.path) {
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
        }
        do {
            try writeFiles(files, into: temporary)
            try attempt(.writeFile, Self.markerName) {
                let marker = temporary.appendingPathComponent(Self.markerName)
                try Self.writeNewFile(Self.markerContents, atPath: marker.path)
            }
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw error
        }

        guard fileManager.fileExists(atPath: output.path) else {
            try attempt(.moveNewSite, output.path) {
                do {
                    try fileManager.moveItem(at: temporary, to: output)
                } catch {
                    try? fileManager.removeItem(at: temporary)
                    throw error
                }
            }
            return
        }
        // One atomic step where the system has it: `output` is the new site at every moment after this.
        switch usesAtomicExchange ? Self.exchange(temporary.path, output.path) : .unsupported {
        case .exchanged:
            try? fileManager.removeItem(at: temporary)  // the previous site, now under the temporary name
            return
        case .failed(let code):
            try? fileManager.removeItem(at: temporary)
            throw Failure(problems: [
                Problem(.fileSystemFailure, path: output.path, [
                    "operation": Diagnostic.Term.exchangeSites,
                    "error": String(cString: strerror(code)),
                ])
            ])
        case .unsupported:
            break
        }
        try attempt(.movePreviousAside, output.path) {
            do {
                try fileManager.moveItem(at: output, to: previous)
            } catch {
                try? fileManager.removeItem(at: temporary)
                throw error
            }
        }
        try attempt(.moveNewSite, output.path) {
            do {
                try fileManager.moveItem(at: temporary, to: output)
            } catch {
                // Put the previous site back before reporting.
                try? fileManager.moveItem(at: previous, to: output)
                try? fileManager.removeItem(at: temporary)
                throw error
            }
        }
        // The new site is in place; a previous site that cannot be removed now is removed by the next build.
        try? fileManager.removeItem(at: previous)
    }

    /// Writes every file under `root` in UTF-8 byte order of the paths, so the sequence of file system
    /// operations is the same on every run.
    private func writeFiles(_ files: [String: [UInt8]], into root: URL) throws(Failure) {
        let fileManager = FileManager.default
        let rootPath = root.standardizedFileURL.path + "/"
        var createdDirectories: Set<String> = []
        for path in files.keys.sorted(by: Self.utf8Ascending) {
            let file = root.appendingPathComponent(path, isDirectory: false).standardizedFileURL
            // Validation already rules this out; the check makes "never outside the output" local and obvious.
            guard file.path.hasPrefix(rootPath) else {
                throw Failure(problems: [
                    Problem(.invalidSitePath, path: path, ["reason": Diagnostic.Term.outsideSite])
                ])
            }
            let directory = file.deletingLastPathComponent()
            if !createdDirectories.contains(directory.path) {
                try attempt(.createDirectory, path) {
                    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
                }
                createdDirectories.insert(directory.path)
            }
            try attempt(.writeFile, path) {
                try Self.writeNewFile(files[path]!, atPath: file.path)
            }
        }
    }

    /// Creates a file that must not exist yet and writes `bytes` to it. Plain POSIX calls: Foundation's
    /// `.withoutOverwriting` goes through a temporary file and an fsync per file, which made writing thousands
    /// of small files take seconds. Durability comes from the swap at the end, not from each file.
    static func writeNewFile(_ bytes: [UInt8], atPath path: String) throws {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { Glibc.close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }

    /// Removes `.Site.tmp-*` directories of interrupted builds. A `.Site.old-*` directory is the previous site
    /// moved aside by a build interrupted mid-swap: when `Site` itself is missing it is moved back, otherwise it
    /// is removed.
    private func recoverFromInterruptedBuilds(parent: URL, name: String) throws(Failure) {
        let fileManager = FileManager.default
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        let output = parent.appendingPathComponent(name, isDirectory: true)
        for entry in entries.sorted(by: Self.utf8Ascending) {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).tmp-") {
                try attempt(.removeLeftoverTemporary, url.path) {
                    try fileManager.removeItem(at: url)
                }
            } else if entry.hasPrefix(".\(name).old-") {
                if fileManager.fileExists(atPath: output.path) {
                    try attempt(.removeLeftoverPrevious, url.path) {
                        try fileManager.removeItem(at: url)
                    }
                } else {
                    try attempt(.restorePrevious, url.path) {
                        try fileManager.moveItem(at: url, to: output)
                    }
                }
            }
        }
    }

    /// Runs a file system operation, turning its error into a ``Problem`` that names the operation and path.
    private func attempt(_ operation: Diagnostic.Term, _ path: String, _ body: () throws -> Void) throws(Failure) {
        do {
            try body()
        } catch {
            throw Failure(problems: [
                Problem(.fileSystemFailure, path: path, ["operation": operation, "error": error.localizedDescription])
            ])
        }
    }
}
