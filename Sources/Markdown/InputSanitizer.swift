/// Makes arbitrary input bytes safe to parse: valid UTF-8 with no NUL characters.
enum InputSanitizer {
    /// Longest input parsed (1 GiB); the rest is dropped, so 32-bit offsets in the tree cannot overflow.
    static let maximumLength = 1 << 30

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Replaces each maximal invalid UTF-8 subsequence and every NUL with U+FFFD and drops a leading BOM.
    static func sanitize<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        // Fast path: valid UTF-8 (checked by the standard library's vectorised validator) without NUL.
        if input.count > maximumLength {
            return sanitize(input.prefix(maximumLength))
        }
        if let text = String(validating: input, as: UTF8.self) {
            return sanitize(text)
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 1)
        var iterator = input.makeIterator()
        var pending: UInt8? = iterator.next()
        var sequence: [UInt8] = []
        sequence.reserveCapacity(4)
        while let first = pending {
            pending = iterator.next()
            if first < 0x80 {
                if first == 0 {
                    output.append(contentsOf: replacement)
                } else {
                    output.append(first)
                }
                continue
            }
            // The valid range of the second byte depends on the first (RFC 3629 table).
            var length = 0
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch first {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondHigh = 0x9F
            case 0xF0: length = 4; secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondHigh = 0x8F
            default: length = 0
            }
            if length == 0 {
                output.append(contentsOf: replacement)
                continue
            }
            sequence.removeAll(keepingCapacity: true)
            sequence.append(first)
            var valid = true
            while sequence.count < length {
                guard let next = pending else { valid = false; break }
                let low = sequence.count == 1 ? secondLow : 0x80
                let high = sequence.count == 1 ? secondHigh : 0xBF
                guard next >= low && next <= high else { valid = false; break }
                sequence.append(next)
                pending = iterator.next()
            }
            // An invalid sequence becomes one replacement; the byte that broke it is examined afresh.
            output.append(contentsOf: valid ? sequence : replacement)
        }
        if output.count >= 3 && output[0] == 0xEF && output[1] == 0xBB && output[2] == 0xBF {
            output.removeFirst(3)
        }
        return output
    }

    /// The bytes of a Swift string (already valid UTF-8) with NUL replaced and a leading BOM dropped.
    static func sanitize(_ text: String) -> [UInt8] {
        var output = Array(text.utf8)
        if output.count > maximumLength { output.removeSubrange(maximumLength...) }
        if output.contains(0) {
            var replaced: [UInt8] = []
            replaced.reserveCapacity(output.count + 8)
            for byte in output {
                if byte == 0 { replaced.append(contentsOf: replacement) } else { replaced.append(byte) }
            }
            output = replaced
        }
        if output.count >= 3 && output[0] == 0xEF && output[1] == 0xBB && output[2] == 0xBF {
            output.removeFirst(3)
        }
        return output
    }
}
