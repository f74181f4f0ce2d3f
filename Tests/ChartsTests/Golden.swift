import Testing
import TestSupport

/// The chart golden files under Golden/, one tag per line so diffs are readable.
enum Golden {
    static let files = TestSupport.Golden(beside: #filePath, "Golden")

    static func check(_ markup: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let problem = files.compare(TestSupport.Golden.lines(markup), name)
        #expect(problem == nil, "\(problem ?? "")", sourceLocation: sourceLocation)
    }
}
