import Diagnostics

/// Turns a content file's raw bytes into text the loaders can trust: valid UTF-8, no byte-order mark, `\n` line ends.
///
/// Editors' tools on Windows save CRLF and sometimes a BOM; both are accepted silently. Invalid UTF-8 is an
/// error pointing at the first bad byte, because guessing an encoding would publish mojibake.
public enum SourceText {
    /// Files larger than this are refused: content files are hand-edited text, and a runaway export should not
    /// make the build crawl.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// The normalised bytes, or nil with an error in `log`.
    public static func decode(_ raw: [UInt8], file: String, log: inout DiagnosticLog) -> [UInt8]? {
        guard raw.count <= maximumFileSize else {
            // Where the limit is crossed, so the editor sees how far the file may go.
            let (line, column) = position(of: maximumFileSize, in: raw)
            log.error(.fileTooLarge, at: SourceLocation(file: file, line: line, column: column),
                      ["size": raw.count / 1024, "limit": maximumFileSize / 1024 / 1024])
            return nil
        }
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8(in: bytes) {
            log.error(.invalidUTF8, at: SourceLocation(file: file, line: bad.line, column: bad.column),
                      ["byte": String(bad.byte, radix: 16, uppercase: true)])
            return nil
        }
        guard bytes.contains(where: { !isWhitespace($0) }) else {
            log.error(.emptyFile, at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        return normaliseLineEnds(bytes)
    }

    /// The 1-based line and column (in characters, counting CRLF as one line end) of the byte at `offset`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            let lineEnd = byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
            if lineEnd {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
        }
        return (line, column)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// CRLF and lone CR become LF, as every loader sees them.
    public static func normaliseLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The first byte that does not belong to a well-formed UTF-8 sequence, with its position.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (byte: UInt8, line: Int, column: Int)? {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return (byte, line, column)
            }
            if length > 1 {
                guard index + length <= bytes.count else { return (byte, line, column) }
                for offset in 1..<length {
                    let continuation = bytes[index + offset]
                    let (low, high) = offset == 1 ? (lowerBound, upperBound) : (UInt8(0x80), UInt8(0xBF))
                    guard continuation >= low && continuation <= high else { return (byte, line, column) }
                }
            }
            // Line ends as normaliseLineEnds makes them: CRLF, LF and a lone CR each end one line.
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D {
                column += 1
            }
            index += length
        }
        return nil
    }
}

extension Diagnostic.Code {
    static let fileTooLarge = Diagnostic.Code(
        .source, "too-large", "the file is {size} KiB; content files may be at most {limit} MiB, which ends here",
        hint: "split the file, or check that it is not an export that belongs elsewhere")
    static let invalidUTF8 = Diagnostic.Code(
        .source, "invalid-utf8", "the file is not valid UTF-8 (byte 0x{byte})",
        hint: "save the file as UTF-8 in your editor")
    static let emptyFile = Diagnostic.Code(
        .source, "empty", "the file is empty", hint: "add content or delete the file")
}
