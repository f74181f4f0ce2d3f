import Dashboard
import Diagnostics

/// Turns a statistics file's bytes into UTF-8 text with `\n` line ends: a byte-order mark is dropped, CRLF
/// becomes LF. PX files may also be in Windows-1252 / ISO-8859-1, which PX takes as its default code page.
enum StatisticsText {
    /// Larger files are refused before parsing; a whole StatFin table in one file is far smaller.
    static let maximumFileSize = 256 * 1024 * 1024

    enum Encoding {
        case utf8
        /// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of ISO-8859-1's printable part).
        case utf8OrWindows1252
    }

    static func decode(_ raw: [UInt8], file: String, encoding: Encoding, log: inout DiagnosticLog) -> [UInt8]? {
        guard raw.count <= maximumFileSize else {
            log.error(.importFileTooLarge, at: SourceLocation(file: file),
                      ["size": raw.count / 1024 / 1024, "limit": maximumFileSize / 1024 / 1024])
            return nil
        }
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstInvalidUTF8(bytes) {
            switch encoding {
            case .utf8:
                log.error(.importEncoding, at: SourceLocation(file: file, line: bad.line, column: bad.column))
                return nil
            case .utf8OrWindows1252:
                bytes = windows1252ToUTF8(bytes)
            }
        }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            log.error(.importEmptyFile, at: SourceLocation(file: file))
            return nil
        }
        return SourceText.normaliseLineEnds(bytes)
    }

    /// The line and column (in Unicode scalars) of the first byte that is not well-formed UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return Array(String(scalars).utf8)
    }

    /// Windows-1252's characters at 0x80–0x9F; nil where it has none (the byte is then read as ISO-8859-1).
    private static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
