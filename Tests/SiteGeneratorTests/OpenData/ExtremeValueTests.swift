import Dashboard
import Foundation
import Testing
@testable import SiteGenerator

/// The largest, smallest and most precise values the build accepts are shown alike on the page (in Finnish and
/// English), in the CSV and in the JSON: the same number, rounded the same way, never in exponent notation and
/// never clamped (issue 12: a count of 1.23e20 printed 9 000 000 000 000 000 000 on the page and
/// 1.2345678901234568e+20 in the CSV).
@Suite struct ExtremeValueTests {
    @Test(arguments: [
        ("100000000000", 0, "100000000000"),
        ("99999999999.5", 0, "100000000000"),
        ("99999999999.4999", 0, "99999999999"),
        ("99999999999.9999", 4, "99999999999.9999"),
        ("12345678901.23456", 4, "12345678901.2346"),
        ("0.0001", 4, "0.0001"),
        ("0.0001", 0, "0"),
        ("0", 2, "0.00"),
    ])
    func pageTableCSVAndJSONAgree(value: String, decimals: Int, published: String) throws {
        var changes = SiteFixtureEdit.permits("\"value\": 1000", "\"value\": \(value)")
        changes = SiteFixtureEdit.permits("\"decimals\": 0", "\"decimals\": \(decimals)", in: changes)
        let output = SiteFixture.build(changes)
        let files = try #require(output.files, "\(output.diagnostics.sorted.map(\.summaryLine))")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path]), as: UTF8.self) }

        #expect(try text("data/permits.csv").contains(",specialist,2024,\(published),"))
        #expect(try text("data/permits.json").contains("\"value\": \(published)"))
        let finnish = published.localized(group: "\u{A0}", decimal: ",")
        let english = published.localized(group: ",", decimal: ".")
        #expect(try text("fi/mittarit/permits/index.html").contains(">\(finnish)<"), "\(finnish)")
        #expect(try text("en/indicators/permits/index.html").contains(">\(english)<"), "\(english)")
        #expect(!(try text("data/permits.csv")).contains("e+"))
    }
}

private enum SiteFixtureEdit {
    static func permits(_ target: String, _ replacement: String, in changes: [String: String?] = [:])
        -> [String: String?]
    {
        let path = "data/permits.json"
        let original = changes[path].flatMap { $0 }
            ?? String(decoding: SiteFixture.content().files[path]!, as: UTF8.self)
        precondition(original.contains(target))
        return [path: original.replacingOccurrences(of: target, with: replacement, range: original.range(of: target))]
    }
}

private extension String {
    /// `12345678901.23` written with `group` between groups of three integer digits and `decimal` as the mark.
    func localized(group: String, decimal: String) -> String {
        let parts = split(separator: ".", maxSplits: 1)
        let digits = Array(parts[0])
        var integer = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { integer += group }
            integer.append(digit)
        }
        return parts.count > 1 ? integer + decimal + parts[1] : integer
    }
}
