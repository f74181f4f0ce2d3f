import Foundation
import Testing

/// Golden files: expected output stored under Golden/, one tag per line so diffs are readable.
///
/// Run with `UPDATE_GOLDEN=1` to rewrite them after an intended change, then review the diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Puts each tag on its own line; text never holds a raw "<", so this split is safe.
    static func lines(_ markup: String) -> String {
        markup.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    static func check(_ markup: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        let actual = lines(markup)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(name) differs; rerun with UPDATE_GOLDEN=1 and review the diff",
                sourceLocation: sourceLocation)
    }
}
