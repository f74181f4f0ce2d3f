extension Deflate {
    /// The fixed tables of RFC 1951, 3.2.5 and 3.2.6.
    enum Symbols {
        /// The smallest match length of length codes 257...285.
        static let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        /// The extra bits after length codes 257...285.
        static let lengthExtraBits = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]
        /// The smallest distance of distance codes 0...29.
        static let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
            4097, 6145, 8193, 12289, 16385, 24577,
        ]
        /// The extra bits after distance codes 0...29.
        static let distanceExtraBits = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
        ]

        /// The fixed literal/length code: 8 bits for 0...143, 9 for 144...255, 7 for 256...279, 8 for 280...287.
        static let fixedLiterals = HuffmanCode(
            lengths: (0..<288).map { symbol in
                switch symbol {
                case 0..<144: 8
                case 144..<256: 9
                case 256..<280: 7
                default: 8
                }
            })
        /// The fixed distance code: 5 bits each.
        static let fixedDistances = HuffmanCode(lengths: [UInt8](repeating: 5, count: 30))

        /// The index (0...28) of the length code for a match length of 3...258; 258 has its own code.
        static func lengthCode(_ length: UInt16) -> Int {
            lengthCodes[Int(length)]
        }

        /// The distance code (0...29) for a distance of 1...32768.
        static func distanceCode(_ distance: UInt16) -> Int {
            var low = 0
            var high = distanceBase.count - 1
            // The last base not above the distance.
            while low < high {
                let middle = (low + high + 1) / 2
                if distanceBase[middle] <= Int(distance) {
                    low = middle
                } else {
                    high = middle - 1
                }
            }
            return low
        }

        private static let lengthCodes: [Int] = (0...258).map { length in
            lengthBase.lastIndex { $0 <= length } ?? 0
        }
    }
}
