/// The raw files of a content folder: relative path → bytes. The executable reads them from disk; tests build
/// them in memory, so every stage after this one is pure.
public struct ContentFiles: Sendable {
    /// How diagnostics name the folder, e.g. `Content`.
    public var root: String
    public var files: [String: [UInt8]]

    public init(root: String, files: [String: [UInt8]]) {
        self.root = root
        self.files = files
    }

    /// The path an editor sees: `Content/areas.json`.
    public func displayPath(_ relative: String) -> String {
        root.isEmpty ? relative : root + "/" + relative
    }
}
