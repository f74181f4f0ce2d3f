import Markdown

/// A content file's Markdown body, parsed once while resolving, with the place it came from so problems inside
/// it can be located in the file. The checks read its links and headings; the pages render it.
public struct MarkdownSource: Sendable {
    public var document: MarkdownDocument
    public var file: String
    /// The file line where the Markdown starts (after the front matter).
    public var firstLine: Int

    public init(document: MarkdownDocument, file: String, firstLine: Int) {
        self.document = document
        self.file = file
        self.firstLine = firstLine
    }
}

extension SiteSettings {
    /// How the site's Markdown is parsed and rendered: the safe defaults, headings with ids (links may point at
    /// them), table alignment as classes (the Content-Security-Policy forbids styles), and raw HTML only when the
    /// settings allow it.
    public var markdownOptions: MarkdownOptions {
        MarkdownOptions(allowRawHTML: allowRawHTML, headingIDs: true, alignmentClasses: true)
    }
}
