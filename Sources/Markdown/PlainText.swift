/// Extracts text without markup from the syntax tree (for alt text, link text, headings and summaries).
enum PlainText {
    /// The text of the inline descendants of `index`; line breaks become spaces.
    static func inlineText(of index: Int, in tree: SyntaxTree) -> [UInt8] {
        var output: [UInt8] = []
        appendText(of: index, in: tree, to: &output, blockSeparator: nil)
        return output
    }

    /// The text of every descendant of `index`; blocks are separated by `blockSeparator` when given.
    static func appendText(of index: Int, in tree: SyntaxTree, to output: inout [UInt8], blockSeparator: UInt8?) {
        var node = tree.nodes[index].firstChild
        guard node >= 0 else { return }
        while true {
            let current = tree.nodes[node]
            switch current.kind {
            case .text, .code:
                output.append(contentsOf: tree.bytes[current.content.start..<current.content.end])
            case .codeBlock:
                if let separator = blockSeparator, !output.isEmpty, output.last != separator { output.append(separator) }
                var end = current.content.end
                while end > current.content.start && ByteClass.isWhitespace(tree.bytes[end - 1]) { end -= 1 }
                output.append(contentsOf: tree.bytes[current.content.start..<end])
            case .softBreak, .lineBreak:
                output.append(ByteClass.space)
            case .paragraph, .heading, .tableCell:
                if let separator = blockSeparator, !output.isEmpty, output.last != separator {
                    output.append(current.kind == .tableCell && output.last != ByteClass.newline ? ByteClass.space : separator)
                }
            default:
                break
            }
            // Pre-order walk without recursion; code blocks have no children.
            if current.firstChild >= 0 {
                node = current.firstChild
                continue
            }
            var climbing = node
            while climbing != index && tree.nodes[climbing].next < 0 {
                climbing = tree.nodes[climbing].parent
            }
            if climbing == index { return }
            node = tree.nodes[climbing].next
        }
    }
}
