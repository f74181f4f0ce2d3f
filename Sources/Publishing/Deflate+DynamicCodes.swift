extension Deflate {
    /// The Huffman codes of a dynamic block and the code-length header that describes them (RFC 1951, 3.2.7).
    struct DynamicCodes {
        /// The literal/length code.
        let literals: HuffmanCode
        /// The distance code.
        let distances: HuffmanCode
        /// The run-length coded sequence of literal and distance code lengths, as (symbol 0...18, extra value).
        private let codeLengthSymbols: [(symbol: Int, extra: UInt32)]
        private let codeLengthCode: HuffmanCode
        private let literalCount: Int
        private let distanceCount: Int
        private let codeLengthCount: Int

        /// The order in which code-length code lengths are written.
        private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        private static let codeLengthExtraBits = [16: 2, 17: 3, 18: 7]

        /// The codes for a block's symbol frequencies (286 literal/length and 30 distance symbols).
        init(literalFrequencies: [Int], distanceFrequencies: [Int]) {
            literals = HuffmanCode(frequencies: literalFrequencies, limit: 15)
            distances = HuffmanCode(frequencies: distanceFrequencies, limit: 15)
            literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
            distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
            codeLengthSymbols = Self.runLengthCoded(
                Array(literals.lengths[..<literalCount]) + Array(distances.lengths[..<distanceCount]))
            var frequencies = [Int](repeating: 0, count: 19)
            for (symbol, _) in codeLengthSymbols {
                frequencies[symbol] += 1
            }
            let codeLengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
            self.codeLengthCode = codeLengthCode
            codeLengthCount = max(4, (Self.codeLengthOrder.lastIndex { codeLengthCode.lengths[$0] > 0 } ?? 0) + 1)
        }

        /// The bits the header takes after the 3-bit block header.
        var headerCost: Int {
            var bits = 5 + 5 + 4 + 3 * codeLengthCount
            for (symbol, _) in codeLengthSymbols {
                bits += Int(codeLengthCode.lengths[symbol]) + (Self.codeLengthExtraBits[symbol] ?? 0)
            }
            return bits
        }

        /// Writes HLIT, HDIST, HCLEN, the code-length code and the run-length coded code lengths.
        func writeHeader(to writer: inout DeflateBitWriter) {
            writer.write(UInt32(literalCount - 257), bits: 5)
            writer.write(UInt32(distanceCount - 1), bits: 5)
            writer.write(UInt32(codeLengthCount - 4), bits: 4)
            for symbol in Self.codeLengthOrder.prefix(codeLengthCount) {
                writer.write(UInt32(codeLengthCode.lengths[symbol]), bits: 3)
            }
            for (symbol, extra) in codeLengthSymbols {
                codeLengthCode.write(symbol, to: &writer)
                if let bits = Self.codeLengthExtraBits[symbol] {
                    writer.write(extra, bits: bits)
                }
            }
        }

        /// Code lengths with runs replaced: 16 repeats the previous length 3-6 times, 17 writes 3-10 zeros and
        /// 18 writes 11-138 zeros.
        private static func runLengthCoded(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
            var symbols: [(symbol: Int, extra: UInt32)] = []
            var index = 0
            while index < lengths.count {
                let length = lengths[index]
                var run = 1
                while index + run < lengths.count && lengths[index + run] == length {
                    run += 1
                }
                index += run
                if length == 0 {
                    while run >= 11 {
                        let count = min(run, 138)
                        symbols.append((18, UInt32(count - 11)))
                        run -= count
                    }
                    if run >= 3 {
                        symbols.append((17, UInt32(run - 3)))
                        run = 0
                    }
                } else {
                    symbols.append((Int(length), 0))
                    run -= 1
                    while run >= 3 {
                        let count = min(run, 6)
                        symbols.append((16, UInt32(count - 3)))
                        run -= count
                    }
                }
                for _ in 0..<run {
                    symbols.append((Int(length), 0))
                }
            }
            return symbols
        }
    }
}
