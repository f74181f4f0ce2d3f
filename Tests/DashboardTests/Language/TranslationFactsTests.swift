import Testing

/// The Finnish, Swedish and English versions of every text carry the same numbers, dates, content links and
/// placeholders: a fact added to one language only, or mistyped in one, fails here.
@Suite struct TranslationFactsTests {
    /// Real differences between the languages, each with its reason: (unit, language, "+fact" that language has
    /// and Finnish lacks, or "-fact" Finnish has and that language lacks).
    static let allowed: [(unit: String, language: String, fact: String)] = [
        // None yet. Example: ("pages/accessibility", "en", "+358"),  // the international prefix for readers abroad
    ]

    /// How the facts of `versions` differ from the Finnish version's: "sv: +2026 −2025".
    static func differences(_ versions: [String: String], unit: String = "") -> [String] {
        guard let finnish = versions["fi"] else { return [] }
        let reference = TextFacts.facts(finnish, language: "fi")
        var problems: [String] = []
        for language in ContentText.languages where language != "fi" {
            guard let text = versions[language] else { continue }
            let facts = TextFacts.facts(text, language: language)
            let changes = facts.subtracting(reference).sorted().map { ("+", $0) }
                + reference.subtracting(facts).sorted().map { ("-", $0) }
            let reported = changes.filter { sign, fact in
                !allowed.contains { $0.unit == unit && $0.language == language && $0.fact == sign + fact }
            }
            if !reported.isEmpty {
                problems.append("\(language): " + reported.map { ($0 == "+" ? "+" : "\u{2212}") + $1 }
                    .joined(separator: " "))
            }
        }
        return problems
    }

    @Test func everyTranslationStatesTheSameFacts() {
        let units = ContentText.translations(ContentText.all(in: Fixture.read("Content")))
        #expect(units.count > 200, "Content/ was not read")
        var problems: [String] = []
        for (unit, versions) in units {
            for difference in Self.differences(versions, unit: unit) {
                problems.append("\(unit): \(difference)")
            }
        }
        #expect(problems.isEmpty, """
            facts that differ from the Finnish text (+ only in that language, − missing there):
            \(problems.joined(separator: "\n"))
            """)
    }

    @Test func factsAreReadInEachLanguagesOwnNotation() {
        let fi = TextFacts.facts(
            "Espoon jaostolle 23.2.2026 esitetyn tiedon mukaan joulukuussa 2025 19 394 työtöntä, 9,7 % enemmän; "
                + "muutos −0,5 %-yks. ([Tavoite 3](goal:3), [menetelmät](page:methods#trendin-tila), WCAG 1.4.11, "
                + "puhelin 029 534 5000, <tavoitteet@example.fi>, {count} aluetta)", language: "fi")
        let sv = TextFacts.facts(
            "Enligt uppgifter den 23 februari 2026 fanns det i december 2025 19 394 arbetslösa, 9,7 % fler; "
                + "förändring −0,5 procentenheter ([Mål 3](goal:3), [metoder](page:methods#trendstatus), "
                + "WCAG 1.4.11, "
                + "telefon 029 534 5000, <tavoitteet@example.fi>, {count} områden)", language: "sv")
        let en = TextFacts.facts(
            "According to figures of 23 February 2026, in December 2025 there were 19,394 unemployed, 9.7% more; "
                + "change −0.5 pp ([Goal 3](goal:3), [methods](page:methods#trend-status), WCAG 1.4.11, "
                + "phone 029 534 5000, <tavoitteet@example.fi>, {count} areas)", language: "en")
        #expect(fi == ["2026-02-23", "2025", "19394", "9.7", "\u{2212}0.5", "goal:3", "3", "page:methods", "1.4.11",
                       "029534", "5000", "{count}"])
        #expect(sv == fi)
        #expect(en == fi)
        #expect(TextFacts.facts("date: \"2025-10-07\"\nTavoitekausi 2025–2027, 1.1.2025", language: "fi")
            == ["2025-10-07", "2025", "2027", "2025-01-01"])
        #expect(TextFacts.facts("CC BY 4.0; 1,0 prosenttiyksikköä; 1.0 percentage points", language: "fi")
            == ["4.0", "1.0"])
    }

    @Test func aFactInOneLanguageOnlyIsReported() {
        let versions = [
            "fi": "Alueella oli 19 394 työtöntä 23.2.2026. Katso [tavoite 3](goal:3).",
            "sv": "I området fanns 19 349 arbetslösa den 23 februari 2026. Se [mål 3](goal:3).",
            "en": "The area had 19,394 unemployed on 23 February 2026. See [goal 4](goal:4).",
        ]
        #expect(Self.differences(versions)
            == ["sv: +19349 \u{2212}19394", "en: +4 +goal:4 \u{2212}3 \u{2212}goal:3"])
        let template = ["fi": "{area}: tavoite {number}", "sv": "{area}: mål", "en": "{area}: goal {number}"]
        #expect(Self.differences(template) == ["sv: \u{2212}{number}"])
        #expect(Self.differences(["fi": "Sama 12,5 %", "sv": "Samma 12,5 %", "en": "Same 12.5%"]).isEmpty)
    }
}
