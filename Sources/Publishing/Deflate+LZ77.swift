extension Deflate {
    /// Finds repeated strings: the LZ77 half of DEFLATE.
    enum LZ77 {
        /// A literal byte, or a match that copies `length` bytes from `distance` bytes back.
        struct Token {
            /// 0 for a literal, otherwise the match length, 3...258.
            let length: UInt16
            /// The literal byte, or the match distance, 1...32768.
            let value: UInt16

            /// Whether the token is a literal byte rather than a match.
            var isLiteral: Bool { length == 0 }
            /// The number of input bytes the token stands for.
            var byteCount: Int { isLiteral ? 1 : Int(length) }
        }

        private static let windowSize = 32_768
        private static let minMatch = 3
        private static let maxMatch = 258
        private static let hashBits = 15
        /// How many earlier positions with the same hash are tried; bounds the work per byte on repetitive input.
        private static let maxChainLength = 128

        /// The tokens for `input`: at each position the longest match among recent positions that share its first
        /// three bytes, unless the next position has a longer one (lazy matching), in which case a literal.
        static func tokens(_ input: [UInt8]) -> [Token] {
            let count = input.count
            var head = [Int32](repeating: -1, count: 1 << hashBits)
            var previous = [Int32](repeating: -1, count: count)
            var tokens: [Token] = []
            tokens.reserveCapacity(count / 2)

            func hash(_ position: Int) -> Int {
                (Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2]))
                    & ((1 << hashBits) - 1)
            }
            func insert(_ position: Int) {
                guard position + minMatch <= count else { return }
                let key = hash(position)
                previous[position] = head[key]
                head[key] = Int32(position)
            }
            func longestMatch(at position: Int) -> (length: Int, distance: Int) {
                guard position + minMatch <= count else { return (0, 0) }
                let limit = min(maxMatch, count - position)
                var best = 0
                var bestDistance = 0
                var candidate = Int(head[hash(position)])
                var chain = maxChainLength
                while candidate >= 0 && position - candidate <= windowSize && chain > 0 {
                    // A candidate can only beat the best if it also matches at the best length.
                    if input[candidate + best] == input[position + best] || best == 0 {
                        var length = 0
                        while length < limit && input[candidate + length] == input[position + length] {
                            length += 1
                        }
                        if length > best {
                            best = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    candidate = Int(previous[candidate])
                    chain -= 1
                }
                return best >= minMatch ? (best, bestDistance) : (0, 0)
            }

            var position = 0
            while position < count {
                let match = longestMatch(at: position)
                insert(position)
                if match.length >= minMatch, match.length < maxMatch,
                    longestMatch(at: position + 1).length > match.length
                {
                    tokens.append(Token(length: 0, value: UInt16(input[position])))
                    position += 1
                    continue
                }
                if match.length >= minMatch {
                    tokens.append(Token(length: UInt16(match.length), value: UInt16(match.distance)))
                    for skipped in position + 1..<position + match.length {
                        insert(skipped)
                    }
                    position += match.length
                } else {
                    tokens.append(Token(length: 0, value: UInt16(input[position])))
                    position += 1
                }
            }
            return tokens
        }
    }
}
