import Foundation
import Testing

@testable import Charts

/// The classes of the home page's small maps must read in order: each step's fill (its ground colour and its
/// marks, as charts.css paints them) is darker on average than the step before. White marks once made the two
/// darkest classes look lighter than the middle one.
@Suite struct ChoroplethOrderTests {
    static let css: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Assets/charts.css"), encoding: .utf8)) ?? ""
    }()

    /// The declarations of the top-level rule for `.selector` (not those inside @media blocks).
    static func declarations(_ selector: String) -> [String: String] {
        guard let start = css.range(of: "\n." + selector + " {"),
              let end = css.range(of: "}", range: start.upperBound..<css.endIndex) else { return [:] }
        var result: [String: String] = [:]
        for declaration in css[start.upperBound..<end.lowerBound].split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            result[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// Relative luminance of `#rrggbb` (WCAG 2.1).
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { Double(Int(String(digits[$0...$0 + 1]), radix: 16)!) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    /// The average luminance of a step's 4 × 4 pattern, sampled on a 100 × 100 grid.
    static func averageLuminance(step: Int) throws -> Double {
        let markup = TileChoropleth.pattern(id: "p", step: step)
        let ground = try #require(declarations("chart-choropleth-ground--\(step)")["fill"])
        var markColour = ground, markWidth = 0.0
        var circles: [(x: Double, y: Double, r: Double)] = []
        var horizontal: [Double] = [], vertical: [Double] = []
        if let mark = markup.string.firstMatch(of: /class="(chart-choropleth-mark[^"]*)"/) {
            for name in mark.output.1.split(separator: " ") {
                let rule = declarations(String(name))
                markColour = rule["stroke"] ?? markColour
                markWidth = rule["stroke-width"].flatMap { Double($0.replacingOccurrences(of: "px", with: "")) } ?? markWidth
            }
            for circle in markup.string.matches(of: /cx="([0-9.]+)" cy="([0-9.]+)" r="([0-9.]+)"/) {
                circles.append((Double(circle.output.1)!, Double(circle.output.2)!, Double(circle.output.3)!))
            }
            for segment in markup.string.matches(of: /M([0-9.]+) ([0-9.]+)([HV])/) {
                if segment.output.3 == "H" { horizontal.append(Double(segment.output.2)!) }
                else { vertical.append(Double(segment.output.1)!) }
            }
        }
        let (dark, light) = (luminance(markColour), luminance(ground))
        var sum = 0.0
        for i in 0..<100 {
            for j in 0..<100 {
                let x = (Double(i) + 0.5) * 0.04, y = (Double(j) + 0.5) * 0.04
                let half = markWidth / 2
                let marked = horizontal.contains { abs(y - $0) < half } || vertical.contains { abs(x - $0) < half }
                    || circles.contains { hypot(x - $0.x, y - $0.y) < $0.r + half }
                sum += marked ? dark : light
            }
        }
        return sum / 10_000
    }

    @Test func everyStepIsDarkerThanTheOneBefore() throws {
        let steps = try (1...5).map { try Self.averageLuminance(step: $0) }
        for (lighter, darker) in zip(steps, steps.dropFirst()) {
            #expect(darker < lighter * 0.8, "\(steps)")
        }
    }
}
