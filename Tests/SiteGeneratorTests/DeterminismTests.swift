import Dashboard
import Foundation
import Publishing
import Testing
@testable import SiteGenerator

/// The same input gives the same bytes whatever the process: hash seeds, locale, time zone, cores.
@Suite struct DeterminismTests {
    /// The build-site executable beside the test bundle (SwiftPM builds it for `swift test`).
    static var executable: URL? {
        let candidates = [Bundle.main.executableURL, Bundle.main.bundleURL.appendingPathComponent("x")]
            .compactMap { $0?.deletingLastPathComponent().appendingPathComponent("build-site") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    func build(into output: URL, environment: [String: String], arguments: [String] = []) throws -> [String: [UInt8]] {
        let process = Process()
        process.executableURL = Self.executable
        // The fixture has no catalogs of its own: give it a content folder with the real ones.
        let content = output.deletingLastPathComponent().appendingPathComponent("Content-\(UUID().uuidString)")
        for (relative, bytes) in SiteFixture.content().files {
            let url = content.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        process.arguments = ["--content", content.path, "--assets", SiteFixture.repositoryRoot.appendingPathComponent("Assets").path,
                             "--output", output.path, "--force", "--quiet"] + arguments
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try DirectoryReader.read(output.path)
    }

    @Test(.enabled(if: executable != nil, "build-site is not built next to the tests"))
    func separateProcessesWithDifferentSettingsWriteIdenticalSites() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("determinism-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try build(into: root.appendingPathComponent("a"),
                              environment: ["LANG": "fi_FI.UTF-8", "LC_ALL": "fi_FI.UTF-8", "TZ": "Europe/Helsinki"])
        let second = try build(into: root.appendingPathComponent("b"),
                               environment: ["LANG": "C", "TZ": "America/Los_Angeles"], arguments: ["--serial"])
        #expect(first.count > 50)
        #expect(first.keys.sorted() == second.keys.sorted())
        for (path, bytes) in first where second[path] != bytes { Issue.record("\(path) differs") }
    }

    @Test func serialAndParallelRenderingAgree() {
        let parallel = SiteFixture.build(options: .init(parallel: true)).files
        let serial = SiteFixture.build(options: .init(parallel: false)).files
        #expect(parallel != nil && parallel == serial)
    }

    /// The whole example site, not just the fixture: its thousands of files are where a scheduling-dependent
    /// shortcut (a shared cache filled by whichever page comes first) would show.
    @Test func serialAndParallelBuildsOfTheExampleSiteAgree() throws {
        let parallel = try #require(ExampleSiteTests.build.files)
        let serial = try #require(
            SiteBuilder(options: .init(strict: true, parallel: false))
                .build(ContentFiles(root: "Content", files: SiteFixture.read("Content")), assets: SiteFixture.assets)
                .files)
        #expect(parallel.count > 5000)
        #expect(parallel.keys.sorted() == serial.keys.sorted())
        for (path, bytes) in parallel where serial[path] != bytes { Issue.record("\(path) differs") }
    }

    @Test func inputFileOrderDoesNotMatter() throws {
        // Dictionaries iterate in a per-process random order; a reversed insertion order must not matter either.
        let content = SiteFixture.content()
        var reversed = [String: [UInt8]]()
        for key in content.files.keys.sorted(by: >) { reversed[key] = content.files[key] }
        let a = SiteBuilder().build(content, assets: SiteFixture.assets).files
        let b = SiteBuilder().build(.init(root: content.root, files: reversed), assets: SiteFixture.assets).files
        #expect(a != nil && a == b)
    }
}
