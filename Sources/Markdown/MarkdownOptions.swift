/// Settings for parsing and rendering Markdown. The defaults suit site content: GFM extensions on,
/// raw HTML omitted and dangerous link schemes neutralised.
public struct MarkdownOptions: Sendable, Equatable {
    /// GFM tables.
    public var tables: Bool
    /// GFM strikethrough with `~~`.
    public var strikethrough: Bool
    /// GFM extended autolinks: `www.`, `http(s)://` and bare e-mail addresses.
    public var autolinks: Bool
    /// Whether raw HTML blocks and inline HTML are passed through; otherwise they are omitted.
    public var allowRawHTML: Bool
    /// Whether `javascript:`, `vbscript:`, `file:` and `data:` destinations (except PNG, GIF, JPEG and WebP
    /// images) are replaced by an empty destination.
    public var safeLinks: Bool
    /// Whether headings get an `id` attribute with a stable, unique slug of their text.
    public var headingIDs: Bool
    /// Whether table cell alignment is written as `class="align-right"` instead of GFM's `align="right"`.
    /// The `align` attribute is obsolete in HTML5 (the Nu Html Checker rejects it) and a strict
    /// Content-Security-Policy forbids `style`, so pages that must validate style the class instead.
    public var alignmentClasses: Bool

    /// Creates options; every argument defaults to the safe site-content setting.
    public init(
        tables: Bool = true,
        strikethrough: Bool = true,
        autolinks: Bool = true,
        allowRawHTML: Bool = false,
        safeLinks: Bool = true,
        headingIDs: Bool = false,
        alignmentClasses: Bool = false
    ) {
        self.tables = tables
        self.strikethrough = strikethrough
        self.autolinks = autolinks
        self.allowRawHTML = allowRawHTML
        self.safeLinks = safeLinks
        self.headingIDs = headingIDs
        self.alignmentClasses = alignmentClasses
    }

    /// Pure CommonMark 0.31.2 as the spec's examples expect: no extensions, raw HTML passed through,
    /// destinations unchanged.
    public static let commonMark = MarkdownOptions(
        tables: false, strikethrough: false, autolinks: false, allowRawHTML: true, safeLinks: false)
}
