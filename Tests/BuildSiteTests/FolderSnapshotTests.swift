import Foundation
import Testing

@testable import build_site

@Suite struct FolderSnapshotTests {
    @Test func watchNoticesChangedFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let before = FolderSnapshot(folders: [folder.path])
        #expect(FolderSnapshot(folders: [folder.path]) == before)
        try Data("three".utf8).write(to: file)
        #expect(FolderSnapshot(folders: [folder.path]) != before)
    }
}
