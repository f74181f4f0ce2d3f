/// Numbers, dates and periods written by our own explicit rules per language, never by the platform locale
/// (Linux Foundation formats sv_FI dates wrongly, and output must not depend on the machine).
///
/// Finnish and Swedish: decimal comma, no-break space between thousands and before `%` (12,5 %, 5 292 777),
/// dates 23.11.2026. English: 12.5%, 5,292,777, 23 November 2026.
public struct Localisation: Sendable {
    public var language: String

    public init(language: String) { self.language = language }

    static let noBreakSpace = "\u{00A0}"
    static let minus = "\u{2212}"

    private var usesDecimalComma: Bool { language != "en" }

    /// `value` rounded half away from zero to `decimals` places, grouped by thousands.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        let (negative, integerPart, fraction) = Self.digits(value, decimals: decimals)
        let groupSeparator = usesDecimalComma ? Self.noBreakSpace : ","
        var grouped = ""
        let characters = Array(integerPart)
        for (index, character) in characters.enumerated() {
            // Grouped from four digits on, so columns of figures line up (5 292 next to 12 345).
            if index > 0 && (characters.count - index) % 3 == 0 {
                grouped += groupSeparator
            }
            grouped.append(character)
        }
        var text = (negative ? Self.minus : "") + grouped
        if decimals > 0 { text += (usesDecimalComma ? "," : ".") + fraction }
        return text
    }

    /// Splits a rounded value into sign, integer digits and fraction digits, with integer arithmetic so the
    /// result never depends on the C library's printf.
    static func digits(_ value: Double, decimals: Int) -> (negative: Bool, integer: String, fraction: String) {
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = UInt64(min(scaled, 9.0e18))
        let divisor = UInt64(scale)
        let integer = String(whole / divisor)
        var fraction = String(whole % divisor)
        if decimals > 0 { fraction = String(repeating: "0", count: decimals - fraction.count) + fraction } else {
            fraction = ""
        }
        return (value < 0 && whole != 0, integer, fraction)
    }

    /// A value in its unit: "12,5 %" for percentages; counts, days and scores are plain numbers.
    public func value(_ value: Double, unit: Metric.Unit, decimals: Int) -> String {
        let text = number(value, decimals: decimals)
        switch unit {
        case .percent: return usesDecimalComma ? text + Self.noBreakSpace + "%" : text + "%"
        case .count, .days, .score, .ratio: return text
        }
    }

    /// A signed change with a real minus sign; percentages change by percentage points ("+0,8 %-yks.").
    public func change(_ delta: Double, unit: Metric.Unit, decimals: Int) -> String {
        let magnitude = number(abs(delta), decimals: decimals)
        let rounded = Self.digits(delta, decimals: decimals)
        let isZero = rounded.integer.allSatisfy { $0 == "0" } && rounded.fraction.allSatisfy { $0 == "0" }
        let sign = isZero ? "±" : (delta > 0 ? "+" : Self.minus)
        let text = sign + magnitude
        guard unit == .percent else { return text }
        switch language {
        case "fi": return text + Self.noBreakSpace + "%-yks."
        // Singular only after a whole 1 ("±1 procentenhet"); decimals take the plural ("1,0 procentenheter").
        case "sv": return text + Self.noBreakSpace + (magnitude == "1" ? "procentenhet" : "procentenheter")
        default: return text + " pp"
        }
    }

    /// 23.11.2026 in Finnish and Swedish; 23 November 2026 in English.
    public func date(_ date: CalendarDate) -> String {
        if language == "en" { return "\(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)" }
        return "\(date.day).\(date.month).\(date.year)"
    }

    /// "lokakuu 2026", "oktober 2026", "October 2026"; "2025" for a year; for a quarter "3. neljännes 2026",
    /// "3:e kvartalet 2026", "Q3 2026" (the forms in docs/GLOSSARY.md).
    public func period(_ period: Period) -> String {
        switch period.frequency {
        case .year: return "\(period.year)"
        case .quarter:
            switch language {
            case "fi": return "\(period.part). neljännes \(period.year)"
            case "sv": return "\(period.part):\(Self.swedishOrdinalSuffix(period.part)) kvartalet \(period.year)"
            default: return "Q\(period.part) \(period.year)"
            }
        case .month:
            return "\(monthName(period.part)) \(period.year)"
        }
    }

    /// Compact labels for chart axes and table headers. Months: "1/2025" in Finnish and Swedish, "Jan 2025" in
    /// English. Quarters: "2025Q1" in Finnish and Swedish, as Statistics Finland writes them in StatFin, so that a
    /// quarter never reads as a month ("4/2024" is April); "Q1 2025" in English.
    public func shortPeriod(_ period: Period) -> String {
        switch period.frequency {
        case .year: return "\(period.year)"
        case .quarter: return language == "en" ? "Q\(period.part) \(period.year)" : "\(period.year)Q\(period.part)"
        case .month:
            return language == "en"
                ? "\(Self.englishMonths[period.part - 1].prefix(3)) \(period.year)" : "\(period.part)/\(period.year)"
        }
    }

    /// The Swedish ordinal ending: "1:a", "2:a", "21:a", but "3:e", "4:e", "11:e", "12:e".
    static func swedishOrdinalSuffix(_ number: Int) -> String {
        let lastTwo = number % 100
        return (lastTwo % 10 == 1 || lastTwo % 10 == 2) && lastTwo != 11 && lastTwo != 12 ? "a" : "e"
    }

    /// The month's name as used alone or with a year (nominative, lower case in Finnish and Swedish).
    public func monthName(_ month: Int) -> String {
        switch language {
        case "fi": Self.finnishMonths[month - 1]
        case "sv": Self.swedishMonths[month - 1]
        default: Self.englishMonths[month - 1]
        }
    }

    static let finnishMonths = [
        "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
        "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
    ]
    static let swedishMonths = [
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
