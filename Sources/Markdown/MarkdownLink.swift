/// A link or image found in a document.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as written, after backslash escapes and entities are resolved.
    public var destination: String
    /// The title, if one was given.
    public var title: String?
    /// Whether this is an image (`![alt](src)`).
    public var isImage: Bool
    /// The plain text of the link, or the alt text of an image.
    public var text: String
    /// 1-based line of the `[`, `!` or `<` (or the first character of a bare autolink) in the source.
    public var line: Int
    /// 1-based column of the same character, counted in Unicode scalars.
    public var column: Int

    /// Creates a link description.
    public init(destination: String, title: String?, isImage: Bool, text: String, line: Int, column: Int) {
        self.destination = destination
        self.title = title
        self.isImage = isImage
        self.text = text
        self.line = line
        self.column = column
    }
}
