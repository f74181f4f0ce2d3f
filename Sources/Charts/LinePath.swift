/// SVG path data for a line through evenly spaced periods: broken at missing values and at breaks in
/// series, with the segments leading into provisional points kept apart so they can be dashed.
struct LinePath {
    /// Path data of the final segments, e.g. "M0 10L5 8L10 9M20 7L25 6".
    private(set) var solid = ""
    /// Path data of the segments that end in a provisional point.
    private(set) var dashed = ""

    /// Builds the paths for periods `0..<count`; `x` maps a period index and `y` a value to coordinates.
    /// `breaks`: indices of periods that start a new series (a break in series); no segment leads into them.
    init(values: [Double?], provisional: [Bool], breaks: Set<Int> = [], count: Int, x: (Int) -> Double,
         y: (Double) -> Double) {
        func value(_ index: Int) -> Double? {
            guard index < count, values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
            return value
        }
        let c = SVGNumber.text
        var lastSolidEnd: Int?
        var lastDashedEnd: Int?
        for index in 0..<Swift.max(count - 1, 0) {
            guard let from = value(index), let to = value(index + 1), !breaks.contains(index + 1) else { continue }
            let isDashed = provisional.indices.contains(index + 1) && provisional[index + 1]
            // Consecutive segments of the same kind continue one polyline; anything else starts a new one.
            let continues = (isDashed ? lastDashedEnd : lastSolidEnd) == index
            let piece = (continues ? "" : "M\(c(x(index))) \(c(y(from)))") + "L\(c(x(index + 1))) \(c(y(to)))"
            if isDashed {
                dashed += piece
                lastDashedEnd = index + 1
            } else {
                solid += piece
                lastSolidEnd = index + 1
            }
        }
    }
}
