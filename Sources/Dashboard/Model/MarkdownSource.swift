/// Markdown text with the place it came from, so problems inside it can be located in the file.
public struct MarkdownSource: Sendable {
    public var text: String
    public var file: String
    /// The file line where `text` starts (after the front matter).
    public var firstLine: Int

    public init(text: String, file: String, firstLine: Int) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
    }
}
