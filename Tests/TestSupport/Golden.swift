import Foundation

/// Golden files: expected output stored beside the tests, so a change to any page or chart shows up as a diff.
///
/// Run the tests with `UPDATE_GOLDEN=1` to rewrite the files after an intended change, then review the diff
/// before committing it. Comparison returns a description of the difference instead of asserting, so both
/// test frameworks (and scripts) can use it.
public struct Golden: Sendable {
    /// The folder that holds the golden files.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The folder `name` next to the test file that calls this (`Golden(beside: #filePath, "Golden")`).
    public init(beside filePath: String, _ name: String) {
        directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Whether this run rewrites golden files instead of comparing (`UPDATE_GOLDEN=1`).
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// Puts each tag of one-line markup on its own line (charts are written without line breaks); text never
    /// holds a raw "<", so the split is safe.
    public static func lines(_ markup: String) -> String {
        markup.replacingOccurrences(of: "><", with: ">\n<") + "\n"
    }

    /// Compares `actual` with the golden file `name` (or writes it when updating). Returns nil when they agree,
    /// else a message naming the first differing line.
    public func compare(_ actual: String, _ name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if Self.isUpdating {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "cannot write golden \(name): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden \(name) is missing; run with UPDATE_GOLDEN=1 to create it and review it"
        }
        guard actual != expected else { return nil }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let expectedText = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let actualText = line < actualLines.count ? String(actualLines[line]) : "(end of file)"
        return """
            golden \(name) differs at line \(line + 1); rerun with UPDATE_GOLDEN=1 and review the diff
              expected: \(expectedText)
              actual:   \(actualText)
            """
    }
}
