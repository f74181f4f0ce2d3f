import Dashboard
import Foundation
import Testing
@testable import SiteGenerator

/// The methods page states the rules exactly as the code applies them, in every language: each indicator's
/// tolerance, the small-count limit and the worked example agree with the metrics and the checks.
@Suite struct MethodsPageTests {
    static let pages = [("fi", "fi/menetelmat/index.html"), ("sv", "sv/metoder/index.html"),
                        ("en", "en/methods/index.html")]

    /// The rows of the tolerance table: indicator id (from its link) → the tolerance cell's text.
    static func toleranceRows(_ page: String) -> [String: String] {
        guard let start = page.range(of: "id=\"tolerances\""),
              let end = page.range(of: "</table>", range: start.upperBound..<page.endIndex) else { return [:] }
        var rows: [String: String] = [:]
        for row in page[start.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst(2) {
            guard let link = row.range(of: #"/([a-z0-9-]+)/index\.html""#, options: .regularExpression) else { continue }
            let id = row[link].split(separator: "/").first.map(String.init) ?? ""
            let cells = row.components(separatedBy: "<td")
            guard let last = cells.last, let open = last.firstIndex(of: ">"),
                  let close = last.range(of: "</td>") else { continue }
            rows[id] = String(last[last.index(after: open)..<close.lowerBound])
        }
        return rows
    }

    /// The first number in a text written with a decimal comma or point ("±1,0 %-yks." → 1.0).
    static func number(in text: String) -> Double? {
        guard let range = text.range(of: #"[0-9]+([,.][0-9]+)?"#, options: .regularExpression) else { return nil }
        return Double(text[range].replacingOccurrences(of: ",", with: "."))
    }

    @Test(arguments: pages)
    func theToleranceTableIsTheCodes(_ language: String, _ path: String) throws {
        let model = try #require(ExampleSiteTests.model)
        let page = try #require(ExampleSiteTests.site[path])
        let rows = Self.toleranceRows(page)
        #expect(Set(rows.keys) == Set(model.indicators.map(\.id)), "\(language)")
        let relative = try #require(model.catalogs[language]?["methods.tolerance.relative"])
        let relativeWords = relative.replacingOccurrences(of: "±{value}", with: "")
        for indicator in model.indicators {
            let text = try #require(rows[indicator.id], "\(language) \(indicator.id)")
            #expect(Self.number(in: text) == indicator.metric.trendTolerance, "\(language) \(indicator.id): \(text)")
            #expect(text.hasSuffix(relativeWords) == indicator.metric.trendToleranceIsRelative,
                    "\(language) \(indicator.id): \(text)")
        }
    }

    @Test(arguments: ["fi", "sv", "en"])
    func theMarkdownStatesTheSmallCountLimitAndNoTolerancesOfItsOwn(_ language: String) throws {
        let url = SiteFixture.repositoryRoot.appendingPathComponent("Content/pages/methods.\(language).md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let limit = ContentResolver.smallestPublishedCount
        #expect(text.contains("1–\(limit - 1)"), "\(language)")
        // The numbers live in the generated table only: no hand-written table of tolerances.
        #expect(!text.contains("| Toleranssi |") && !text.contains("| Tolerans |") && !text.contains("| Tolerance |"))
        #expect(text.contains("(#tolerances)"))
        #expect(text.contains("10 000") || text.contains("10,000"))
    }

    @Test(arguments: [("fi", "Esimerkki:"), ("sv", "Exempel:"), ("en", "Example:")])
    func theWorkedExampleUsesTheDataAndTheTolerance(_ language: String, _ marker: String) throws {
        let model = try #require(ExampleSiteTests.model)
        let metric = try #require(model.indicator("low-employment-groups")?.metric)
        let series = try #require(metric.headlineSeries(for: Metric.wholeCountry))
        let old = try #require(series.value(at: Period(year: 2025, month: 9)))
        let new = try #require(series.value(at: Period(year: 2026, month: 9)))
        let url = SiteFixture.repositoryRoot.appendingPathComponent("Content/pages/methods.\(language).md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let example = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix(marker) })
        let numbers = example.matches(of: /[0-9]+(?:[,.][0-9]+)?/).compactMap {
            Double($0.output.replacingOccurrences(of: ",", with: "."))
        }.filter { $0 < 100 }
        #expect(numbers.contains(old) && numbers.contains(new), "\(numbers)")
        #expect(numbers.contains((abs(new - old) * 10).rounded() / 10), "\(numbers)")
        #expect(numbers.contains(metric.trendTolerance), "\(numbers)")
        #expect(abs(new - old) <= metric.trendTolerance)
    }
}
