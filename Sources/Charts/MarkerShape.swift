import Markup

/// Point marker shapes, so series differ by shape as well as by colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond

    /// The marker centred on (`x`, `y`), about `size` units across, with the given classes.
    func svg(x: Double, y: Double, size: Double, className: String) -> HTML {
        let half = size / 2
        let c = SVGNumber.text
        switch self {
        case .circle:
            return "<circle class=\"\(className)\" cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"\(c(half))\"/>"
        case .square:
            let side = size * 0.88
            return "<rect class=\"\(className)\" x=\"\(c(x - side / 2))\" y=\"\(c(y - side / 2))\" width=\"\(c(side))\" height=\"\(c(side))\"/>"
        case .triangle:
            let r = half * 1.2
            return "<path class=\"\(className)\" d=\"M\(c(x)) \(c(y - r))L\(c(x + r)) \(c(y + r * 0.8))L\(c(x - r)) \(c(y + r * 0.8))Z\"/>"
        case .diamond:
            let r = half * 1.2
            return "<path class=\"\(className)\" d=\"M\(c(x)) \(c(y - r))L\(c(x + r)) \(c(y))L\(c(x)) \(c(y + r))L\(c(x - r)) \(c(y))Z\"/>"
        }
    }
}
