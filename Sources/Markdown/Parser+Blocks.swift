/// The block pass: each line continues or closes the open blocks, then may open new ones
/// (the CommonMark "phase 1" algorithm).
extension Parser {
    static let tabStop = 4
    static let maximumTableColumns = 10_000
    /// Most cells a table may add to fill short rows before it ends, so a wide header cannot multiply the output.
    static let maximumAutocompletedCells = 0x80000

    mutating func parseBlocks() {
        var position = 0
        let count = input.count
        while position < count {
            var end = position
            while end < count {
                let byte = input[end]
                if byte == ByteClass.newline || byte == ByteClass.carriageReturn { break }
                end += 1
            }
            lineNumber += 1
            processLine(start: position, end: end)
            if end < count {
                position = input[end] == ByteClass.carriageReturn && end + 1 < count
                    && input[end + 1] == ByteClass.newline ? end + 2 : end + 1
            } else {
                position = end
            }
        }
        while tip != SyntaxTree.root {
            tip = finalize(tip)
        }
        _ = finalize(SyntaxTree.root)
    }

    // MARK: Line state

    /// Finds the first non-space byte at or after `offset`. The result is reused while `offset` stays
    /// before it, so matching many nested containers on one indented line stays linear (as in cmark).
    mutating func findFirstNonspace() {
        if firstNonspace > offset {
            indent = firstNonspaceColumn - column
            return
        }
        var index = offset
        var columnAtIndex = column
        var charactersToTab = Parser.tabStop - column % Parser.tabStop
        while index < lineEnd {
            let byte = input[index]
            if byte == ByteClass.space {
                index += 1
                columnAtIndex += 1
                charactersToTab -= 1
                if charactersToTab == 0 { charactersToTab = Parser.tabStop }
            } else if byte == ByteClass.tab {
                index += 1
                columnAtIndex += charactersToTab
                charactersToTab = Parser.tabStop
            } else {
                break
            }
        }
        firstNonspace = index
        firstNonspaceColumn = columnAtIndex
        indent = columnAtIndex - column
        blank = index >= lineEnd
    }

    /// Advances by `count` bytes, or by `count` columns when `columns` (a tab may then be partly consumed).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0 && offset < lineEnd {
            if input[offset] == ByteClass.tab {
                let charactersToTab = Parser.tabStop - column % Parser.tabStop
                if columns {
                    partiallyConsumedTab = charactersToTab > remaining
                    let advance = min(remaining, charactersToTab)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charactersToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    mutating func advanceToFirstNonspace() {
        advanceOffset(firstNonspace - offset, columns: false)
    }

    mutating func advanceToLineEnd() {
        partiallyConsumedTab = false
        offset = lineEnd
    }

    // MARK: Lines

    mutating func processLine(start: Int, end: Int) {
        lineStart = start
        lineEnd = end
        offset = start
        column = 0
        partiallyConsumedTab = false
        blank = false
        firstNonspace = -1
        thematicBreakFailure = -1
        oldTip = tip

        var container = SyntaxTree.root
        var allMatched = true
        while true {
            let child = tree.nodes[container].lastChild
            guard child >= 0 && tree.nodes[child].isOpen else { break }
            container = child
            blockVisits += 1
            findFirstNonspace()
            var matched = false
            switch tree.nodes[container].kind {
            case .blockQuote:
                if indent <= 3 && !blank && input[firstNonspace] == UInt8(ascii: ">") {
                    advanceOffset(indent + 1, columns: true)
                    if offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) {
                        advanceOffset(1, columns: true)
                    }
                    matched = true
                }
            case .item:
                let itemIndent = tree.nodes[container].indent
                if indent >= itemIndent {
                    advanceOffset(itemIndent, columns: true)
                    matched = true
                } else if blank && tree.nodes[container].firstChild >= 0 {
                    advanceToFirstNonspace()
                    matched = true
                }
            case .codeBlock:
                let node = tree.nodes[container]
                if node.marker != 0 {
                    if indent <= 3 && !blank && input[firstNonspace] == node.marker
                        && isClosingFence(marker: node.marker, length: node.fenceLength)
                    {
                        // The closing fence consumes the line.
                        tip = finalize(container)
                        return
                    }
                    var remaining = node.indent
                    while remaining > 0 && offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) {
                        advanceOffset(1, columns: true)
                        remaining -= 1
                    }
                    matched = true
                } else if indent >= Parser.tabStop {
                    advanceOffset(Parser.tabStop, columns: true)
                    matched = true
                } else if blank {
                    advanceToFirstNonspace()
                    matched = true
                }
            case .htmlBlock:
                matched = tree.nodes[container].number <= 5 || !blank
            case .paragraph:
                matched = !blank
            case .table:
                matched = !blank && acceptsTableRow(container)
            case .heading, .thematicBreak:
                matched = false
            case .list:
                // A second line that is empty from here on changes nothing below the list (as in cmark):
                // the first one closed every block that an empty line does not continue, and opens nothing.
                // Stopping here keeps runs of empty lines in deeply nested lists linear.
                let emptyRest = blank && indent == 0
                if emptyRest && tree.nodes[container].listReachedByBlankLine && tipIsSettledForEmptyLines() {
                    skipRepeatedBlankLine()
                    return
                }
                tree.nodes[container].listReachedByBlankLine = emptyRest
                matched = true
            default:
                matched = true
            }
            if !matched {
                container = tree.nodes[container].parent
                allMatched = false
                break
            }
        }

        lastMatchedContainer = container
        allClosed = container == oldTip
        let maybeLazy = tree.nodes[tip].kind == .paragraph
        container = openNewBlocks(container, allMatched: allMatched, maybeLazy: maybeLazy)
        addText(container)
    }

    /// Whether one more empty line would leave the open blocks exactly as the last one left them. Closing a
    /// paragraph of only link reference definitions removes it, which can leave the tip an empty item (that
    /// an empty line closes) or give it a last child not yet marked as ending in a blank line. cmark misses
    /// both; spaces on the last line could also keep an empty item open, hence `emptyRest` above.
    private func tipIsSettledForEmptyLines() -> Bool {
        let node = tree.nodes[tip]
        if node.kind == .item && node.firstChild < 0 { return false }
        return node.lastChild < 0 || tree.nodes[node.lastChild].lastLineBlank
    }

    /// Finishes a blank line that `processLine` stopped at an open list. Only code and HTML blocks take
    /// the empty line as content; the rest of the line is empty, so nothing else needs the skipped levels.
    private mutating func skipRepeatedBlankLine() {
        lastMatchedContainer = tip
        allClosed = true
        let kind = tree.nodes[tip].kind
        if kind == .codeBlock || kind == .htmlBlock {
            addLine(tip)
        }
    }

    private func isClosingFence(marker: UInt8, length: Int) -> Bool {
        var index = firstNonspace
        while index < lineEnd && input[index] == marker { index += 1 }
        guard index - firstNonspace >= length else { return false }
        while index < lineEnd && ByteClass.isSpaceOrTab(input[index]) { index += 1 }
        return index == lineEnd
    }

    // MARK: Opening blocks

    private mutating func openNewBlocks(_ start: Int, allMatched: Bool, maybeLazy lazyAtStart: Bool) -> Int {
        var container = start
        // Only a line that opens no new block can be a lazy continuation.
        var maybeLazy = lazyAtStart
        while true {
            let kind = tree.nodes[container].kind
            if kind == .codeBlock || kind == .htmlBlock || kind == .heading || kind == .thematicBreak { break }
            findFirstNonspace()
            let indented = indent >= Parser.tabStop
            let byte: UInt8 = blank ? 0 : input[firstNonspace]

            if !indented && byte == UInt8(ascii: ">") {
                advanceOffset(firstNonspace + 1 - offset, columns: false)
                if offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) {
                    advanceOffset(1, columns: true)
                }
                container = addChild(.blockQuote, to: container)
                maybeLazy = false
            } else if !indented && byte == UInt8(ascii: "#"), let level = atxHeadingLevel() {
                advanceOffset(firstNonspace + level - offset, columns: false)
                container = addChild(.heading, to: container)
                tree.nodes[container].number = level
                addATXHeadingContent(container)
                break
            } else if !indented && (byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~")),
                let length = openingFenceLength(byte)
            {
                container = addChild(.codeBlock, to: container)
                tree.nodes[container].marker = byte
                tree.nodes[container].fenceLength = length
                tree.nodes[container].indent = indent
                var infoStart = firstNonspace + length
                while infoStart < lineEnd && ByteClass.isSpaceOrTab(input[infoStart]) { infoStart += 1 }
                var infoEnd = lineEnd
                while infoEnd > infoStart && ByteClass.isSpaceOrTab(input[infoEnd - 1]) { infoEnd -= 1 }
                if infoEnd > infoStart {
                    let before = tree.bytes.count
                    EntityDecoder.unescape(input, infoStart..<infoEnd, into: &tree.bytes)
                    tree.nodes[container].extra = ByteRange(start: before, count: tree.bytes.count - before)
                }
                tree.nodes[container].content = ByteRange(start: tree.bytes.count, count: 0)
                advanceToLineEnd()
                break
            } else if !indented && byte == UInt8(ascii: "<"),
                let condition = HTMLSyntax.blockStartCondition(
                    input, at: firstNonspace, end: lineEnd, canInterruptParagraph: kind == .paragraph)
            {
                container = addChild(.htmlBlock, to: container)
                tree.nodes[container].number = condition
                break
            } else if !indented && kind == .paragraph && (byte == UInt8(ascii: "=") || byte == UInt8(ascii: "-")),
                let level = setextHeadingLevel(byte), resolveReferenceDefinitions(container)
            {
                tree.nodes[container].kind = .heading
                tree.nodes[container].number = level
                advanceToLineEnd()
                break
            } else if !indented && !(kind == .paragraph && !allMatched)
                && (byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_"))
                && isThematicBreak(byte)
            {
                container = addChild(.thematicBreak, to: container)
                advanceToLineEnd()
                break
            } else if options.tables && !indented && kind == .paragraph, let table = openTable(paragraph: container) {
                container = table
                advanceToLineEnd()
                break
            } else if (!indented || kind == .list) && indent < Parser.tabStop, let item = openListItem(container, interruptsParagraph: kind == .paragraph) {
                container = item
                maybeLazy = false
            } else if indented && !maybeLazy && !blank {
                advanceOffset(Parser.tabStop, columns: true)
                container = addChild(.codeBlock, to: container)
                tree.nodes[container].content = ByteRange(start: tree.bytes.count, count: 0)
                break
            } else {
                break
            }
        }
        return container
    }

    /// Closes the blocks of the previous line that this line did not continue.
    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip != lastMatchedContainer {
            oldTip = finalize(oldTip)
        }
        allClosed = true
    }

    private static func canContain(_ parent: NodeKind, _ child: NodeKind) -> Bool {
        switch parent {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }

    /// Adds a new open block, closing blocks that cannot contain it.
    mutating func addChild(_ kind: NodeKind, to start: Int) -> Int {
        // Unmatched blocks close first so that each leaf's content stays contiguous in the byte buffer.
        closeUnmatchedBlocks()
        var parent = start
        while !Parser.canContain(tree.nodes[parent].kind, kind) {
            parent = finalize(parent)
        }
        let node = tree.append(kind, to: parent)
        tree.nodes[node].line = lineNumber
        tip = node
        return node
    }

    private func atxHeadingLevel() -> Int? {
        var index = firstNonspace
        while index < lineEnd && input[index] == UInt8(ascii: "#") && index - firstNonspace < 7 { index += 1 }
        let level = index - firstNonspace
        guard level >= 1 && level <= 6 else { return nil }
        guard index == lineEnd || ByteClass.isSpaceOrTab(input[index]) else { return nil }
        return level
    }

    private mutating func addATXHeadingContent(_ heading: Int) {
        var start = offset
        while start < lineEnd && ByteClass.isSpaceOrTab(input[start]) { start += 1 }
        var end = lineEnd
        while end > start && ByteClass.isSpaceOrTab(input[end - 1]) { end -= 1 }
        // An optional closing sequence of '#' must be preceded by a space or tab (or be everything).
        var hashes = end
        while hashes > start && input[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end && (hashes == start || ByteClass.isSpaceOrTab(input[hashes - 1])) {
            end = hashes
            while end > start && ByteClass.isSpaceOrTab(input[end - 1]) { end -= 1 }
        }
        tree.nodes[heading].sourceMapStart = sourceMap.count
        tree.nodes[heading].sourceMapCount = 1
        sourceMap.append(SourceMapEntry(contentOffset: tree.bytes.count, sourceOffset: start, lineStart: lineStart, line: lineNumber))
        tree.nodes[heading].content = tree.store(input[start..<end])
        advanceToLineEnd()
    }

    private func openingFenceLength(_ marker: UInt8) -> Int? {
        var index = firstNonspace
        while index < lineEnd && input[index] == marker { index += 1 }
        let length = index - firstNonspace
        guard length >= 3 else { return nil }
        if marker == UInt8(ascii: "`") {
            while index < lineEnd {
                if input[index] == UInt8(ascii: "`") { return nil }
                index += 1
            }
        }
        return length
    }

    private func setextHeadingLevel(_ marker: UInt8) -> Int? {
        var index = firstNonspace
        while index < lineEnd && input[index] == marker { index += 1 }
        while index < lineEnd && ByteClass.isSpaceOrTab(input[index]) { index += 1 }
        guard index == lineEnd else { return nil }
        return marker == UInt8(ascii: "=") ? 1 : 2
    }

    /// Whether the rest of the line is a thematic break. A failed scan remembers where it failed: a later
    /// scan on the same line that starts before that point must fail there too, which keeps lines like
    /// `- - - - … x` linear (cmark does the same).
    private mutating func isThematicBreak(_ marker: UInt8) -> Bool {
        if firstNonspace < thematicBreakFailure { return false }
        var count = 0
        var index = firstNonspace
        while index < lineEnd {
            let byte = input[index]
            if byte == marker {
                count += 1
            } else if !ByteClass.isSpaceOrTab(byte) {
                thematicBreakFailure = index
                return false
            }
            index += 1
        }
        if count >= 3 { return true }
        thematicBreakFailure = lineEnd
        return false
    }

    // MARK: Lists

    private mutating func openListItem(_ start: Int, interruptsParagraph: Bool) -> Int? {
        guard !blank else { return nil }
        var index = firstNonspace
        let first = input[index]
        var marker: UInt8
        var startNumber = 0
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            marker = first
            index += 1
        } else if ByteClass.isDigit(first) {
            var digits = 0
            while index < lineEnd && ByteClass.isDigit(input[index]) && digits < 10 {
                startNumber = startNumber * 10 + Int(input[index] - 0x30)
                index += 1
                digits += 1
            }
            guard digits <= 9, index < lineEnd,
                input[index] == UInt8(ascii: ".") || input[index] == UInt8(ascii: ")")
            else { return nil }
            marker = input[index]
            index += 1
            if interruptsParagraph && startNumber != 1 { return nil }
        } else {
            return nil
        }
        guard index == lineEnd || ByteClass.isSpaceOrTab(input[index]) else { return nil }
        if interruptsParagraph {
            var rest = index
            while rest < lineEnd && ByteClass.isSpaceOrTab(input[rest]) { rest += 1 }
            if rest == lineEnd { return nil }
        }
        let markerLength = index - firstNonspace
        let markerOffset = indent
        advanceOffset(index - offset, columns: false)

        // Padding: the spaces after the marker, unless there are none, five or more, or only blanks follow.
        let savedOffset = offset
        let savedColumn = column
        let savedPartial = partiallyConsumedTab
        while column - savedColumn <= 5 && offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) {
            advanceOffset(1, columns: true)
        }
        let spaces = column - savedColumn
        let padding: Int
        if spaces >= 5 || spaces < 1 || offset >= lineEnd {
            padding = markerLength + 1
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedPartial
            if spaces > 0 {
                advanceOffset(1, columns: true)
            }
        } else {
            padding = markerLength + spaces
        }

        var container = start
        if tree.nodes[container].kind != .list || tree.nodes[container].marker != marker {
            container = addChild(.list, to: container)
            tree.nodes[container].marker = marker
            tree.nodes[container].number = startNumber
        }
        let item = addChild(.item, to: container)
        tree.nodes[item].marker = marker
        tree.nodes[item].indent = markerOffset + padding
        return item
    }

    // MARK: Text

    private mutating func addText(_ start: Int) {
        var container = start
        findFirstNonspace()
        if blank, tree.nodes[container].lastChild >= 0 {
            tree.nodes[tree.nodes[container].lastChild].lastLineBlank = true
        }
        let node = tree.nodes[container]
        let lastLineBlank = blank
            && !(node.kind == .blockQuote || node.kind == .heading || node.kind == .thematicBreak
                || node.kind == .table || (node.kind == .codeBlock && node.marker != 0)
                || (node.kind == .item && node.firstChild < 0 && node.line == lineNumber))
        tree.nodes[container].lastLineBlank = lastLineBlank
        var ancestor = tree.nodes[container].parent
        while ancestor >= 0 {
            blockVisits += 1
            tree.nodes[ancestor].lastLineBlank = false
            ancestor = tree.nodes[ancestor].parent
        }

        if tip != lastMatchedContainer && container == lastMatchedContainer && !blank
            && tree.nodes[tip].kind == .paragraph
        {
            // Lazy continuation line.
            advanceToFirstNonspace()
            addLine(tip)
            return
        }
        closeUnmatchedBlocks()
        switch tree.nodes[container].kind {
        case .codeBlock:
            // The opening fence line holds only the info string.
            if !(tree.nodes[container].marker != 0 && tree.nodes[container].line == lineNumber) {
                addLine(container)
            }
        case .htmlBlock:
            let lineOffset = offset
            addLine(container)
            if HTMLSyntax.blockEnds(input, from: lineOffset, end: lineEnd, condition: tree.nodes[container].number) {
                container = finalize(container)
            }
        case .paragraph:
            advanceToFirstNonspace()
            addLine(container)
        case .table:
            if !blank {
                advanceToFirstNonspace()
                addLine(container)
            }
        case .heading, .thematicBreak:
            container = finalize(container)
        default:
            if !blank {
                container = addChild(.paragraph, to: container)
                advanceToFirstNonspace()
                tree.nodes[container].content = ByteRange(start: tree.bytes.count, count: 0)
                tree.nodes[container].sourceMapStart = sourceMap.count
                addLine(container)
            }
        }
        tip = container
    }

    /// Appends the rest of the line (and a line feed) to the content of the leaf `node`.
    private mutating func addLine(_ node: Int) {
        if tree.nodes[node].content.count == 0 {
            tree.nodes[node].content.start = tree.bytes.count
        }
        if partiallyConsumedTab {
            offset += 1
            let spaces = Parser.tabStop - column % Parser.tabStop
            tree.bytes.append(contentsOf: repeatElement(ByteClass.space, count: spaces))
        }
        let kind = tree.nodes[node].kind
        if kind == .paragraph || kind == .table {
            if tree.nodes[node].sourceMapCount == 0 { tree.nodes[node].sourceMapStart = sourceMap.count }
            sourceMap.append(SourceMapEntry(contentOffset: tree.bytes.count, sourceOffset: offset, lineStart: lineStart, line: lineNumber))
            tree.nodes[node].sourceMapCount += 1
        }
        tree.bytes.append(contentsOf: input[offset..<lineEnd])
        tree.bytes.append(ByteClass.newline)
        tree.nodes[node].content.count = tree.bytes.count - tree.nodes[node].content.start
    }

    // MARK: Closing blocks

    /// Closes `node` and returns its parent.
    mutating func finalize(_ node: Int) -> Int {
        let parent = tree.nodes[node].parent
        tree.nodes[node].isOpen = false
        switch tree.nodes[node].kind {
        case .paragraph:
            if !resolveReferenceDefinitions(node) {
                tree.unlink(node)
            } else {
                trimTrailingWhitespace(node)
            }
        case .heading:
            trimTrailingWhitespace(node)
        case .codeBlock:
            if tree.nodes[node].marker == 0 {
                removeTrailingBlankLines(node)
            }
        case .list:
            tree.nodes[node].isTightList = isTight(node)
        case .table:
            finalizeTable(node)
        default:
            break
        }
        return parent
    }

    private mutating func trimTrailingWhitespace(_ node: Int) {
        var range = tree.nodes[node].content
        while range.count > 0 && ByteClass.isWhitespace(tree.bytes[range.end - 1]) { range.count -= 1 }
        tree.nodes[node].content = range
    }

    /// Drops the blank lines at the end of an indented code block, keeping the last line's line feed.
    private mutating func removeTrailingBlankLines(_ node: Int) {
        var range = tree.nodes[node].content
        var end = range.end
        while end > range.start && ByteClass.isWhitespace(tree.bytes[end - 1]) { end -= 1 }
        if end == range.start {
            range.count = 0
        } else {
            var lineEnd = end
            while lineEnd < range.end && tree.bytes[lineEnd] != ByteClass.newline { lineEnd += 1 }
            range.count = min(lineEnd + 1, range.end) - range.start
        }
        tree.nodes[node].content = range
    }

    private func endsWithBlankLine(_ start: Int) -> Bool {
        var node = start
        while node >= 0 {
            if tree.nodes[node].lastLineBlank { return true }
            let kind = tree.nodes[node].kind
            guard kind == .list || kind == .item else { return false }
            node = tree.nodes[node].lastChild
        }
        return false
    }

    private func isTight(_ list: Int) -> Bool {
        var item = tree.nodes[list].firstChild
        while item >= 0 {
            let nextItem = tree.nodes[item].next
            if tree.nodes[item].lastLineBlank && nextItem >= 0 { return false }
            var child = tree.nodes[item].firstChild
            while child >= 0 {
                let nextChild = tree.nodes[child].next
                // Checking the cheap condition first keeps deeply nested single-item lists linear.
                if (nextItem >= 0 || nextChild >= 0) && endsWithBlankLine(child) { return false }
                child = nextChild
            }
            item = nextItem
        }
        return true
    }

    // MARK: Reference definitions

    /// Removes link reference definitions from the start of a paragraph; returns whether content remains.
    mutating func resolveReferenceDefinitions(_ paragraph: Int) -> Bool {
        var range = tree.nodes[paragraph].content
        while range.count > 0 && tree.bytes[range.start] == UInt8(ascii: "[") {
            guard let next = parseReferenceDefinition(at: range.start, end: range.end) else { break }
            range = ByteRange(start: next, count: range.end - next)
        }
        tree.nodes[paragraph].content = range
        var hasContent = false
        for index in range.start..<range.end where !ByteClass.isWhitespace(tree.bytes[index]) {
            hasContent = true
            break
        }
        return hasContent
    }

    /// Parses one definition at `start`; records it and returns the index after its line.
    private mutating func parseReferenceDefinition(at start: Int, end: Int) -> Int? {
        let bytes = tree.bytes
        guard let labelEnd = LinkSyntax.scanLabel(bytes, at: start, end: end),
            labelEnd < end, bytes[labelEnd] == UInt8(ascii: ":")
        else { return nil }
        let destinationStart = LinkSyntax.skipSpacesAndOneLineEnding(bytes, from: labelEnd + 1, end: end)
        guard let destination = LinkSyntax.scanDestination(bytes, at: destinationStart, end: end),
            destination.pointy || !destination.range.isEmpty
        else { return nil }

        func lineEndAfter(_ index: Int) -> Int? {
            var position = index
            while position < end && ByteClass.isSpaceOrTab(bytes[position]) { position += 1 }
            if position == end { return end }
            return bytes[position] == ByteClass.newline ? position + 1 : nil
        }

        var title: Range<Int>?
        var next: Int?
        let titleStart = LinkSyntax.skipSpacesAndOneLineEnding(bytes, from: destination.next, end: end)
        if titleStart > destination.next, let scanned = LinkSyntax.scanTitle(bytes, at: titleStart, end: end),
            let after = lineEndAfter(scanned.next)
        {
            title = scanned.range
            next = after
        } else {
            next = lineEndAfter(destination.next)
        }
        guard let next else { return nil }

        let key = LinkSyntax.normalizedLabel(bytes, start + 1..<labelEnd - 1)
        if references[key] == nil {
            var destinationBytes: [UInt8] = []
            EntityDecoder.unescape(bytes, destination.range, into: &destinationBytes)
            var titleBytes: [UInt8]?
            if let title {
                var decoded: [UInt8] = []
                EntityDecoder.unescape(bytes, title, into: &decoded)
                titleBytes = decoded
            }
            references[key] = LinkReference(destination: destinationBytes, title: titleBytes)
        }
        return next
    }
}
