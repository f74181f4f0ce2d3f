/// Emphasis, strong emphasis and strikethrough: delimiter runs are matched with the CommonMark
/// "process emphasis" procedure, using an openers-bottom table so unmatched closers are never rescanned.
extension Parser {
    mutating func handleDelimiterRun(at start: Int) -> Int {
        let character = tree.bytes[start]
        var end = start + 1
        while end < subjectEnd && tree.bytes[end] == character { end += 1 }
        let count = end - start
        let node = tree.appendText(ByteRange(start: start, count: count), to: currentLeaf)
        if character == UInt8(ascii: "~") && count > 2 { return end }

        let before: Unicode.Scalar = start == subjectStart
            ? "\n" : ByteClass.scalar(in: tree.bytes, before: start, lowerBound: subjectStart)
        let after: Unicode.Scalar = end >= subjectEnd ? "\n" : ByteClass.scalar(in: tree.bytes, at: end)
        let beforeIsWhitespace = ByteClass.isUnicodeWhitespace(before)
        let beforeIsPunctuation = ByteClass.isPunctuation(before)
        let afterIsWhitespace = ByteClass.isUnicodeWhitespace(after)
        let afterIsPunctuation = ByteClass.isPunctuation(after)
        let leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation)
        let rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        if canOpen || canClose {
            let index = delimiters.count
            delimiters.append(Delimiter(node: node, character: character, count: count, originalCount: count,
                                        canOpen: canOpen, canClose: canClose, previous: lastDelimiter))
            if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
            lastDelimiter = index
        }
        return end
    }

    private mutating func removeDelimiter(_ index: Int) {
        let delimiter = delimiters[index]
        if delimiter.previous >= 0 { delimiters[delimiter.previous].next = delimiter.next }
        if delimiter.next >= 0 {
            delimiters[delimiter.next].previous = delimiter.previous
        } else {
            lastDelimiter = delimiter.previous
        }
    }

    private static func bottomSlot(_ delimiter: Delimiter) -> Int {
        let characterIndex: Int
        switch delimiter.character {
        case UInt8(ascii: "*"): characterIndex = 0
        case UInt8(ascii: "_"): characterIndex = 1
        default: characterIndex = 2
        }
        return characterIndex * 6 + (delimiter.canOpen ? 3 : 0) + delimiter.originalCount % 3
    }

    /// Matches the delimiters above `stackBottom` into emphasis nodes and removes them from the stack.
    mutating func processEmphasis(stackBottom: Int) {
        guard lastDelimiter > stackBottom else { return }
        var openersBottom = [Int](repeating: stackBottom, count: 18)
        var closer = lastDelimiter
        while delimiters[closer].previous > stackBottom { closer = delimiters[closer].previous }

        while closer >= 0 {
            let closing = delimiters[closer]
            guard closing.canClose else {
                closer = closing.next
                continue
            }
            let slot = Parser.bottomSlot(closing)
            var opener = closing.previous
            var found = false
            while opener > stackBottom && opener > openersBottom[slot] {
                let opening = delimiters[opener]
                if opening.canOpen && opening.character == closing.character {
                    if closing.character == UInt8(ascii: "~") {
                        found = opening.count == closing.count
                    } else {
                        let oddMatch = (closing.canOpen || opening.canClose) && closing.originalCount % 3 != 0
                            && (opening.originalCount + closing.originalCount) % 3 == 0
                        found = !oddMatch
                    }
                    if found { break }
                }
                opener = opening.previous
            }
            if found {
                closer = makeEmphasis(opener: opener, closer: closer)
            } else {
                openersBottom[slot] = closing.previous
                if !closing.canOpen { removeDelimiter(closer) }
                closer = closing.next
            }
        }
        while lastDelimiter > stackBottom { removeDelimiter(lastDelimiter) }
    }

    /// Wraps the nodes between a matched opener and closer; returns the next closer to examine.
    private mutating func makeEmphasis(opener: Int, closer: Int) -> Int {
        let character = delimiters[closer].character
        let used: Int
        let kind: NodeKind
        if character == UInt8(ascii: "~") {
            used = delimiters[opener].count
            kind = .strikethrough
        } else {
            used = delimiters[closer].count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
            kind = used == 2 ? .strong : .emphasis
        }
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        delimiters[opener].count -= used
        delimiters[closer].count -= used
        tree.nodes[openerNode].content.count -= used
        tree.nodes[closerNode].content.start += used
        tree.nodes[closerNode].content.count -= used

        let emphasis = tree.makeNode(kind)
        tree.moveSiblings(after: openerNode, until: closerNode, into: emphasis)
        tree.insert(emphasis, after: openerNode)

        var between = delimiters[closer].previous
        while between != opener {
            let previous = delimiters[between].previous
            removeDelimiter(between)
            between = previous
        }
        if delimiters[opener].count == 0 {
            tree.unlink(openerNode)
            removeDelimiter(opener)
        }
        if delimiters[closer].count == 0 {
            let next = delimiters[closer].next
            tree.unlink(closerNode)
            removeDelimiter(closer)
            return next
        }
        return closer
    }
}
