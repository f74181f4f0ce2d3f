/// Renders a syntax tree as HTML, byte for byte as the CommonMark reference renderer does.
/// The walk is iterative, so nesting depth cannot overflow the stack.
struct HTMLRenderer {
    let tree: SyntaxTree
    let options: MarkdownOptions
    let rewrite: ((String) -> String?)?
    /// Heading node index to id, when heading ids are rendered.
    let headingIDs: [Int: String]
    var output: [UInt8] = []

    init(tree: SyntaxTree, options: MarkdownOptions, headingIDs: [Int: String], rewrite: ((String) -> String?)?) {
        self.tree = tree
        self.options = options
        self.headingIDs = headingIDs
        self.rewrite = rewrite
        output.reserveCapacity(tree.bytes.count + tree.bytes.count / 2)
    }

    mutating func render() -> String {
        var node = SyntaxTree.root
        var entering = true
        while true {
            if entering {
                if enter(node) {
                    let child = tree.nodes[node].firstChild
                    if child >= 0 {
                        node = child
                        continue
                    }
                    exit(node)
                }
            } else {
                exit(node)
            }
            if node == SyntaxTree.root { break }
            let next = tree.nodes[node].next
            if next >= 0 {
                node = next
                entering = true
            } else {
                node = tree.nodes[node].parent
                entering = false
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Output helpers

    private mutating func literal(_ string: StaticString) {
        string.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// Starts a new line unless the output is empty or already at a line start.
    private mutating func newlineIfNeeded() {
        if let last = output.last, last != ByteClass.newline { output.append(ByteClass.newline) }
    }

    private mutating func escaped(_ range: ByteRange) {
        HTMLRenderer.escapeHTML(tree.bytes, range.start..<range.end, into: &output)
    }

    static func escapeHTML(_ bytes: [UInt8], _ range: Range<Int>, into output: inout [UInt8]) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") {
                output.append(contentsOf: bytes[runStart..<index])
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                default: output.append(contentsOf: "&quot;".utf8)
                }
                runStart = index + 1
            }
            index += 1
        }
        output.append(contentsOf: bytes[runStart..<range.upperBound])
    }

    /// Bytes allowed unescaped in an href; everything else is percent-encoded.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func escapeHref(_ bytes: [UInt8], into output: inout [UInt8]) {
        let hrefSafe = HTMLRenderer.hrefSafe
        for byte in bytes {
            if hrefSafe[Int(byte)] {
                output.append(byte)
            } else if byte == UInt8(ascii: "&") {
                output.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                output.append(contentsOf: "&#x27;".utf8)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    /// The destination after the caller's rewrite and the safety check.
    private func finalDestination(_ range: ByteRange) -> [UInt8] {
        var destination = Array(tree.bytes[range.start..<range.end])
        if let rewrite, let rewritten = rewrite(String(decoding: destination, as: UTF8.self)) {
            destination = Array(rewritten.utf8)
        }
        if options.safeLinks && LinkSafety.isDangerous(destination) { return [] }
        return destination
    }

    private mutating func titleAttribute(_ node: Node) {
        guard node.hasExtra else { return }
        literal(" title=\"")
        escaped(node.extra)
        output.append(UInt8(ascii: "\""))
    }

    private func isInTightList(_ paragraph: Node) -> Bool {
        guard paragraph.parent >= 0 else { return false }
        let item = tree.nodes[paragraph.parent]
        guard item.kind == .item, item.parent >= 0 else { return false }
        return tree.nodes[item.parent].isTightList
    }

    private mutating func decimal(_ value: Int) {
        output.append(contentsOf: String(value).utf8)
    }

    // MARK: Nodes

    /// Writes the opening of `index`; returns whether its children should be rendered.
    private mutating func enter(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        switch node.kind {
        case .document:
            return true
        case .blockQuote:
            newlineIfNeeded()
            literal("<blockquote>\n")
        case .list:
            newlineIfNeeded()
            if node.marker == UInt8(ascii: ".") || node.marker == UInt8(ascii: ")") {
                if node.number == 1 {
                    literal("<ol>\n")
                } else {
                    literal("<ol start=\"")
                    decimal(node.number)
                    literal("\">\n")
                }
            } else {
                literal("<ul>\n")
            }
        case .item:
            newlineIfNeeded()
            literal("<li>")
        case .paragraph:
            if !isInTightList(node) {
                newlineIfNeeded()
                literal("<p>")
            }
        case .heading:
            newlineIfNeeded()
            literal("<h")
            decimal(node.number)
            if let id = headingIDs[index] {
                literal(" id=\"")
                HTMLRenderer.escapeHTML(Array(id.utf8), 0..<id.utf8.count, into: &output)
                output.append(UInt8(ascii: "\""))
            }
            output.append(UInt8(ascii: ">"))
        case .codeBlock:
            newlineIfNeeded()
            literal("<pre><code")
            if node.extra.count > 0 {
                var end = node.extra.start
                while end < node.extra.end && !ByteClass.isWhitespace(tree.bytes[end]) { end += 1 }
                literal(" class=\"language-")
                escaped(ByteRange(start: node.extra.start, count: end - node.extra.start))
                output.append(UInt8(ascii: "\""))
            }
            output.append(UInt8(ascii: ">"))
            escaped(node.content)
            literal("</code></pre>\n")
            return false
        case .htmlBlock:
            newlineIfNeeded()
            if options.allowRawHTML {
                output.append(contentsOf: tree.bytes[node.content.start..<node.content.end])
                newlineIfNeeded()
            }
            return false
        case .thematicBreak:
            newlineIfNeeded()
            literal("<hr />\n")
            return false
        case .table:
            newlineIfNeeded()
            literal("<table>\n")
        case .tableRow:
            if node.number == 1 {
                literal("<thead>\n")
            } else if node.previous >= 0 && tree.nodes[node.previous].number == 1 {
                literal("<tbody>\n")
            }
            literal("<tr>\n")
        case .tableCell:
            let isHeader = tree.nodes[node.parent].number == 1
            literal(isHeader ? "<th" : "<td")
            let table = tree.nodes[tree.nodes[node.parent].parent]
            let alignment = tree.alignments[table.alignmentStart + node.number]
            if alignment != .none { literal(options.alignmentClasses ? " class=\"align-" : " align=\"") }
            switch alignment {
            case .none: break
            case .left: literal("left\"")
            case .center: literal("center\"")
            case .right: literal("right\"")
            }
            output.append(UInt8(ascii: ">"))
        case .text:
            escaped(node.content)
        case .softBreak:
            output.append(ByteClass.newline)
        case .lineBreak:
            literal("<br />\n")
        case .code:
            literal("<code>")
            escaped(node.content)
            literal("</code>")
        case .htmlInline:
            if options.allowRawHTML {
                output.append(contentsOf: tree.bytes[node.content.start..<node.content.end])
            }
        case .emphasis:
            literal("<em>")
        case .strong:
            literal("<strong>")
        case .strikethrough:
            literal("<del>")
        case .link:
            literal("<a href=\"")
            HTMLRenderer.escapeHref(finalDestination(node.content), into: &output)
            output.append(UInt8(ascii: "\""))
            titleAttribute(node)
            output.append(UInt8(ascii: ">"))
        case .image:
            literal("<img src=\"")
            HTMLRenderer.escapeHref(finalDestination(node.content), into: &output)
            literal("\" alt=\"")
            let alt = PlainText.inlineText(of: index, in: tree)
            HTMLRenderer.escapeHTML(alt, 0..<alt.count, into: &output)
            output.append(UInt8(ascii: "\""))
            titleAttribute(node)
            literal(" />")
            return false
        }
        return true
    }

    private mutating func exit(_ index: Int) {
        let node = tree.nodes[index]
        switch node.kind {
        case .blockQuote:
            newlineIfNeeded()
            literal("</blockquote>\n")
        case .list:
            newlineIfNeeded()
            let ordered = node.marker == UInt8(ascii: ".") || node.marker == UInt8(ascii: ")")
            literal(ordered ? "</ol>\n" : "</ul>\n")
        case .item:
            literal("</li>\n")
        case .paragraph:
            if !isInTightList(node) { literal("</p>\n") }
        case .heading:
            literal("</h")
            decimal(node.number)
            literal(">\n")
        case .table:
            if tree.nodes[node.lastChild].number != 1 { literal("</tbody>\n") }
            literal("</table>\n")
        case .tableRow:
            literal("</tr>\n")
            if node.number == 1 { literal("</thead>\n") }
        case .tableCell:
            literal(tree.nodes[node.parent].number == 1 ? "</th>\n" : "</td>\n")
        case .emphasis:
            literal("</em>")
        case .strong:
            literal("</strong>")
        case .strikethrough:
            literal("</del>")
        case .link:
            literal("</a>")
        default:
            break
        }
    }
}
