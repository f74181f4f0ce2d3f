/// A statistical period: a month (`2025-03`), a quarter (`2025-Q1`) or a year (`2025`).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Frequency: String, Sendable, CaseIterable {
        case month, quarter, year

        /// How many periods make a year, for "change over a year".
        public var periodsPerYear: Int {
            switch self {
            case .month: 12
            case .quarter: 4
            case .year: 1
            }
        }
    }

    public var year: Int
    /// Month 1–12, quarter 1–4, or 0 for a year.
    public var part: Int
    public var frequency: Frequency

    public init(year: Int, month: Int) { (self.year, part, frequency) = (year, month, .month) }
    public init(year: Int, quarter: Int) { (self.year, part, frequency) = (year, quarter, .quarter) }
    public init(year: Int) { (self.year, part, frequency) = (year, 0, .year) }

    /// Parses the canonical text form; nil for anything else (`2025-3`, `2025/03`, `2025-13`).
    public init?(_ text: String) {
        let utf8 = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= utf8.count else { return nil }
            var value = 0
            for byte in utf8[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = digits(0..<4), year >= 1900 else { return nil }
        switch utf8.count {
        case 4:
            self.init(year: year)
        case 7 where utf8[4] == UInt8(ascii: "-") && utf8[5] == UInt8(ascii: "Q"):
            guard let quarter = digits(6..<7), (1...4).contains(quarter) else { return nil }
            self.init(year: year, quarter: quarter)
        case 7 where utf8[4] == UInt8(ascii: "-"):
            guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
            self.init(year: year, month: month)
        default:
            return nil
        }
    }

    public var description: String {
        switch frequency {
        case .year: "\(year)"
        case .quarter: "\(year)-Q\(part)"
        case .month: part < 10 ? "\(year)-0\(part)" : "\(year)-\(part)"
        }
    }

    /// A running index that orders periods and lets "a year earlier" be simple arithmetic.
    public var ordinal: Int { year * frequency.periodsPerYear + max(part, 1) - 1 }

    /// The period `count` steps later (negative: earlier).
    public func advanced(by count: Int) -> Period {
        let index = ordinal + count
        let perYear = frequency.periodsPerYear
        let year = index.floorDivided(by: perYear)
        let part = index - year * perYear + 1
        switch frequency {
        case .month: return Period(year: year, month: part)
        case .quarter: return Period(year: year, quarter: part)
        case .year: return Period(year: year)
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.part) < (rhs.year, rhs.part)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
