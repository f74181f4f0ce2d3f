/// How charts print numbers into SVG: coordinates, lengths and `viewBox` sizes.
///
/// One decimal at most, no locale, no exponent, so the same input always gives byte-identical output.
public enum SVGNumber {
    /// "12", "12.5", "-0.3"; a value that is not finite prints as "0".
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let magnitude = tenths.magnitude
        let sign = tenths < 0 ? "-" : ""
        if magnitude % 10 == 0 {
            return "\(sign)\(magnitude / 10)"
        }
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
