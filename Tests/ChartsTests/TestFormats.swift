import Charts
import Foundation

/// Number formats like the site's, written out by hand so the tests do not depend on the platform locale.
enum TestFormats {
    /// Finnish: decimal comma, no-break space between thousands, U+2212 minus.
    static let finnish: ValueFormat = { value, digits in
        number(value, digits: digits, decimal: ",", group: "\u{00A0}", minus: "\u{2212}")
    }
    /// Swedish (Finland): the same separators as Finnish.
    static let swedish: ValueFormat = { value, digits in
        number(value, digits: digits, decimal: ",", group: "\u{00A0}", minus: "\u{2212}")
    }
    /// English: decimal point, comma between thousands, hyphen-minus.
    static let english: ValueFormat = { value, digits in
        number(value, digits: digits, decimal: ".", group: ",", minus: "-")
    }
    /// Finnish with the percent sign after a no-break space: "12,5 %".
    static let finnishPercent: ValueFormat = { value, digits in
        finnish(value, digits) + "\u{00A0}%"
    }

    static func number(_ value: Double, digits: Int, decimal: String, group: String, minus: String) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        var integerDigits = String(scaled / scale)
        var grouped = ""
        while integerDigits.count > 3 {
            grouped = group + integerDigits.suffix(3) + grouped
            integerDigits.removeLast(3)
        }
        var result = integerDigits + grouped
        if digits > 0 {
            let fraction = String(scaled % scale)
            result += decimal + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return value < 0 && scaled != 0 ? minus + result : result
    }

    /// Monthly periods from January of `year`: keys "2024-01", labels "1/2024 (full)", ticks "1/2024".
    static func months(_ count: Int, from year: Int = 2024) -> [AxisPeriod] {
        (0..<count).map { index in
            let (y, m) = (year + index / 12, index % 12 + 1)
            let key = "\(y)-" + (m < 10 ? "0\(m)" : "\(m)")
            return AxisPeriod(key: key, label: "month \(m) of \(y)", tickLabel: "\(m)/\(y)")
        }
    }
}
