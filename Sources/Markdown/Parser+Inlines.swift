/// A run of `*`, `_` or `~` that may open or close emphasis.
struct Delimiter {
    var node: Int
    var character: UInt8
    var count: Int
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
    var previous: Int
    var next = -1
}

/// An unmatched `[` or `![` waiting for its `]`.
struct Bracket {
    var node: Int
    var isImage: Bool
    /// Subject index of the `[` (or `!`), for the link's source position.
    var position: Int
    /// Subject index just after the `[`.
    var textStart: Int
    /// The top of the delimiter stack when the bracket was pushed (emphasis inside the link stops there).
    var previousDelimiter: Int
}

/// The inline pass: each paragraph, heading and table cell is scanned once, left to right.
extension Parser {
    /// Bytes that may start something other than plain text.
    static let specialBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\n\\`*_~[]!<&".utf8 { table[Int(byte)] = true }
        return table
    }()

    mutating func parseInlines() {
        let blockCount = tree.nodes.count
        for leaf in 0..<blockCount {
            let node = tree.nodes[leaf]
            guard node.kind.hasInlineContent, node.parent >= 0 else { continue }
            parseInlines(of: leaf)
        }
    }

    private mutating func parseInlines(of leaf: Int) {
        currentLeaf = leaf
        isTableCell = tree.nodes[leaf].kind == .tableCell
        delimiters.removeAll(keepingCapacity: true)
        lastDelimiter = -1
        brackets.removeAll(keepingCapacity: true)
        inactiveLinkOpenersBelow = 0
        if !lastBacktickRun.isEmpty { lastBacktickRun = [:] }
        backticksScannedToEnd = false
        if !failedHTMLSearches.isEmpty { failedHTMLSearches = [:] }

        let range = tree.nodes[leaf].content
        subjectStart = range.start
        subjectEnd = range.end
        var position = range.start
        while position < subjectEnd {
            position = parseInline(at: position, byte: tree.bytes[position])
        }
        processEmphasis(stackBottom: -1)
        if options.autolinks && tree.bytes[range.start..<range.end].contains(UInt8(ascii: "@")) {
            linkEmailAddresses(in: leaf)
        }
    }

    private mutating func parseInline(at position: Int, byte: UInt8) -> Int {
        switch byte {
        case ByteClass.newline:
            return handleNewline(at: position)
        case UInt8(ascii: "\\"):
            return handleBackslash(at: position)
        case UInt8(ascii: "`"):
            return handleBackticks(at: position)
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            return handleDelimiterRun(at: position)
        case UInt8(ascii: "~") where options.strikethrough:
            return handleDelimiterRun(at: position)
        case UInt8(ascii: "["):
            let node = tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
            pushBracket(node: node, isImage: false, position: position, textStart: position + 1)
            return position + 1
        case UInt8(ascii: "!") where position + 1 < subjectEnd && tree.bytes[position + 1] == UInt8(ascii: "["):
            let node = tree.appendText(ByteRange(start: position, count: 2), to: currentLeaf)
            pushBracket(node: node, isImage: true, position: position, textStart: position + 2)
            return position + 2
        case UInt8(ascii: "]"):
            return handleCloseBracket(at: position)
        case UInt8(ascii: "<"):
            return handleLessThan(at: position)
        case UInt8(ascii: "&"):
            return handleEntity(at: position)
        default:
            return handleText(at: position)
        }
    }

    // MARK: Text and line breaks

    private mutating func handleText(at start: Int) -> Int {
        let autolinks = options.autolinks && brackets.isEmpty
        if autolinks, let end = parseExtendedAutolink(at: start) {
            return end
        }
        var end = start + 1
        let specialBytes = Parser.specialBytes
        while end < subjectEnd {
            let byte = tree.bytes[end]
            if specialBytes[Int(byte)] { break }
            if autolinks && (byte == UInt8(ascii: "w") || byte == UInt8(ascii: "h")) && isExtendedAutolinkStart(end) {
                break
            }
            end += 1
        }
        var textEnd = end
        if end < subjectEnd && tree.bytes[end] == ByteClass.newline {
            // Trailing spaces before a line ending are not part of the text (they may make a hard break).
            while textEnd > start && ByteClass.isSpaceOrTab(tree.bytes[textEnd - 1]) { textEnd -= 1 }
        }
        if textEnd > start {
            tree.appendText(ByteRange(start: start, count: textEnd - start), to: currentLeaf)
        }
        return end
    }

    private mutating func skipLeadingSpaces(from start: Int) -> Int {
        var position = start
        while position < subjectEnd && ByteClass.isSpaceOrTab(tree.bytes[position]) { position += 1 }
        return position
    }

    private mutating func handleNewline(at position: Int) -> Int {
        var spaces = 0
        var index = position - 1
        while index >= subjectStart && tree.bytes[index] == ByteClass.space {
            spaces += 1
            index -= 1
        }
        tree.append(spaces >= 2 ? .lineBreak : .softBreak, to: currentLeaf)
        return skipLeadingSpaces(from: position + 1)
    }

    private mutating func handleBackslash(at position: Int) -> Int {
        if position + 1 < subjectEnd {
            let next = tree.bytes[position + 1]
            if next == ByteClass.newline {
                tree.append(.lineBreak, to: currentLeaf)
                return skipLeadingSpaces(from: position + 2)
            }
            if ByteClass.isASCIIPunctuation(next) {
                tree.appendText(ByteRange(start: position + 1, count: 1), to: currentLeaf)
                return position + 2
            }
        }
        tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
        return position + 1
    }

    private mutating func handleEntity(at position: Int) -> Int {
        scratch.removeAll(keepingCapacity: true)
        if let next = EntityDecoder.decode(tree.bytes, at: position, end: subjectEnd, into: &scratch) {
            let range = tree.store(scratch)
            tree.appendText(range, to: currentLeaf)
            return next
        }
        tree.appendText(ByteRange(start: position, count: 1), to: currentLeaf)
        return position + 1
    }

    // MARK: Code spans

    private mutating func handleBackticks(at start: Int) -> Int {
        var afterOpener = start
        while afterOpener < subjectEnd && tree.bytes[afterOpener] == UInt8(ascii: "`") { afterOpener += 1 }
        let length = afterOpener - start
        guard let closer = findBacktickRun(length: length, from: afterOpener) else {
            tree.appendText(ByteRange(start: start, count: length), to: currentLeaf)
            return afterOpener
        }
        var lower = afterOpener
        var upper = closer
        var needsCopy = false
        var allSpace = true
        for index in lower..<upper {
            let byte = tree.bytes[index]
            if byte == ByteClass.newline {
                needsCopy = true
            } else if byte != ByteClass.space {
                allSpace = false
                if isTableCell && byte == UInt8(ascii: "|") && index > lower && tree.bytes[index - 1] == UInt8(ascii: "\\") {
                    needsCopy = true
                }
            }
        }
        if !allSpace && upper - lower >= 2 {
            let first = tree.bytes[lower]
            let last = tree.bytes[upper - 1]
            if (first == ByteClass.space || first == ByteClass.newline) && (last == ByteClass.space || last == ByteClass.newline) {
                lower += 1
                upper -= 1
            }
        }
        let node = tree.append(.code, to: currentLeaf)
        if needsCopy {
            scratch.removeAll(keepingCapacity: true)
            var index = lower
            while index < upper {
                let byte = tree.bytes[index]
                if byte == ByteClass.newline {
                    scratch.append(ByteClass.space)
                } else if isTableCell && byte == UInt8(ascii: "\\") && index + 1 < upper && tree.bytes[index + 1] == UInt8(ascii: "|") {
                    scratch.append(UInt8(ascii: "|"))
                    index += 1
                } else {
                    scratch.append(byte)
                }
                index += 1
            }
            tree.nodes[node].content = tree.store(scratch)
        } else {
            tree.nodes[node].content = ByteRange(start: lower, count: upper - lower)
        }
        return closer + length
    }

    /// Finds the next backtick run of exactly `length` at or after `start`. Runs seen are remembered, so
    /// once the subject has been scanned to its end an opener without a closer fails in constant time.
    private mutating func findBacktickRun(length: Int, from start: Int) -> Int? {
        if backticksScannedToEnd {
            guard let last = lastBacktickRun[length], last >= start else { return nil }
        }
        var index = start
        while index < subjectEnd {
            if tree.bytes[index] != UInt8(ascii: "`") {
                index += 1
                continue
            }
            let runStart = index
            while index < subjectEnd && tree.bytes[index] == UInt8(ascii: "`") { index += 1 }
            let runLength = index - runStart
            lastBacktickRun[runLength] = runStart
            if runLength == length { return runStart }
        }
        backticksScannedToEnd = true
        return nil
    }

    // MARK: Autolinks and raw HTML

    private mutating func handleLessThan(at start: Int) -> Int {
        if let (end, isEmail) = scanAutolink(at: start) {
            let link = tree.append(.link, to: currentLeaf)
            scratch.removeAll(keepingCapacity: true)
            if isEmail { scratch.append(contentsOf: Array("mailto:".utf8)) }
            EntityDecoder.unescape(tree.bytes, start + 1..<end - 1, into: &scratch, backslashes: false)
            tree.nodes[link].content = tree.store(scratch)
            scratch.removeAll(keepingCapacity: true)
            EntityDecoder.unescape(tree.bytes, start + 1..<end - 1, into: &scratch, backslashes: false)
            tree.appendText(tree.store(scratch), to: link)
            setSourcePosition(of: link, at: start)
            return end
        }
        if let end = scanInlineHTML(at: start) {
            let node = tree.append(.htmlInline, to: currentLeaf)
            tree.nodes[node].content = ByteRange(start: start, count: end - start)
            return end
        }
        tree.appendText(ByteRange(start: start, count: 1), to: currentLeaf)
        return start + 1
    }

    /// Scans `<scheme:...>` or `<user@example.com>`; returns the index after `>` and whether it is an e-mail.
    private func scanAutolink(at start: Int) -> (Int, Bool)? {
        let bytes = tree.bytes
        var index = start + 1
        // URI autolink: a scheme of 2-32 characters, ':', then no spaces, controls, '<' or '>'.
        if index < subjectEnd && ByteClass.isLetter(bytes[index]) {
            var schemeEnd = index + 1
            while schemeEnd < subjectEnd && schemeEnd - index <= 32 {
                let byte = bytes[schemeEnd]
                guard ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "-")
                else { break }
                schemeEnd += 1
            }
            let schemeLength = schemeEnd - index
            if schemeLength >= 2 && schemeLength <= 32 && schemeEnd < subjectEnd && bytes[schemeEnd] == UInt8(ascii: ":") {
                var end = schemeEnd + 1
                while end < subjectEnd {
                    let byte = bytes[end]
                    if byte == UInt8(ascii: ">") { return (end + 1, false) }
                    if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == 0x7F { break }
                    end += 1
                }
            }
        }
        // E-mail autolink.
        index = start + 1
        while index < subjectEnd && Parser.isEmailLocalByte(bytes[index]) { index += 1 }
        guard index > start + 1, index < subjectEnd, bytes[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        while true {
            let labelStart = index
            while index < subjectEnd && (ByteClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-"))
                && index - labelStart < 63
            {
                index += 1
            }
            guard index > labelStart, ByteClass.isAlphanumeric(bytes[labelStart]),
                ByteClass.isAlphanumeric(bytes[index - 1]), index < subjectEnd
            else { return nil }
            if bytes[index] == UInt8(ascii: ">") { return (index + 1, true) }
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }

    private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
        if ByteClass.isAlphanumeric(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Scans inline raw HTML at the `<` at `start`; returns the index after it.
    private mutating func scanInlineHTML(at start: Int) -> Int? {
        guard start + 1 < subjectEnd else { return nil }
        let bytes = tree.bytes
        let second = bytes[start + 1]
        if second == UInt8(ascii: "!") {
            if start + 3 < subjectEnd && bytes[start + 2] == UInt8(ascii: "-") && bytes[start + 3] == UInt8(ascii: "-") {
                if start + 4 < subjectEnd && bytes[start + 4] == UInt8(ascii: ">") { return start + 5 }
                if start + 5 < subjectEnd && bytes[start + 4] == UInt8(ascii: "-") && bytes[start + 5] == UInt8(ascii: ">") {
                    return start + 6
                }
                return findTerminator(Parser.commentEnd, key: 0, from: start + 4)
            }
            if subjectEnd - start >= 9 && bytes[start..<start + 9].elementsEqual("<![CDATA[".utf8) {
                return findTerminator(Parser.cdataEnd, key: 1, from: start + 9)
            }
            if start + 2 < subjectEnd && ByteClass.isLetter(bytes[start + 2]) {
                return findTerminator([UInt8(ascii: ">")], key: 2, from: start + 3)
            }
            return nil
        }
        if second == UInt8(ascii: "?") {
            return findTerminator(Parser.processingInstructionEnd, key: 3, from: start + 2)
        }
        if second == UInt8(ascii: "/") {
            return HTMLSyntax.scanClosingTag(bytes, at: start, end: subjectEnd)
        }
        return HTMLSyntax.scanOpenTag(bytes, at: start, end: subjectEnd)
    }

    private static let commentEnd = Array("-->".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let processingInstructionEnd = Array("?>".utf8)

    /// Finds `terminator` from `start`, remembering failures so repeated openers stay linear.
    private mutating func findTerminator(_ terminator: [UInt8], key: Int, from start: Int) -> Int? {
        if let failedFrom = failedHTMLSearches[key], start >= failedFrom { return nil }
        guard let found = HTMLSyntax.find(tree.bytes, terminator, from: start, end: subjectEnd) else {
            failedHTMLSearches[key] = start
            return nil
        }
        return found + terminator.count
    }

    // MARK: Source positions

    /// Records the 1-based source line of the subject byte at `position`; its column is resolved later
    /// by `resolveColumns`, in one sweep over the input (counting per link would be quadratic on long lines).
    mutating func setSourcePosition(of node: Int, at position: Int) {
        let leaf = tree.nodes[currentLeaf]
        guard leaf.sourceMapCount > 0 else { return }
        var low = leaf.sourceMapStart
        var high = leaf.sourceMapStart + leaf.sourceMapCount - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sourceMap[middle].contentOffset <= position { low = middle } else { high = middle - 1 }
        }
        let entry = sourceMap[low]
        let sourceOffset = min(entry.sourceOffset + max(0, position - entry.contentOffset), input.count)
        tree.nodes[node].line = entry.line
        pendingColumns.append(PendingColumn(node: node, sourceOffset: sourceOffset, lineStart: entry.lineStart))
    }

    /// Sets the column (1-based, in Unicode scalars) of every node recorded by `setSourcePosition`, counting
    /// each line with links once, up to its last link.
    mutating func resolveColumns() {
        pendingColumns.sort { $0.sourceOffset < $1.sourceOffset }
        var cursor = 0
        var column = 1
        input.withUnsafeBufferPointer { input in
            for pending in pendingColumns {
                if pending.lineStart > cursor {
                    cursor = pending.lineStart
                    column = 1
                }
                while cursor < pending.sourceOffset {
                    if input[cursor] & 0xC0 != 0x80 { column += 1 }
                    cursor += 1
                }
                tree.nodes[pending.node].column = column
            }
        }
        pendingColumns = []
    }
}
