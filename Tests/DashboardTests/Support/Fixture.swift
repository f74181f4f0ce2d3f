import Dashboard
import Diagnostics
import Foundation

/// The small fixture site in Tests/Fixtures/minimal-site, read into memory with the real UI catalogs from
/// Content/i18n, so tests can break one file at a time.
enum Fixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relativeFolder: String) -> [String: [UInt8]] {
        let root = repositoryRoot.appendingPathComponent(relativeFolder)
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = [UInt8](FileManager.default.contents(atPath: full)!)
            }
        }
        return files
    }

    /// The minimal site's content, with `changes` applied (nil removes a file).
    static func content(_ changes: [String: String?] = [:]) -> ContentFiles {
        var files = read("Tests/Fixtures/minimal-site/Content")
        for (path, bytes) in read("Content/i18n") { files["i18n/" + path] = bytes }
        for (path, text) in changes {
            files[path] = text.map { Array($0.utf8) }
        }
        return ContentFiles(root: "Content", files: files)
    }

    static func text(_ path: String) -> String {
        String(decoding: content().files[path]!, as: UTF8.self)
    }

    /// Resolves the fixture (with changes) and returns the model and the diagnostics.
    static func resolve(_ changes: [String: String?] = [:]) -> (model: DashboardModel?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let model = ContentResolver.resolve(content(changes), log: &log)
        return (model, log)
    }

    /// Replaces the first occurrence of `target` in a fixture file.
    static func edit(_ path: String, replacing target: String, with replacement: String) -> [String: String?] {
        let original = text(path)
        precondition(original.contains(target), "\(path) does not contain \(target)")
        return [path: original.replacingOccurrences(of: target, with: replacement, options: [], range:
                                                        original.range(of: target))]
    }
}

extension Diagnostic {
    /// Where and which problem, as tests assert it: `path:line:col code`, not the English sentence.
    var identity: String { "\(position) \(code)" }
}

extension DiagnosticLog {
    var errors: [String] { sorted.filter { $0.severity == .error }.map(\.identity) }
    var warnings: [String] { sorted.filter { $0.severity == .warning }.map(\.identity) }

    /// The first diagnostic of a code.
    func first(_ code: String) -> Diagnostic? { sorted.first { $0.code.description == code } }
}
