/// Links and images: `]` looks back for the nearest `[` or `![` on the bracket stack and tries an inline
/// destination, then a full, collapsed or shortcut reference.
extension Parser {
    mutating func pushBracket(node: Int, isImage: Bool, position: Int, textStart: Int) {
        brackets.append(Bracket(node: node, isImage: isImage, position: position, textStart: textStart,
                                previousDelimiter: lastDelimiter))
    }

    private mutating func popBracket() {
        brackets.removeLast()
        inactiveLinkOpenersBelow = min(inactiveLinkOpenersBelow, brackets.count)
    }

    mutating func handleCloseBracket(at position: Int) -> Int {
        guard let opener = brackets.last else {
            tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
            return position + 1
        }
        guard opener.isImage || brackets.count - 1 >= inactiveLinkOpenersBelow else {
            popBracket()
            tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
            return position + 1
        }
        let target = scanLinkTarget(opener: opener, closingBracket: position)
        guard let (destination, title, next) = target else {
            popBracket()
            tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
            return position + 1
        }

        let link = tree.makeNode(opener.isImage ? .image : .link)
        tree.nodes[link].content = tree.store(destination)
        if let title {
            tree.nodes[link].extra = tree.store(title)
            tree.nodes[link].hasExtra = true
        }
        setSourcePosition(of: link, at: opener.position)
        tree.moveSiblings(after: opener.node, until: -1, into: link)
        tree.insert(link, after: opener.node)
        processEmphasis(stackBottom: opener.previousDelimiter)
        tree.unlink(opener.node)
        popBracket()
        if !opener.isImage {
            // Links may not contain links: earlier `[` openers can no longer form one.
            inactiveLinkOpenersBelow = brackets.count
        }
        return next
    }

    /// What follows the `]` at `closingBracket`: an inline destination and title or a defined reference.
    /// Returns the destination, title and the index after the link. (Reads a copy of the buffer, so it
    /// must not outlive this function: storing into the buffer while it is alive would copy it.)
    private mutating func scanLinkTarget(opener: Bracket, closingBracket position: Int) -> ([UInt8], [UInt8]?, Int)? {
        let bytes = tree.bytes
        var destination: [UInt8]?
        var title: [UInt8]?
        var next = position + 1

        // Inline link: ( destination "title" )
        if next < subjectEnd && bytes[next] == UInt8(ascii: "(") {
            let destinationStart = LinkSyntax.skipWhitespace(bytes, from: next + 1, end: subjectEnd)
            if let scanned = LinkSyntax.scanDestination(bytes, at: destinationStart, end: subjectEnd) {
                var index = LinkSyntax.skipWhitespace(bytes, from: scanned.next, end: subjectEnd)
                var titleRange: Range<Int>?
                if index > scanned.next, let scannedTitle = LinkSyntax.scanTitle(bytes, at: index, end: subjectEnd) {
                    titleRange = scannedTitle.range
                    index = LinkSyntax.skipWhitespace(bytes, from: scannedTitle.next, end: subjectEnd)
                }
                if index < subjectEnd && bytes[index] == UInt8(ascii: ")") {
                    var decoded: [UInt8] = []
                    EntityDecoder.unescape(bytes, scanned.range, into: &decoded)
                    destination = decoded
                    if let titleRange {
                        var decodedTitle: [UInt8] = []
                        EntityDecoder.unescape(bytes, titleRange, into: &decodedTitle)
                        title = decodedTitle
                    }
                    next = index + 1
                }
            }
        }

        // Reference link: [text][label], [text][] or [text].
        if destination == nil {
            var labelRange: Range<Int>?
            var afterLabel = position + 1
            if afterLabel < subjectEnd && bytes[afterLabel] == UInt8(ascii: "["),
                let labelEnd = LinkSyntax.scanLabel(bytes, at: afterLabel, end: subjectEnd)
            {
                labelRange = afterLabel + 1..<labelEnd - 1
                afterLabel = labelEnd
            } else if afterLabel + 1 < subjectEnd && bytes[afterLabel] == UInt8(ascii: "[")
                && bytes[afterLabel + 1] == UInt8(ascii: "]")
            {
                afterLabel += 2
            }
            if labelRange == nil {
                // Collapsed or shortcut: the link text itself must be a valid label.
                if LinkSyntax.scanLabel(bytes, at: opener.textStart - 1, end: subjectEnd) == position + 1 {
                    labelRange = opener.textStart..<position
                }
            }
            if let labelRange, let reference = lookUpReference(labelRange) {
                destination = reference.destination
                title = reference.title
                next = afterLabel
            }
        }

        guard let destination else { return nil }
        return (destination, title, next)
    }

    /// Looks a label up, charging the expansion budget so repeated references cannot blow up the output.
    private mutating func lookUpReference(_ label: Range<Int>) -> LinkReference? {
        guard !references.isEmpty else { return nil }
        let key = LinkSyntax.normalizedLabel(tree.bytes, label)
        guard let reference = references[key] else { return nil }
        let cost = reference.destination.count + (reference.title?.count ?? 0)
        guard cost <= referenceExpansionBudget else { return nil }
        referenceExpansionBudget -= cost
        return reference
    }
}
