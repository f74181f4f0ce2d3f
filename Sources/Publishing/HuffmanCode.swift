/// A canonical, length-limited prefix code as DEFLATE uses it: code lengths per symbol, and the code bits
/// reversed so they can be written least significant bit first.
struct HuffmanCode {
    /// The code length of each symbol; 0 for symbols without a code.
    let lengths: [UInt8]
    /// The code of each symbol, bit-reversed for the LSB-first bit stream.
    let reversedCodes: [UInt32]

    /// The canonical code (RFC 1951, 3.2.2) for the given lengths.
    init(lengths: [UInt8]) {
        self.lengths = lengths
        let maxLength = Int(lengths.max() ?? 0)
        var lengthCounts = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 {
            lengthCounts[Int(length)] += 1
        }
        var nextCode = [UInt32](repeating: 0, count: maxLength + 2)
        var code: UInt32 = 0
        if maxLength > 0 {
            for bits in 1...maxLength {
                code = (code + UInt32(lengthCounts[bits - 1])) << 1
                nextCode[bits] = code
            }
        }
        var reversed = [UInt32](repeating: 0, count: lengths.count)
        for symbol in lengths.indices where lengths[symbol] > 0 {
            let length = Int(lengths[symbol])
            reversed[symbol] = Self.reverse(nextCode[length], bits: length)
            nextCode[length] += 1
        }
        self.reversedCodes = reversed
    }

    /// An optimal code for `frequencies` whose lengths do not exceed `limit`.
    init(frequencies: [Int], limit: Int) {
        self.init(lengths: Self.codeLengths(frequencies: frequencies, limit: limit))
    }

    /// Writes the code of `symbol`.
    func write(_ symbol: Int, to writer: inout DeflateBitWriter) {
        writer.write(reversedCodes[symbol], bits: Int(lengths[symbol]))
    }

    /// The number of bits that coding `frequencies` with this code takes.
    func cost(_ frequencies: [Int]) -> Int {
        zip(frequencies, lengths).reduce(0) { $0 + $1.0 * Int($1.1) }
    }

    /// Code lengths for a complete prefix code: Huffman's algorithm, then lengths over `limit` shortened by
    /// moving leaves up the tree (the method of JPEG Annex K.3), then lengths reassigned so that more frequent
    /// symbols never get longer codes. Ties are broken by symbol number, so the result is deterministic. At
    /// least two symbols always get a code: a single one-bit code would be an incomplete code, which some
    /// decoders reject.
    static func codeLengths(frequencies: [Int], limit: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        for filler in frequencies.indices where used.count < 2 && !used.contains(filler) {
            used.append(filler)
        }
        used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }
        guard used.count > 1 else { return lengths }

        // Huffman's algorithm with two queues: leaves in order of weight, and merged nodes, which are created in
        // non-decreasing weight order.
        let leafCount = used.count
        var weights = used.map { max(frequencies[$0], 1) }
        var parent = [Int](repeating: -1, count: 2 * leafCount - 1)
        var nextLeaf = 0
        var nextNode = leafCount
        func takeSmallest() -> Int {
            if nextLeaf < leafCount && (nextNode >= weights.count || weights[nextLeaf] <= weights[nextNode]) {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextNode += 1
            return nextNode - 1
        }
        for node in leafCount..<(2 * leafCount - 1) {
            let first = takeSmallest()
            let second = takeSmallest()
            weights.append(weights[first] + weights[second])
            parent[first] = node
            parent[second] = node
        }
        var depth = [Int](repeating: 0, count: 2 * leafCount - 1)
        for node in stride(from: 2 * leafCount - 3, through: 0, by: -1) {
            depth[node] = depth[parent[node]] + 1
        }

        var lengthCounts = [Int](repeating: 0, count: max(limit, depth.max()!) + 1)
        for leaf in 0..<leafCount {
            lengthCounts[depth[leaf]] += 1
        }
        // Each step removes two leaves at the deepest level, puts one of them one level up in their parent's
        // place, and hangs both under a leaf from a shallower level: the code stays complete.
        for length in stride(from: lengthCounts.count - 1, to: limit, by: -1) {
            while lengthCounts[length] > 0 {
                var shallower = length - 2
                while lengthCounts[shallower] == 0 {
                    shallower -= 1
                }
                lengthCounts[length] -= 2
                lengthCounts[length - 1] += 1
                lengthCounts[shallower + 1] += 2
                lengthCounts[shallower] -= 1
            }
        }

        // Shortest codes to the most frequent symbols.
        var symbolsByFrequency = used.reversed().makeIterator()
        for length in 1...limit {
            for _ in 0..<lengthCounts[length] {
                lengths[symbolsByFrequency.next()!] = UInt8(length)
            }
        }
        return lengths
    }

    private static func reverse(_ code: UInt32, bits: Int) -> UInt32 {
        var reversed: UInt32 = 0
        var code = code
        for _ in 0..<bits {
            reversed = (reversed << 1) | (code & 1)
            code >>= 1
        }
        return reversed
    }
}
