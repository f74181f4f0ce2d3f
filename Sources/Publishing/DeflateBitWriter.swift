/// Writes the bit stream of a DEFLATE stream (RFC 1951): values are packed starting at the least significant
/// bit of each byte.
struct DeflateBitWriter {
    /// The completed bytes.
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var bitCount = 0

    /// Appends the low `count` bits of `value`, least significant first.
    mutating func write(_ value: UInt32, bits count: Int) {
        buffer |= UInt64(value & (count == 32 ? UInt32.max : (1 << UInt32(count)) - 1)) << UInt64(bitCount)
        bitCount += count
        while bitCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            bitCount -= 8
        }
    }

    /// Pads with zero bits to the next byte boundary, as stored blocks and the end of the stream require.
    mutating func alignToByte() {
        if bitCount > 0 {
            write(0, bits: 8 - bitCount)
        }
    }

    /// Appends whole bytes; the writer must be byte-aligned.
    mutating func appendAligned(_ data: ArraySlice<UInt8>) {
        precondition(bitCount == 0, "Raw bytes need a byte-aligned stream.")
        bytes.append(contentsOf: data)
    }

    /// The stream padded to a whole byte.
    mutating func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }
}
