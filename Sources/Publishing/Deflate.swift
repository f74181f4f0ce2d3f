/// A DEFLATE compressor (RFC 1951) producing a raw stream, as ZIP stores it.
///
/// LZ77 with hash chains and one-step lazy matching finds repeated strings in a 32 KiB window; the tokens are
/// cut into blocks, and each block is written in whichever form is smallest: stored, fixed Huffman codes or
/// dynamic Huffman codes. The output depends only on the input bytes.
enum Deflate {
    /// The raw DEFLATE stream for `input` (no zlib or gzip wrapper).
    static func compress(_ input: [UInt8]) -> [UInt8] {
        let tokens = LZ77.tokens(input)
        var writer = DeflateBitWriter()
        var tokenStart = 0
        var byteStart = 0
        repeat {
            let tokenEnd = min(tokenStart + maxTokensPerBlock, tokens.count)
            let block = tokens[tokenStart..<tokenEnd]
            let byteCount = block.reduce(0) { $0 + $1.byteCount }
            writeBlock(
                block, bytes: input[byteStart..<byteStart + byteCount], isFinal: tokenEnd == tokens.count,
                to: &writer)
            tokenStart = tokenEnd
            byteStart += byteCount
        } while tokenStart < tokens.count
        return writer.finish()
    }

    /// Blocks of this many tokens keep the Huffman codes adapted to local statistics.
    private static let maxTokensPerBlock = 16_384

    private static func writeBlock(
        _ tokens: ArraySlice<LZ77.Token>, bytes: ArraySlice<UInt8>, isFinal: Bool, to writer: inout DeflateBitWriter
    ) {
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        var extraBits = 0
        for token in tokens {
            if token.isLiteral {
                literalFrequencies[Int(token.value)] += 1
            } else {
                let lengthCode = Symbols.lengthCode(token.length)
                let distanceCode = Symbols.distanceCode(token.value)
                literalFrequencies[257 + lengthCode] += 1
                distanceFrequencies[distanceCode] += 1
                extraBits += Symbols.lengthExtraBits[lengthCode] + Symbols.distanceExtraBits[distanceCode]
            }
        }
        literalFrequencies[256] = 1

        let dynamic = DynamicCodes(literalFrequencies: literalFrequencies, distanceFrequencies: distanceFrequencies)
        let dynamicCost =
            3 + dynamic.headerCost + dynamic.literals.cost(literalFrequencies)
            + dynamic.distances.cost(distanceFrequencies) + extraBits
        let fixedCost =
            3 + Symbols.fixedLiterals.cost(literalFrequencies) + Symbols.fixedDistances.cost(distanceFrequencies)
            + extraBits
        // Each stored block costs a 3-bit header, up to 7 bits of padding and LEN/NLEN.
        let storedCost = bytes.count * 8 + max(1, (bytes.count + 65_534) / 65_535) * (3 + 7 + 32)

        if storedCost < min(fixedCost, dynamicCost) {
            writeStored(bytes, isFinal: isFinal, to: &writer)
        } else if fixedCost <= dynamicCost {
            writer.write(isFinal ? 1 : 0, bits: 1)
            writer.write(1, bits: 2)
            writeTokens(tokens, literals: Symbols.fixedLiterals, distances: Symbols.fixedDistances, to: &writer)
        } else {
            writer.write(isFinal ? 1 : 0, bits: 1)
            writer.write(2, bits: 2)
            dynamic.writeHeader(to: &writer)
            writeTokens(tokens, literals: dynamic.literals, distances: dynamic.distances, to: &writer)
        }
    }

    private static func writeStored(_ bytes: ArraySlice<UInt8>, isFinal: Bool, to writer: inout DeflateBitWriter) {
        var start = bytes.startIndex
        repeat {
            let end = min(start + 65_535, bytes.endIndex)
            writer.write(isFinal && end == bytes.endIndex ? 1 : 0, bits: 1)
            writer.write(0, bits: 2)
            writer.alignToByte()
            let length = UInt32(end - start)
            writer.write(length, bits: 16)
            writer.write(~length & 0xFFFF, bits: 16)
            writer.appendAligned(bytes[start..<end])
            start = end
        } while start < bytes.endIndex
    }

    private static func writeTokens(
        _ tokens: ArraySlice<LZ77.Token>, literals: HuffmanCode, distances: HuffmanCode,
        to writer: inout DeflateBitWriter
    ) {
        for token in tokens {
            if token.isLiteral {
                literals.write(Int(token.value), to: &writer)
                continue
            }
            let lengthCode = Symbols.lengthCode(token.length)
            literals.write(257 + lengthCode, to: &writer)
            writer.write(
                UInt32(Int(token.length) - Symbols.lengthBase[lengthCode]), bits: Symbols.lengthExtraBits[lengthCode])
            let distanceCode = Symbols.distanceCode(token.value)
            distances.write(distanceCode, to: &writer)
            writer.write(
                UInt32(Int(token.value) - Symbols.distanceBase[distanceCode]),
                bits: Symbols.distanceExtraBits[distanceCode])
        }
        literals.write(256, to: &writer)
    }
}
