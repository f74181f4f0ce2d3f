/// Scanners for raw HTML: the seven HTML block start conditions and inline HTML constructs.
enum HTMLSyntax {
    /// Block-level tag names of start condition 6.
    static let blockTagNames: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// Raw-text tag names of start condition 1.
    static let rawTextTagNames: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

    /// Whether `bytes[start...]` begins with `literal`, ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], at start: Int, end: Int, _ literal: [UInt8]) -> Bool {
        guard end - start >= literal.count else { return false }
        for offset in 0..<literal.count where ByteClass.lowercased(bytes[start + offset]) != literal[offset] {
            return false
        }
        return true
    }

    /// Which HTML block start condition (1-7) the line starting with `<` at `start` meets, if any.
    static func blockStartCondition(_ bytes: [UInt8], at start: Int, end: Int, canInterruptParagraph: Bool) -> Int? {
        guard start + 1 < end else { return nil }
        let second = bytes[start + 1]
        if second == UInt8(ascii: "!") {
            if hasPrefix(bytes, at: start, end: end, Array("<!--".utf8)) { return 2 }
            if end - start >= 9 && bytes[start..<start + 9].elementsEqual("<![CDATA[".utf8) { return 5 }
            if start + 2 < end && ByteClass.isLetter(bytes[start + 2]) { return 4 }
            return nil
        }
        if second == UInt8(ascii: "?") { return 3 }
        let isClosing = second == UInt8(ascii: "/")
        let nameStart = start + (isClosing ? 2 : 1)
        var nameEnd = nameStart
        while nameEnd < end && (ByteClass.isAlphanumeric(bytes[nameEnd]) || bytes[nameEnd] == UInt8(ascii: "-")) {
            nameEnd += 1
        }
        guard nameEnd > nameStart, ByteClass.isLetter(bytes[nameStart]) else { return nil }
        let name = bytes[nameStart..<nameEnd].map(ByteClass.lowercased)
        let following: UInt8 = nameEnd < end ? bytes[nameEnd] : ByteClass.newline
        if !isClosing && rawTextTagNames.contains(name)
            && (ByteClass.isWhitespace(following) || following == UInt8(ascii: ">"))
        {
            return 1
        }
        if blockTagNames.contains(name) {
            if ByteClass.isWhitespace(following) || following == UInt8(ascii: ">") { return 6 }
            if following == UInt8(ascii: "/") && nameEnd + 1 < end && bytes[nameEnd + 1] == UInt8(ascii: ">") {
                return 6
            }
            return nil
        }
        guard canInterruptParagraph == false else { return nil }
        let tagEnd = isClosing ? scanClosingTag(bytes, at: start, end: end) : scanOpenTag(bytes, at: start, end: end)
        guard let tagEnd else { return nil }
        var index = tagEnd
        while index < end && ByteClass.isSpaceOrTab(bytes[index]) { index += 1 }
        return index == end ? 7 : nil
    }

    /// Whether the line `bytes[start..<end]` meets the end condition of HTML block condition `condition`.
    static func blockEnds(_ bytes: [UInt8], from start: Int, end: Int, condition: Int) -> Bool {
        switch condition {
        case 1:
            for terminator in ["</script>", "</pre>", "</style>", "</textarea>"] {
                if find(bytes, Array(terminator.utf8), from: start, end: end, ignoringCase: true) != nil { return true }
            }
            return false
        case 2: return find(bytes, Array("-->".utf8), from: start, end: end) != nil
        case 3: return find(bytes, Array("?>".utf8), from: start, end: end) != nil
        case 4: return find(bytes, [UInt8(ascii: ">")], from: start, end: end) != nil
        case 5: return find(bytes, Array("]]>".utf8), from: start, end: end) != nil
        default: return false
        }
    }

    /// The index of the first occurrence of `needle` in `bytes[start..<end]`.
    static func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int, end: Int, ignoringCase: Bool = false) -> Int? {
        guard let first = needle.first, end - start >= needle.count else { return nil }
        var index = start
        let last = end - needle.count
        while index <= last {
            let byte = ignoringCase ? ByteClass.lowercased(bytes[index]) : bytes[index]
            if byte == first {
                var offset = 1
                while offset < needle.count {
                    let candidate = ignoringCase ? ByteClass.lowercased(bytes[index + offset]) : bytes[index + offset]
                    if candidate != needle[offset] { break }
                    offset += 1
                }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    // MARK: Tags

    private static func scanTagName(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard start < end, ByteClass.isLetter(bytes[start]) else { return nil }
        var index = start + 1
        while index < end && (ByteClass.isAlphanumeric(bytes[index]) || bytes[index] == UInt8(ascii: "-")) {
            index += 1
        }
        return index
    }

    /// Scans an open tag `<name attr="value" ... />` at the `<` at `start`; returns the index after `>`.
    static func scanOpenTag(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard var index = scanTagName(bytes, at: start + 1, end: end) else { return nil }
        while true {
            let whitespaceStart = index
            while index < end && ByteClass.isWhitespace(bytes[index]) { index += 1 }
            guard index < end else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "/") {
                return index + 1 < end && bytes[index + 1] == UInt8(ascii: ">") ? index + 2 : nil
            }
            // An attribute needs whitespace before it.
            guard index > whitespaceStart else { return nil }
            guard ByteClass.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") else { return nil }
            index += 1
            while index < end {
                let next = bytes[index]
                guard ByteClass.isAlphanumeric(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: ".")
                    || next == UInt8(ascii: ":") || next == UInt8(ascii: "-")
                else { break }
                index += 1
            }
            // Optional value specification.
            var lookahead = index
            while lookahead < end && ByteClass.isWhitespace(bytes[lookahead]) { lookahead += 1 }
            guard lookahead < end, bytes[lookahead] == UInt8(ascii: "=") else { continue }
            lookahead += 1
            while lookahead < end && ByteClass.isWhitespace(bytes[lookahead]) { lookahead += 1 }
            guard lookahead < end else { return nil }
            let quote = bytes[lookahead]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                lookahead += 1
                while lookahead < end && bytes[lookahead] != quote { lookahead += 1 }
                guard lookahead < end else { return nil }
                index = lookahead + 1
            } else {
                let valueStart = lookahead
                while lookahead < end {
                    let next = bytes[lookahead]
                    if ByteClass.isWhitespace(next) || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")
                        || next == UInt8(ascii: "=") || next == UInt8(ascii: "<") || next == UInt8(ascii: ">")
                        || next == UInt8(ascii: "`")
                    {
                        break
                    }
                    lookahead += 1
                }
                guard lookahead > valueStart else { return nil }
                index = lookahead
            }
        }
    }

    /// Scans a closing tag `</name >` at the `<` at `start`; returns the index after `>`.
    static func scanClosingTag(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard start + 1 < end, bytes[start + 1] == UInt8(ascii: "/"),
            var index = scanTagName(bytes, at: start + 2, end: end)
        else { return nil }
        while index < end && ByteClass.isWhitespace(bytes[index]) { index += 1 }
        return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
    }
}
