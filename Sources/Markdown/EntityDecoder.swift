/// Decodes HTML entity and numeric character references (`&amp;`, `&#35;`, `&#x22;`).
enum EntityDecoder {
    /// Named entities (without '&' and ';') to their UTF-8 bytes, built once from the generated table.
    static let named: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        table.reserveCapacity(2200)
        for line in htmlEntityTable.split(separator: "\n") {
            let parts = line.split(separator: " ")
            var value: [UInt8] = []
            for codepoint in parts[1].split(separator: ",") {
                ByteClass.appendUTF8(UInt32(codepoint, radix: 16)!, to: &value)
            }
            table[Array(parts[0].utf8)] = value
        }
        return table
    }()

    /// Longest named entity, to bound the scan for ';'.
    static let maximumNameLength = 32

    /// If a reference starts at `start` (the '&'), appends its decoded bytes and returns the index after ';'.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int, into output: inout [UInt8]) -> Int? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            guard index < end else { return nil }
            var value: UInt32 = 0
            var digits = 0
            if bytes[index] | 0x20 == UInt8(ascii: "x") {
                index += 1
                while index < end && ByteClass.isHexDigit(bytes[index]) && digits < 7 {
                    let byte = bytes[index]
                    let digit = ByteClass.isDigit(byte) ? byte - 0x30 : (byte | 0x20) - 0x61 + 10
                    value = value * 16 + UInt32(digit)
                    digits += 1
                    index += 1
                }
                guard digits >= 1 && digits <= 6 else { return nil }
            } else {
                while index < end && ByteClass.isDigit(bytes[index]) && digits < 8 {
                    value = value * 10 + UInt32(bytes[index] - 0x30)
                    digits += 1
                    index += 1
                }
                guard digits >= 1 && digits <= 7 else { return nil }
            }
            guard index < end && bytes[index] == UInt8(ascii: ";") else { return nil }
            ByteClass.appendUTF8(value, to: &output)
            return index + 1
        }
        let nameStart = index
        while index < end && index - nameStart <= maximumNameLength && ByteClass.isAlphanumeric(bytes[index]) {
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: ";"), index > nameStart,
            let value = named[Array(bytes[nameStart..<index])]
        else { return nil }
        output.append(contentsOf: value)
        return index + 1
    }

    /// Removes backslash escapes (unless `backslashes` is false) and decodes references in `bytes[range]`
    /// (link destinations, titles, info strings, autolinks).
    static func unescape(_ bytes: [UInt8], _ range: Range<Int>, into output: inout [UInt8], backslashes: Bool = true) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if backslashes && byte == UInt8(ascii: "\\") && index + 1 < range.upperBound
                && ByteClass.isASCIIPunctuation(bytes[index + 1])
            {
                output.append(bytes[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"),
                let after = decode(bytes, at: index, end: range.upperBound, into: &output)
            {
                index = after
            } else {
                output.append(byte)
                index += 1
            }
        }
    }
}
