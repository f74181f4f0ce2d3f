import Diagnostics
import Foundation
import Testing

@testable import Publishing

/// A fresh directory per test under the system temporary directory, standing in for a repository checkout.
private final class Sandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("SiteWriterTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    func writer(output: String = "Site", content: String? = "Content", force: Bool = false) -> SiteWriter {
        SiteWriter(
            outputDirectory: url(output), contentDirectory: content.map(url), workingDirectory: root, force: force
        )
    }

    /// Every regular file under `path`, by relative path.
    func files(under path: String) -> [String: [UInt8]] {
        let base = url(path)
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = Array(FileManager.default.contents(atPath: full) ?? Data())
            }
        }
        return result
    }

    /// The names directly in the sandbox root, sorted.
    func topLevel() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    func make(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }
}

private func bytes(_ files: [String: String]) -> [String: [UInt8]] {
    files.mapValues { Array($0.utf8) }
}

/// The files of a site as the writer leaves them on disk: `files` and the marker that says the writer made it.
private func written(_ files: [String: String]) -> [String: [UInt8]] {
    bytes(files).merging([SiteWriter.markerName: SiteWriter.markerContents]) { a, _ in a }
}

/// A site an earlier build wrote, at `folder`.
private func earlierBuild(_ files: [String: String], at folder: String = "Site") -> [String: String] {
    files.merging([SiteWriter.markerName: String(decoding: SiteWriter.markerContents, as: UTF8.self)]) { a, _ in a }
        .reduce(into: [:]) { $0[folder + "/" + $1.key] = $1.value }
}

private let previousSite = [
    "index.html": "old home",
    "fi/index.html": "vanha etusivu",
    "stale/only-in-old.html": "stale",
]

private let newSite = [
    "index.html": "<!doctype html>home",
    "fi/index.html": "etusivu",
    "fi/alueet/helsinki/index.html": "Helsinki",
    "sv/områden/index.html": "Områden",
    "assets/site.3f2a9c1b0d.css": "body{}",
    "empty.txt": "",
]

@Suite struct SiteWriterTests {
    @Test func writesExactlyTheGivenFiles() throws {
        let sandbox = try Sandbox()
        try sandbox.writer().write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func replacesThePreviousSiteEntirely() throws {
        let sandbox = try Sandbox()
        try sandbox.make(earlierBuild(previousSite))
        try sandbox.writer().write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func createsMissingParentDirectories() throws {
        let sandbox = try Sandbox()
        try sandbox.writer(output: "build/out/Site").write(bytes(newSite))
        #expect(sandbox.files(under: "build/out/Site") == written(newSite))
    }

    @Test func acceptsATrailingSlashOnTheOutputDirectory() throws {
        let sandbox = try Sandbox()
        try sandbox.writer(output: "Site/").write(bytes(newSite))
        try sandbox.writer(output: "Site/").write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func writesAnEmptySite() throws {
        let sandbox = try Sandbox()
        try sandbox.writer().write([:])
        #expect(sandbox.files(under: "Site") == written([:]))
        #expect(sandbox.topLevel() == ["Site"])
    }

    // MARK: Failures leave the previous site intact

    @Test func aFailingWriteLeavesThePreviousSiteIntact() throws {
        let sandbox = try Sandbox()
        try sandbox.make(earlierBuild(previousSite))
        // "a" is written as a file, so creating the directory for "a/b.html" fails for real. Validation would
        // catch this, so the test goes straight to the writing stage.
        let files = bytes(newSite.merging(["a": "file", "a/b.html": "child"]) { $1 })
        #expect {
            try sandbox.writer().publish(files)
        } throws: { error in
            (error as? SiteWriter.Failure)?.problems.map(\.code) == [.fileSystemFailure]
        }
        #expect(sandbox.files(under: "Site") == written(previousSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func aPathTooLongForTheFileSystemLeavesThePreviousSiteIntact() throws {
        let sandbox = try Sandbox()
        try sandbox.make(earlierBuild(previousSite))
        // Each name is valid, but together they exceed every platform's path length limit (4096 on Linux).
        let deep = Array(repeating: String(repeating: "x", count: 200), count: 25).joined(separator: "/") + "/a.html"
        let error = #expect(throws: SiteWriter.Failure.self) {
            try sandbox.writer().write(bytes(newSite.merging([deep: "deep"]) { $1 }))
        }
        #expect(error?.problems.map(\.code) == [.fileSystemFailure])
        #expect(sandbox.files(under: "Site") == written(previousSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    // MARK: Path validation

    @Test(arguments: [
        "", "/etc/passwd", "../escape.html", "fi/../../escape.html", "fi/./index.html", "fi//index.html", "fi/",
        "fi\\index.html", "fi/index\n.html", "fi/\u{0}.html", "fi/\u{7F}.html", "fi/\u{85}.html",
        String(repeating: "n", count: 256) + ".html",
    ])
    func rejectsInvalidPathsWithoutWriting(path: String) throws {
        let sandbox = try Sandbox()
        try sandbox.make(earlierBuild(previousSite))
        let error = #expect(throws: SiteWriter.Failure.self) {
            try sandbox.writer().write(bytes(newSite.merging([path: "x"]) { $1 }))
        }
        #expect(error?.problems == [error!.problems[0]])
        #expect(error?.problems.first?.code == .invalidSitePath)
        #expect(error?.problems.first?.path == path)
        #expect(sandbox.files(under: "Site") == written(previousSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func acceptsOrdinaryPaths() {
        let paths = [
            "index.html", "fi/alueet/helsinki/index.html", "sv/områden/åbo.html", ".nojekyll", "a..b/c.d.e", "x-y_z~",
            String(repeating: "n", count: 250) + ".html",
        ]
        #expect(SiteWriter.validate(paths) == [])
    }

    @Test func reportsCaseClashesOfFilesAndDirectories() {
        let problems = SiteWriter.validate(["fi/a.html", "fi/A.html", "Fi/b.html", "sv/Ö.html", "sv/ö.html"])
        #expect(
            problems == [
                .init(.caseClash, path: "Fi", ["others": "fi"]),
                .init(.caseClash, path: "fi/A.html", ["others": "fi/a.html"]),
                .init(.caseClash, path: "sv/Ö.html", ["others": "sv/ö.html"]),
            ])
    }

    @Test func reportsPathsThatAreBothFileAndDirectory() {
        let problems = SiteWriter.validate(["a", "a/b/c.html", "a/b", "d.html"])
        #expect(
            problems == [
                .init(.fileDirectoryClash, path: "a", ["child": "a/b"]),
                .init(.fileDirectoryClash, path: "a/b", ["child": "a/b/c.html"]),
            ])
    }

    @Test func problemCodesAreStable() {
        let codes: [Diagnostic.Code] = [
            .invalidSitePath, .caseClash, .fileDirectoryClash, .refusedOutputDirectory, .fileSystemFailure,
        ]
        #expect(
            codes.map(\.description) == [
                "output.invalid-path", "output.case-clash", "output.file-directory-clash",
                "output.refused-output-directory", "output.file-system",
            ])
    }

    @Test func reportsAllProblemsInAStableOrder() {
        let paths = ["z/../x", "b//c", "a/", "A.html", "a.html"]
        let first = SiteWriter.validate(paths)
        #expect(first.map(\.path) == ["A.html", "a/", "b//c", "z/../x"])
        #expect(SiteWriter.validate(paths.reversed()) == first)
    }

    // MARK: Refused output directories

    @Test(arguments: [
        ("Content", "the output directory is the content directory"),
        ("Content/Site", "the output directory is inside the content directory"),
        ("Content/..", "the output directory is the working directory or one of its ancestors"),
        (".", "the output directory is the working directory or one of its ancestors"),
        ("..", "the output directory is the working directory or one of its ancestors"),
        ("repository", "the output directory is a repository root (it has Package.swift or .git)"),
        ("checkout", "the output directory is a repository root (it has Package.swift or .git)"),
        ("file.txt", "the output path exists and is not a directory"),
    ])
    func refusesDangerousOutputDirectories(output: String, message: String) throws {
        let sandbox = try Sandbox()
        try sandbox.make([
            "Content/site.md": "content", "repository/Package.swift": "// package", "checkout/.git/HEAD": "ref",
            "file.txt": "text",
        ])
        let before = sandbox.files(under: ".")
        let error = #expect(throws: SiteWriter.Failure.self) {
            try sandbox.writer(output: output).write(bytes(newSite))
        }
        #expect(error?.problems.map(\.message).contains(message) == true)
        #expect(error?.problems.allSatisfy { $0.code == .refusedOutputDirectory } == true)
        #expect(sandbox.files(under: ".") == before)
    }

    @Test func refusesTheFileSystemRoot() throws {
        let sandbox = try Sandbox()
        let writer = SiteWriter(outputDirectory: URL(fileURLWithPath: "/"), workingDirectory: sandbox.root, force: true)
        #expect(
            writer.checkOutputDirectory().map(\.message) == [
                "the output directory is the working directory or one of its ancestors"
            ])
    }

    @Test func refusesAnOutputThatContainsTheContent() throws {
        let sandbox = try Sandbox()
        try sandbox.make(["Site/Content/goal.md": "content"])
        let writer = sandbox.writer(output: "Site", content: "Site/Content")
        #expect(writer.checkOutputDirectory().map(\.message) == ["the output directory contains the content directory"])
    }

    @Test func refusesASymbolicLink() throws {
        let sandbox = try Sandbox()
        try sandbox.make(["Real/index.html": "x"])
        try FileManager.default.createSymbolicLink(at: sandbox.url("Site"), withDestinationURL: sandbox.url("Real"))
        #expect(
            sandbox.writer().checkOutputDirectory().map(\.message) == [
                "the output directory is a symbolic link; give the directory it points to"
            ])
    }

    @Test func refusesTheContentDirectoryThroughASymbolicLinkedParent() throws {
        let sandbox = try Sandbox()
        try sandbox.make(["Content/site.md": "content"])
        try FileManager.default.createSymbolicLink(at: sandbox.url("alias"), withDestinationURL: sandbox.root)
        #expect(
            sandbox.writer(output: "alias/Content").checkOutputDirectory().map(\.message) == [
                "the output directory is the content directory"
            ])
    }

    @Test func requiresForceOutsideTheWorkingDirectory() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.url("work"), withIntermediateDirectories: true)
        var writer = SiteWriter(outputDirectory: sandbox.url("elsewhere/Site"), workingDirectory: sandbox.url("work"))
        let error = #expect(throws: SiteWriter.Failure.self) { try writer.write(bytes(newSite)) }
        #expect(error?.problems.count == 1)
        #expect(error?.problems.first?.message.hasPrefix("the output directory is outside the working directory") == true)
        #expect(!FileManager.default.fileExists(atPath: sandbox.url("elsewhere").path))

        writer.force = true
        try writer.write(bytes(newSite))
        #expect(sandbox.files(under: "elsewhere/Site") == written(newSite))
    }

    @Test func forceDoesNotAllowReplacingTheWorkingDirectory() throws {
        let sandbox = try Sandbox()
        let writer = sandbox.writer(output: ".", content: nil, force: true)
        #expect(
            writer.checkOutputDirectory().map(\.message) == [
                "the output directory is the working directory or one of its ancestors"
            ])
    }

    // MARK: Interrupted builds

    @Test func removesTheTemporaryDirectoryOfAnInterruptedBuild() throws {
        let sandbox = try Sandbox()
        try sandbox.make(earlierBuild(previousSite))
        // A build killed while writing leaves a half-written temporary directory and the old site untouched.
        try sandbox.make([".Site.tmp-99999/index.html": "half", ".Site.tmp-1/fi/x.html": "half"])
        try sandbox.make([".Site.old-12345/index.html": "older"])
        try sandbox.writer().write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func restoresThePreviousSiteAfterAnInterruptedSwap() throws {
        let sandbox = try Sandbox()
        // A build killed between its two renames: Site is missing and the previous site is beside it.
        try sandbox.make(earlierBuild(previousSite, at: ".Site.old-4242"))
        try sandbox.make([".Site.tmp-4242/index.html": "complete new site"])
        // The next build fails; the previous site must be back in place.
        let failing = bytes(["a": "file", "a/b.html": "child"])
        #expect(throws: SiteWriter.Failure.self) { try sandbox.writer().publish(failing) }
        #expect(sandbox.files(under: "Site") == written(previousSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func leavesOtherSitesLeftoversAlone() throws {
        let sandbox = try Sandbox()
        try sandbox.make([".Public.tmp-1/a": "x", ".Site.tmpfile": "y", "Site.tmp-1/a": "z"])
        try sandbox.writer().write(bytes(newSite))
        #expect(sandbox.topLevel() == [".Public.tmp-1", ".Site.tmpfile", "Site", "Site.tmp-1"])
    }

    // MARK: Determinism

    @Test func writesTheSameTreeWhateverTheInsertionOrder() throws {
        let sandbox = try Sandbox()
        var forward: [String: [UInt8]] = [:]
        var backward: [String: [UInt8]] = [:]
        let entries = bytes(newSite).sorted { $0.key < $1.key }
        for (path, contents) in entries { forward[path] = contents }
        for (path, contents) in entries.reversed() { backward[path] = contents }
        try sandbox.writer(output: "One").write(forward)
        try sandbox.writer(output: "Two").write(backward)
        try sandbox.writer(output: "One").write(forward)
        #expect(sandbox.files(under: "One") == sandbox.files(under: "Two"))
        #expect(sandbox.files(under: "One") == written(newSite))
        #expect(sandbox.topLevel() == ["One", "Two"])
    }
}

/// What the writer refuses to replace beyond the fixed list, and the swap a reader can never catch half done.
@Suite struct SiteWriterSafetyTests {
    @Test(arguments: ["docs", "Sources", "Sources/Charts", "notes"])
    func refusesAFolderItDidNotMake(output: String) throws {
        let sandbox = try Sandbox()
        try sandbox.make(["docs/EDITING.md": "guide", "Sources/Charts/A.swift": "code", "notes/.hidden": "x"])
        let before = sandbox.files(under: ".")
        let error = #expect(throws: SiteWriter.Failure.self) {
            try sandbox.writer(output: output).write(bytes(newSite))
        }
        #expect(error?.problems.map(\.code) == [.outputNotMadeByUs])
        #expect(sandbox.files(under: ".") == before)
    }

    @Test func acceptsANewAnEmptyOrItsOwnFolder() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(at: sandbox.url("Empty"), withIntermediateDirectories: true)
        try sandbox.writer(output: "Empty").write(bytes(newSite))
        try sandbox.writer(output: "New").write(bytes(newSite))
        try sandbox.writer(output: "New").write(bytes(previousSite))
        #expect(sandbox.files(under: "Empty") == written(newSite))
        #expect(sandbox.files(under: "New") == written(previousSite))
    }

    @Test(arguments: [
        ("Assets", "the output directory is the assets directory"),
        ("Assets/out", "the output directory is inside the assets directory"),
        ("Web", "the output directory contains the assets directory"),
    ])
    func refusesTheAssetsFolder(output: String, message: String) throws {
        let sandbox = try Sandbox()
        try sandbox.make(["Web/Assets/site.css": "css", "Assets/site.css": "css"])
        let assets = output == "Web" ? "Web/Assets" : "Assets"
        let writer = SiteWriter(outputDirectory: sandbox.url(output), assetsDirectory: sandbox.url(assets),
                                workingDirectory: sandbox.root)
        #expect(writer.checkOutputDirectory().map(\.message) == [message])
    }

    @Test func theMarkerIsNotAPathTheSiteMayUse() {
        #expect(SiteWriter.validate([SiteWriter.markerName]).map(\.code) == [.invalidSitePath])
        #expect(SiteWriter.validate(["fi/" + SiteWriter.markerName]) == [])
    }

    #if os(Linux)
    @Test func exchangeSwapsTwoFoldersInOneStep() throws {
        let sandbox = try Sandbox()
        try sandbox.make(["A/a.txt": "a", "B/b.txt": "b"])
        #expect(SiteWriter.exchange(sandbox.url("A").path, sandbox.url("B").path) == .exchanged)
        #expect(sandbox.files(under: "A") == bytes(["b.txt": "b"]))
        #expect(sandbox.files(under: "B") == bytes(["a.txt": "a"]))
        #expect(SiteWriter.exchange(sandbox.url("A").path, sandbox.url("Missing").path) == .failed(ENOENT))
    }
    #endif

    /// A reader polling Site/index.html while the site is rebuilt again and again never finds it missing.
    @Test func aReaderAlwaysFindsACompleteSite() throws {
        let sandbox = try Sandbox()
        try sandbox.writer().write(bytes(newSite))
        let index = sandbox.url("Site/index.html").path
        let probe = Probe()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while !probe.stopped {
                probe.record(found: FileManager.default.fileExists(atPath: index))
            }
            done.signal()
        }
        for round in 0..<40 {
            try sandbox.writer().write(bytes(round.isMultiple(of: 2) ? previousSite : newSite))
        }
        probe.stop()
        done.wait()
        #if os(Linux)
        #expect(probe.missing == 0, "Site/index.html was missing \(probe.missing) times in \(probe.reads) reads")
        #endif
        #expect(probe.reads > 0)
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func theFallbackReplacesTheSiteToo() throws {
        let sandbox = try Sandbox()
        var writer = sandbox.writer()
        writer.usesAtomicExchange = false
        try writer.write(bytes(previousSite))
        try writer.write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }

    @Test func aLeftoverOfAnExchangedBuildIsRemoved() throws {
        let sandbox = try Sandbox()
        // Killed after the exchange, before removing the previous site, which is under the temporary name.
        try sandbox.make(earlierBuild(newSite))
        try sandbox.make(earlierBuild(previousSite, at: ".Site.tmp-4242"))
        try sandbox.writer().write(bytes(newSite))
        #expect(sandbox.files(under: "Site") == written(newSite))
        #expect(sandbox.topLevel() == ["Site"])
    }
}

/// Counts what a polling thread saw.
private final class Probe: @unchecked Sendable {
    private let lock = NSLock()
    private var isStopped = false
    private(set) var reads = 0
    private(set) var missing = 0

    var stopped: Bool { lock.withLock { isStopped } }
    func stop() { lock.withLock { isStopped = true } }
    func record(found: Bool) {
        lock.withLock {
            reads += 1
            if !found { missing += 1 }
        }
    }
}
