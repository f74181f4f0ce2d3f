/// A heading found in a document.
public struct MarkdownHeading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The heading's slug, unique within the document (used as `id` when `headingIDs` is on).
    public var id: String
    /// 1-based source line where the heading starts.
    public var line: Int

    /// Creates a heading description.
    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
