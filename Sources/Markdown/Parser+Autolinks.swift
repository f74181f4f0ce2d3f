/// GFM extended autolinks: `www.` and `http(s)://` links recognised in text, and bare e-mail addresses.
extension Parser {
    private static let wwwPrefix = Array("www.".utf8)
    private static let httpPrefix = Array("http://".utf8)
    private static let httpsPrefix = Array("https://".utf8)

    /// Whether an extended autolink may start at `position`: at the start of a line, after whitespace,
    /// or after `*`, `_`, `~` or `(`, and the text there begins with `www.`, `http://` or `https://`.
    func isExtendedAutolinkStart(_ position: Int) -> Bool {
        if position > subjectStart {
            let previous = tree.bytes[position - 1]
            guard ByteClass.isWhitespace(previous) || previous == UInt8(ascii: "*") || previous == UInt8(ascii: "_")
                || previous == UInt8(ascii: "~") || previous == UInt8(ascii: "(")
            else { return false }
        }
        return hasPrefix(Parser.wwwPrefix, at: position) || hasPrefix(Parser.httpPrefix, at: position)
            || hasPrefix(Parser.httpsPrefix, at: position)
    }

    private func hasPrefix(_ prefix: [UInt8], at position: Int) -> Bool {
        guard subjectEnd - position >= prefix.count else { return false }
        for offset in 0..<prefix.count where tree.bytes[position + offset] != prefix[offset] { return false }
        return true
    }

    /// Parses a `www.` or `http(s)://` autolink at `start` into a link node; returns the index after it.
    mutating func parseExtendedAutolink(at start: Int) -> Int? {
        guard isExtendedAutolinkStart(start) else { return nil }
        let isWWW = hasPrefix(Parser.wwwPrefix, at: start)
        let domainStart = isWWW ? start : start + (hasPrefix(Parser.httpsPrefix, at: start) ? 8 : 7)
        // The domain is checked before the path is scanned, so a failed attempt costs only the domain's
        // length (a line of "(www.(www.(www." stays linear).
        guard let domainEnd = validDomainEnd(from: domainStart, to: subjectEnd) else { return nil }
        var end = domainEnd
        while end < subjectEnd {
            let byte = tree.bytes[end]
            if ByteClass.isWhitespace(byte) || byte == UInt8(ascii: "<") { break }
            // A backslash before a line ending is a hard line break, not part of the address (as cmark-gfm,
            // which links text after the inline pass has taken the break).
            if byte == UInt8(ascii: "\\") && (end + 1 == subjectEnd || tree.bytes[end + 1] == ByteClass.newline
                || tree.bytes[end + 1] == UInt8(ascii: "\r")) { break }
            end += 1
        }
        end = max(domainEnd, trimAutolinkEnd(start: start, end: end))

        let link = tree.append(.link, to: currentLeaf)
        scratch.removeAll(keepingCapacity: true)
        if isWWW { scratch.append(contentsOf: Parser.httpPrefix) }
        scratch.append(contentsOf: tree.bytes[start..<end])
        tree.nodes[link].content = tree.store(scratch)
        tree.appendText(ByteRange(start: start, count: end - start), to: link)
        setSourcePosition(of: link, at: start)
        return end
    }

    /// The end of a valid domain starting at `start` (segments of letters, digits, `-` and `_` separated by
    /// periods, at least one period, no underscore in the last two segments), or nil.
    private func validDomainEnd(from start: Int, to limit: Int) -> Int? {
        var index = start
        var periods = 0
        var underscoreInLast = false
        var underscoreInPrevious = false
        var segmentLength = 0
        while index < limit {
            let byte = tree.bytes[index]
            if byte == UInt8(ascii: ".") {
                // A period followed by a non-domain character ends the domain (it is punctuation).
                guard index + 1 < limit, Parser.isDomainByte(tree.bytes[index + 1]) else { break }
                guard segmentLength > 0 else { return nil }
                periods += 1
                underscoreInPrevious = underscoreInLast
                underscoreInLast = false
                segmentLength = 0
            } else if Parser.isDomainByte(byte) {
                if byte == UInt8(ascii: "_") { underscoreInLast = true }
                segmentLength += 1
            } else {
                break
            }
            index += 1
        }
        guard periods >= 1, segmentLength > 0, !underscoreInLast, !underscoreInPrevious else { return nil }
        return index
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Drops trailing punctuation, unbalanced closing parentheses and a trailing entity-like `&name;`.
    private func trimAutolinkEnd(start: Int, end initialEnd: Int) -> Int {
        var end = initialEnd
        // Parentheses are counted once; only removing a trailing ")" changes the counts.
        var opening = 0
        var closing = 0
        for index in start..<end {
            if tree.bytes[index] == UInt8(ascii: "(") { opening += 1 }
            if tree.bytes[index] == UInt8(ascii: ")") { closing += 1 }
        }
        while end > start {
            let last = tree.bytes[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                end -= 1
                continue
            case UInt8(ascii: ")"):
                if closing > opening {
                    end -= 1
                    closing -= 1
                    continue
                }
            case UInt8(ascii: ";"):
                var index = end - 2
                while index > start && ByteClass.isAlphanumeric(tree.bytes[index]) { index -= 1 }
                if index >= start && index < end - 2 && tree.bytes[index] == UInt8(ascii: "&") {
                    end = index
                    continue
                }
            default:
                break
            }
            break
        }
        return end
    }

    // MARK: E-mail addresses

    private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Turns bare e-mail addresses in the text nodes of `leaf` (outside links) into `mailto:` links.
    mutating func linkEmailAddresses(in leaf: Int) {
        var node = tree.nodes[leaf].firstChild
        while node >= 0 {
            let kind = tree.nodes[node].kind
            if kind == .text {
                linkEmailAddresses(inText: node)
            }
            // Depth-first walk that does not enter links, images or code.
            if kind != .link && kind != .image && tree.nodes[node].firstChild >= 0 {
                node = tree.nodes[node].firstChild
                continue
            }
            while node >= 0 && tree.nodes[node].next < 0 {
                node = tree.nodes[node].parent
                if node == leaf { return }
            }
            if node >= 0 { node = tree.nodes[node].next }
        }
    }

    private mutating func linkEmailAddresses(inText textNode: Int) {
        var node = textNode
        // Leftover delimiter runs (`_` in "a_b@c.d") are separate nodes; join text that is contiguous in the
        // buffer so an address is seen whole. Rendering is unchanged.
        while case let next = tree.nodes[node].next, next >= 0, tree.nodes[next].kind == .text,
            tree.nodes[next].content.start == tree.nodes[node].content.end
        {
            tree.nodes[node].content.count += tree.nodes[next].content.count
            tree.unlink(next)
        }
        var searchFrom = tree.nodes[node].content.start
        while true {
            let range = tree.nodes[node].content
            var at = searchFrom
            while at < range.end && tree.bytes[at] != UInt8(ascii: "@") { at += 1 }
            guard at < range.end else { return }
            var localStart = at
            while localStart > range.start && Parser.isEmailLocalByte(tree.bytes[localStart - 1]) { localStart -= 1 }
            var end = at + 1
            var periods = 0
            while end < range.end {
                let byte = tree.bytes[end]
                if byte == UInt8(ascii: ".") {
                    guard end + 1 < range.end, ByteClass.isAlphanumeric(tree.bytes[end + 1]) else { break }
                    periods += 1
                } else if !(ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) {
                    break
                }
                end += 1
            }
            let lastByte = tree.bytes[end - 1]
            guard localStart < at, end > at + 1, periods >= 1,
                lastByte != UInt8(ascii: "-"), lastByte != UInt8(ascii: "_")
            else {
                searchFrom = at + 1
                continue
            }
            // Split: text before, the link, and the rest (searched next).
            let link = tree.makeNode(.link)
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: Array("mailto:".utf8))
            scratch.append(contentsOf: tree.bytes[localStart..<end])
            tree.nodes[link].content = tree.store(scratch)
            tree.appendText(ByteRange(start: localStart, count: end - localStart), to: link)
            setSourcePosition(of: link, at: localStart)
            tree.nodes[node].content = ByteRange(start: range.start, count: localStart - range.start)
            tree.insert(link, after: node)
            guard end < range.end else { return }
            let rest = tree.makeNode(.text)
            tree.nodes[rest].content = ByteRange(start: end, count: range.end - end)
            tree.insert(rest, after: link)
            node = rest
            searchFrom = end
        }
    }
}
