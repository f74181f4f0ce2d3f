/// A parsed Markdown document: CommonMark 0.31.2 plus the GFM tables, strikethrough and autolinks
/// extensions (per `MarkdownOptions`).
///
/// Parsing is linear in the input size and never recurses, so any input is safe to parse and render.
public struct MarkdownDocument: Sendable {
    let tree: SyntaxTree
    /// The options the document was parsed with; rendering uses them too.
    public let options: MarkdownOptions

    /// Parses Markdown text.
    public init(parsing text: String, options: MarkdownOptions = .init()) {
        self.options = options
        self.tree = Parser.parse(InputSanitizer.sanitize(text), options: options)
    }

    /// Parses Markdown bytes; invalid UTF-8 and NUL characters become U+FFFD.
    public init(parsing bytes: some Collection<UInt8>, options: MarkdownOptions = .init()) {
        self.options = options
        self.tree = Parser.parse(InputSanitizer.sanitize(bytes), options: options)
    }

    /// Every link and image, in source order.
    public var links: [MarkdownLink] {
        var links: [MarkdownLink] = []
        forEachNode { index, node in
            guard node.kind == .link || node.kind == .image else { return }
            links.append(MarkdownLink(
                destination: tree.string(node.content),
                title: node.hasExtra ? tree.string(node.extra) : nil,
                isImage: node.kind == .image,
                text: String(decoding: PlainText.inlineText(of: index, in: tree), as: UTF8.self),
                line: node.line,
                column: node.column))
        }
        return links
    }

    /// Every heading, in source order, with its unique slug.
    public var headings: [MarkdownHeading] {
        var slugger = HeadingSlugger()
        var headings: [MarkdownHeading] = []
        forEachNode { index, node in
            guard node.kind == .heading else { return }
            let text = String(decoding: PlainText.inlineText(of: index, in: tree), as: UTF8.self)
            headings.append(MarkdownHeading(level: node.number, text: text, id: slugger.slug(for: text), line: node.line))
        }
        return headings
    }

    /// The document's text without markup or raw HTML: blocks separated by line feeds, line breaks as spaces.
    public var plainText: String {
        var output: [UInt8] = []
        PlainText.appendText(of: SyntaxTree.root, in: tree, to: &output, blockSeparator: ByteClass.newline)
        return String(decoding: output, as: UTF8.self)
    }

    /// Renders HTML. `rewrite` is called with each link and image destination; returning nil keeps it.
    /// Safe-link neutralisation applies to the rewritten destination.
    public func html(rewritingDestinations rewrite: ((String) -> String?)? = nil) -> String {
        var ids: [Int: String] = [:]
        if options.headingIDs {
            var slugger = HeadingSlugger()
            forEachNode { index, node in
                guard node.kind == .heading else { return }
                let text = String(decoding: PlainText.inlineText(of: index, in: tree), as: UTF8.self)
                ids[index] = slugger.slug(for: text)
            }
        }
        var renderer = HTMLRenderer(tree: tree, options: options, headingIDs: ids, rewrite: rewrite)
        return renderer.render()
    }

    /// Visits the nodes in document order (pre-order), without recursion.
    private func forEachNode(_ body: (Int, Node) -> Void) {
        var index = tree.nodes[SyntaxTree.root].firstChild
        while index >= 0 {
            let node = tree.nodes[index]
            body(index, node)
            if node.firstChild >= 0 {
                index = node.firstChild
                continue
            }
            var climbing = index
            while climbing != SyntaxTree.root && tree.nodes[climbing].next < 0 {
                climbing = tree.nodes[climbing].parent
            }
            if climbing == SyntaxTree.root { return }
            index = tree.nodes[climbing].next
        }
    }
}
