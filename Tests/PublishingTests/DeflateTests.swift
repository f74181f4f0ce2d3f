import Foundation
import TestSupport
import Testing

@testable import Publishing

/// Deterministic pseudo-random bytes (a 64-bit linear congruential generator), so test inputs never change.
func pseudoRandomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 33)
    }
}

/// Text that compresses like our CSV downloads: repeated words and digits with local variation.
func csvLikeText(rows: Int) -> [UInt8] {
    let areas = ["Helsinki", "Espoo", "Vantaa", "Tampere", "Turku", "Oulu", "Jyväskylä", "Åbo", "Kuopio"]
    var text = "area_code,area_name,period,value,flag\r\n"
    let noise = pseudoRandomBytes(rows, seed: 7)
    for row in 0..<rows {
        let month = row % 12 + 1
        text += "\(100 + row % 97),\(areas[row % areas.count]),\(2024 + row / 1200)-\(month < 10 ? "0" : "")\(month),"
        text += "\(Int(noise[row]) / 10).\(noise[row] % 10),\(row % 17 == 0 ? "provisional" : "")\r\n"
    }
    return Array(text.utf8)
}

/// Inflates with Python's zlib and checks the stream ends exactly at the end of the data.
func inflateWithPython(_ deflated: [UInt8]) throws -> [UInt8] {
    try Python.run(
        """
        import sys, zlib
        d = zlib.decompressobj(-15)
        out = d.decompress(sys.stdin.buffer.read())
        assert d.eof and not d.unused_data, 'stream did not end cleanly'
        sys.stdout.buffer.write(out)
        """, input: deflated)
}

@Suite struct CRC32Tests {
    @Test(arguments: [
        ("", UInt32(0)),
        ("x", 0x8CDC_1683),
        ("123456789", 0xCBF4_3926),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func knownValues(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }
}

@Suite struct HuffmanCodeTests {
    /// Kraft's sum in units of 2^-limit; a complete prefix code sums to exactly 2^limit.
    func kraftSum(_ lengths: [UInt8], limit: Int) -> Int {
        lengths.filter { $0 > 0 }.reduce(0) { $0 + (1 << (limit - Int($1))) }
    }

    @Test(arguments: [7, 9, 15])
    func limitsLengthsAndStaysComplete(limit: Int) {
        // Fibonacci frequencies give the deepest possible Huffman tree: 29 symbols would need 28 bits.
        var fibonacci = [1, 1]
        while fibonacci.count < 29 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let lengths = HuffmanCode.codeLengths(frequencies: fibonacci, limit: limit)
        #expect(lengths.allSatisfy { $0 >= 1 && Int($0) <= limit })
        #expect(Int(lengths.max()!) == limit)
        #expect(kraftSum(lengths, limit: limit) == 1 << limit)
        // More frequent symbols never get longer codes.
        #expect(zip(lengths, lengths.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func optimalWhenNoLimitIsHit() {
        // The textbook example: 45, 13, 12, 16, 9, 5 gives lengths 1, 3, 3, 3, 4, 4.
        #expect(HuffmanCode.codeLengths(frequencies: [45, 13, 12, 16, 9, 5], limit: 15) == [1, 3, 3, 3, 4, 4])
        #expect(HuffmanCode.codeLengths(frequencies: [1, 1, 1, 1], limit: 15) == [2, 2, 2, 2])
    }

    @Test func alwaysAtLeastTwoCodes() {
        #expect(HuffmanCode.codeLengths(frequencies: [0, 0, 5, 0], limit: 15) == [1, 0, 1, 0])
        #expect(HuffmanCode.codeLengths(frequencies: [0, 0, 0], limit: 15) == [1, 1, 0])
    }

    @Test func canonicalCodesFromTheRFCExample() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111.
        let code = HuffmanCode(lengths: [3, 3, 3, 3, 3, 2, 4, 4])
        let expected: [UInt32] = [0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111]
        let unreversed = zip(code.reversedCodes, code.lengths).map { reversedCode, length in
            (0..<Int(length)).reduce(UInt32(0)) { ($0 << 1) | ((reversedCode >> UInt32($1)) & 1) }
        }
        #expect(unreversed == expected)
    }
}

@Suite struct DeflateTests {
    @Test func goldenStreamsMatchZlib() {
        #expect(Deflate.compress([]) == [0x03, 0x00])
        #expect(Deflate.compress(Array("abc".utf8)) == [0x4B, 0x4C, 0x4A, 0x06, 0x00])
    }

    /// The BTYPE of the first block: 0 stored, 1 fixed, 2 dynamic.
    func firstBlockType(_ stream: [UInt8]) -> UInt8 { (stream[0] >> 1) & 0b11 }

    @Test func choosesTheSmallestBlockType() {
        #expect(firstBlockType(Deflate.compress(Array("abc".utf8))) == 1)
        #expect(firstBlockType(Deflate.compress(csvLikeText(rows: 2000))) == 2)
        #expect(firstBlockType(Deflate.compress(pseudoRandomBytes(10_000, seed: 1))) == 0)
    }

    @Test func incompressibleDataCostsOnlyStoredBlockHeaders() {
        let input = pseudoRandomBytes(200_000, seed: 2)
        // Blocks hold up to 16,384 tokens, so 200,000 literals make 13 stored blocks with 5 header bytes each.
        #expect(Deflate.compress(input).count <= 200_000 + 13 * 5)
    }

    @Test func compressesText() {
        let input = csvLikeText(rows: 5000)
        #expect(Deflate.compress(input).count * 4 < input.count)
    }

    @Test func isDeterministic() {
        let input = csvLikeText(rows: 1000)
        #expect(Deflate.compress(input) == Deflate.compress(input))
    }

    static let roundTripInputs: [(String, [UInt8])] = {
        var fibonacciSkewed: [UInt8] = []
        var a = 1
        var b = 1
        for symbol in 0..<24 {
            fibonacciSkewed += [UInt8](repeating: UInt8(symbol * 10), count: a)
            (a, b) = (b, a + b)
        }
        // Shuffle deterministically so the skew reaches the Huffman stage instead of becoming LZ77 runs.
        let order = pseudoRandomBytes(fibonacciSkewed.count * 4, seed: 3)
        for index in stride(from: fibonacciSkewed.count - 1, to: 0, by: -1) {
            let random = Int(order[index * 4]) << 16 | Int(order[index * 4 + 1]) << 8 | Int(order[index * 4 + 2])
            fibonacciSkewed.swapAt(index, random % (index + 1))
        }
        let window = pseudoRandomBytes(32_768, seed: 4)
        var everyLength: [UInt8] = []
        for length in 1...300 {
            everyLength += [UInt8](repeating: UInt8(length % 7 + 65), count: length) + [0x2C]
        }
        return [
            ("empty", []),
            ("one byte", [0x42]),
            ("all byte values", (0...255).map { UInt8($0) } + (0...255).reversed().map { UInt8($0) }),
            ("a million a", [UInt8](repeating: 0x61, count: 1_000_000)),
            ("random", pseudoRandomBytes(70_000, seed: 5)),
            ("csv-like text", csvLikeText(rows: 8000)),
            ("fibonacci-skewed symbols", fibonacciSkewed),
            ("repeat at the window's full distance", window + window + window.prefix(1000)),
            ("repeat just beyond the window", pseudoRandomBytes(40_000, seed: 6) + pseudoRandomBytes(40_000, seed: 6)),
            ("every run length", everyLength),
            ("text then random then text", csvLikeText(rows: 300) + pseudoRandomBytes(5000, seed: 8) + csvLikeText(rows: 300)),
        ]
    }()

    @Test(.enabled(if: Python.isAvailable, "needs python3"), arguments: roundTripInputs.indices)
    func roundTripsThroughZlib(index: Int) throws {
        let (name, input) = Self.roundTripInputs[index]
        let inflated = try inflateWithPython(Deflate.compress(input))
        #expect(inflated == input, "\(name)")
    }
}
