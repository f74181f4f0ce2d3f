/// Numbers in published data files: a dot as the decimal separator, no thousands separators, exactly the
/// metric's number of decimals (`12.0`, `-0.5`, `1234`), so every program reads them the same way.
///
/// Rounded half away from zero with integer arithmetic, like the figures on the pages, so a file and the page
/// beside it never disagree and the C library's printf and the locale play no part.
enum PlainDecimal {
    /// `value` with `decimals` digits after the point. A value that rounds to zero has no minus sign.
    static func format(_ value: Double, decimals: Int) -> String {
        let decimals = max(0, min(decimals, 15))
        guard value.isFinite else { return "" }
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        // Beyond 2^63 integer digits cannot be split exactly; such figures do not occur in labour statistics,
        // and Swift's shortest round-trip form is still a valid number.
        guard scaled < 9.0e18 else { return String(describing: value) }
        let whole = UInt64(scaled)
        let divisor = UInt64(scale)
        var text = String(whole / divisor)
        if decimals > 0 {
            let fraction = String(whole % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return value < 0 && whole != 0 ? "-" + text : text
    }
}
