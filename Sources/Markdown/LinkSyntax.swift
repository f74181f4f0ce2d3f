/// Scanners for link labels, destinations and titles, shared by inline links and reference definitions.
enum LinkSyntax {
    /// Link labels longer than this are not labels (which also bounds every label scan).
    static let maximumLabelLength = 999
    /// Unbalanced parentheses allowed in a bare destination, as in cmark; bounds the scan on `((((`.
    static let maximumParenthesisDepth = 32

    /// Scans a link label starting at the `[` at `start`; returns the index just after its `]`.
    static func scanLabel(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var index = start + 1
        var hasContent = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") {
                return hasContent ? index + 1 : nil
            }
            if byte == UInt8(ascii: "[") { return nil }
            if byte == UInt8(ascii: "\\") && index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) {
                index += 1
                hasContent = true
            } else if !ByteClass.isWhitespace(byte) {
                hasContent = true
            }
            index += 1
            if index - start - 1 > maximumLabelLength { return nil }
        }
        return nil
    }

    /// Scans a destination at `start`; returns the raw destination range and the index after it.
    /// A bare destination may be empty (the caller decides whether that is allowed).
    static func scanDestination(_ bytes: [UInt8], at start: Int, end: Int) -> (range: Range<Int>, next: Int, pointy: Bool)? {
        var index = start
        if index < end && bytes[index] == UInt8(ascii: "<") {
            index += 1
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") { return (start + 1..<index, index + 1, true) }
                if byte == UInt8(ascii: "<") || ByteClass.isLineEnding(byte) { return nil }
                if byte == UInt8(ascii: "\\") && index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) {
                    index += 1
                }
                index += 1
            }
            return nil
        }
        var depth = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") && index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "(") {
                depth += 1
                if depth > maximumParenthesisDepth { return nil }
            } else if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            }
            index += 1
        }
        guard depth == 0 else { return nil }
        return (start..<index, index, false)
    }

    /// Scans a title in `"…"`, `'…'` or `(…)` at `start`; returns the raw title range and the index after it.
    static func scanTitle(_ bytes: [UInt8], at start: Int, end: Int) -> (range: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        let opener = bytes[start]
        let closer: UInt8
        switch opener {
        case UInt8(ascii: "\""): closer = opener
        case UInt8(ascii: "'"): closer = opener
        case UInt8(ascii: "("): closer = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") && index + 1 < end && ByteClass.isASCIIPunctuation(bytes[index + 1]) {
                index += 2
                continue
            }
            if byte == closer { return (start + 1..<index, index + 1) }
            if opener == UInt8(ascii: "(") && byte == UInt8(ascii: "(") { return nil }
            index += 1
        }
        return nil
    }

    /// Skips spaces, tabs and line endings.
    static func skipWhitespace(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end && ByteClass.isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    /// Skips spaces and tabs, at most one line ending, then spaces and tabs again.
    static func skipSpacesAndOneLineEnding(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end && ByteClass.isSpaceOrTab(bytes[index]) { index += 1 }
        if index < end && bytes[index] == ByteClass.newline {
            index += 1
            while index < end && ByteClass.isSpaceOrTab(bytes[index]) { index += 1 }
        }
        return index
    }

    /// The matching key of a label (without brackets): whitespace collapsed, trimmed and Unicode case-folded.
    static func normalizedLabel(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(range.count)
        var pendingSpace = false
        var isASCII = true
        for index in range {
            let byte = bytes[index]
            if ByteClass.isWhitespace(byte) {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(ByteClass.space)
                pendingSpace = false
            }
            if byte >= 0x80 { isASCII = false }
            key.append(ByteClass.lowercased(byte))
        }
        if isASCII { return key }
        // Full case folding: lowercasing, uppercasing and lowercasing again folds "ẞ" and "SS" to "ss".
        let folded = String(decoding: key, as: UTF8.self).lowercased().uppercased().lowercased()
        return Array(folded.utf8)
    }
}
