/// Byte-level character classes used by both parsing passes. All checks work on UTF-8 bytes.
enum ByteClass {
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D

    @inline(__always)
    static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// Space, tab, line feed, line tabulation, form feed or carriage return.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func isLineEnding(_ byte: UInt8) -> Bool { byte == newline || byte == carriageReturn }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
    }

    /// ASCII punctuation as defined by CommonMark (the characters that can be backslash-escaped).
    @inline(__always)
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }

    /// Whether a Unicode scalar is punctuation for emphasis flanking (general categories P and S).
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIPunctuation(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Unicode whitespace for emphasis flanking: category Zs, tab, line feed, form feed, carriage return.
    static func isUnicodeWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let byte = UInt8(scalar.value)
            return byte == space || byte == tab || byte == newline || byte == 0x0C || byte == carriageReturn
        }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Decodes the scalar that starts at `index` (the input is valid UTF-8).
    static func scalar(in bytes: [UInt8], at index: Int) -> Unicode.Scalar {
        let first = bytes[index]
        if first < 0x80 { return Unicode.Scalar(first) }
        var value: UInt32
        var length: Int
        if first >= 0xF0 {
            value = UInt32(first & 0x07); length = 4
        } else if first >= 0xE0 {
            value = UInt32(first & 0x0F); length = 3
        } else {
            value = UInt32(first & 0x1F); length = 2
        }
        var position = index + 1
        while position < index + length && position < bytes.count {
            value = value << 6 | UInt32(bytes[position] & 0x3F)
            position += 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Decodes the scalar that ends just before `index`.
    static func scalar(in bytes: [UInt8], before index: Int, lowerBound: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > lowerBound && start > index - 4 && bytes[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return scalar(in: bytes, at: start)
    }

    /// Appends the UTF-8 encoding of `value`, or U+FFFD when it is not a valid, non-NUL scalar.
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        let scalar = (value == 0 ? nil : Unicode.Scalar(value)) ?? "\u{FFFD}"
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}
