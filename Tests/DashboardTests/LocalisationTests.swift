import Testing
@testable import Dashboard

/// Numbers, percentages, dates and months by our explicit rules, never the platform locale.
@Suite struct LocalisationTests {
    let nbsp = "\u{00A0}"
    let minus = "\u{2212}"

    @Test func finnishAndSwedishUseDecimalCommaAndNoBreakSpaces() {
        for language in ["fi", "sv"] {
            let format = Localisation(language: language)
            #expect(format.number(5_292_777) == "5\(nbsp)292\(nbsp)777")
            #expect(format.number(1234) == "1\(nbsp)234")
            #expect(format.number(999) == "999")
            #expect(format.number(12.5, decimals: 1) == "12,5")
            #expect(format.number(-0.04, decimals: 1) == "0,0")  // no "−0,0"
            #expect(format.number(-3.25, decimals: 1) == "\(minus)3,3")  // half away from zero
            #expect(format.value(12.5, unit: .percent, decimals: 1) == "12,5\(nbsp)%")
            #expect(format.value(19394, unit: .count, decimals: 0) == "19\(nbsp)394")
            #expect(format.date(CalendarDate(year: 2026, month: 11, day: 23)) == "23.11.2026")
            #expect(format.date(CalendarDate(year: 2026, month: 1, day: 5)) == "5.1.2026")
        }
    }

    @Test func english() {
        let format = Localisation(language: "en")
        #expect(format.number(5_292_777) == "5,292,777")
        #expect(format.value(12.5, unit: .percent, decimals: 1) == "12.5%")
        #expect(format.date(CalendarDate(year: 2026, month: 11, day: 23)) == "23 November 2026")
        #expect(format.period(Period(year: 2026, month: 10)) == "October 2026")
        #expect(format.shortPeriod(Period(year: 2026, month: 10)) == "Oct 2026")
        #expect(format.change(0.84, unit: .percent, decimals: 1) == "+0.8 pp")
    }

    @Test func monthsAndPeriods() {
        let fi = Localisation(language: "fi"), sv = Localisation(language: "sv")
        #expect(fi.period(Period(year: 2026, month: 10)) == "lokakuu 2026")
        #expect(sv.period(Period(year: 2026, month: 10)) == "oktober 2026")
        #expect(fi.period(Period(year: 2025, quarter: 2)) == "2. neljännes 2025")
        #expect(sv.period(Period(year: 2025, quarter: 2)) == "2:a kvartalet 2025")
        #expect(fi.period(Period(year: 2025)) == "2025")
        #expect(fi.shortPeriod(Period(year: 2025, month: 1)) == "1/2025")
        #expect((1...12).map(fi.monthName) == Localisation.finnishMonths)
    }

    @Test func changesAreSignedWithARealMinus() {
        let fi = Localisation(language: "fi")
        #expect(fi.change(-1.24, unit: .percent, decimals: 1) == "\(minus)1,2\(nbsp)%-yks.")
        #expect(fi.change(82, unit: .count, decimals: 0) == "+82")
        #expect(fi.change(0.01, unit: .count, decimals: 0) == "±0")
        #expect(Localisation(language: "sv").change(0.5, unit: .percent, decimals: 1) == "+0,5\(nbsp)procentenheter")
    }

    /// Swedish takes the singular after a whole 1 only; a decimal, even 1,0, takes the plural.
    @Test func swedishPercentagePointsAgreeWithTheNumber() {
        let sv = Localisation(language: "sv")
        #expect(sv.change(1, unit: .percent, decimals: 0) == "+1\(nbsp)procentenhet")
        #expect(sv.change(-1, unit: .percent, decimals: 0) == "\(minus)1\(nbsp)procentenhet")
        #expect(sv.change(1, unit: .percent, decimals: 1) == "+1,0\(nbsp)procentenheter")
        #expect(sv.change(2, unit: .percent, decimals: 0) == "+2\(nbsp)procentenheter")
        #expect(sv.change(11, unit: .percent, decimals: 0) == "+11\(nbsp)procentenheter")
        #expect(sv.change(0, unit: .percent, decimals: 0) == "±0\(nbsp)procentenheter")
    }

    /// A quarter must never read as a month: "4/2024" looks like April. Long forms name the quarter in words,
    /// short forms follow StatFin ("2024Q4"), and a month keeps "4/2024".
    @Test func quartersReadUnambiguously() {
        let fi = Localisation(language: "fi"), sv = Localisation(language: "sv"), en = Localisation(language: "en")
        let third = Period(year: 2026, quarter: 3)
        #expect(fi.period(third) == "3. neljännes 2026")
        #expect(sv.period(third) == "3:e kvartalet 2026")
        #expect(en.period(third) == "Q3 2026")
        #expect(sv.period(Period(year: 2026, quarter: 1)) == "1:a kvartalet 2026")
        #expect(sv.period(Period(year: 2026, quarter: 4)) == "4:e kvartalet 2026")
        #expect(fi.shortPeriod(Period(year: 2024, quarter: 4)) == "2024Q4")
        #expect(sv.shortPeriod(Period(year: 2024, quarter: 4)) == "2024Q4")
        #expect(en.shortPeriod(Period(year: 2024, quarter: 4)) == "Q4 2024")
        #expect(fi.shortPeriod(Period(year: 2024, month: 4)) == "4/2024")
        for language in ["fi", "sv", "en"] {
            let format = Localisation(language: language)
            let quarters = (1...4).map { format.shortPeriod(Period(year: 2024, quarter: $0)) }
            let months = (1...12).map { format.shortPeriod(Period(year: 2024, month: $0)) }
            #expect(Set(quarters).isDisjoint(with: months), "\(language): a quarter label equals a month label")
        }
        #expect(["1:a", "2:a", "3:e", "4:e", "11:e", "12:e", "21:a", "22:a"]
            == [1, 2, 3, 4, 11, 12, 21, 22].map { "\($0):" + Localisation.swedishOrdinalSuffix($0) })
    }

    /// "1 kunta", not "1 kuntaa": a `.one` form is used for a count of exactly 1, and only then.
    @Test func countOfOneUsesTheSingularForm() {
        let catalogs = [
            "fi": ["n": "{count} kuntaa", "n.one": "{count} kunta", "plain": "{count} kuntaa"],
            "sv": ["n": "{count} kommuner", "n.one": "{count} kommun", "only-fi": "x"],
        ]
        let fi = Strings(language: "fi", catalogs: catalogs, fallbackLanguage: "fi")
        let sv = Strings(language: "sv", catalogs: catalogs, fallbackLanguage: "fi")
        #expect(fi.format("n", ["count": "1"]) == "1 kunta")
        #expect(fi.format("n", ["count": "2"]) == "2 kuntaa")
        #expect(fi.format("n", ["count": "11"]) == "11 kuntaa")
        #expect(fi.format("plain", ["count": "1"]) == "1 kuntaa")  // no singular form written: unchanged
        #expect(sv.format("n", ["count": "1"]) == "1 kommun")
        #expect(sv.format("n", ["count": "3"]) == "3 kommuner")
    }

    @Test func largeAndTinyNumbers() {
        let fi = Localisation(language: "fi")
        #expect(fi.number(1_000_000_000) == "1\(nbsp)000\(nbsp)000\(nbsp)000")
        #expect(fi.number(0.005, decimals: 2) == "0,01")
        #expect(fi.number(7, decimals: 2) == "7,00")
    }
}

@Suite struct PeriodTests {
    @Test func parsesOnlyCanonicalForms() {
        #expect(Period("2025-03") == Period(year: 2025, month: 3))
        #expect(Period("2025-Q4") == Period(year: 2025, quarter: 4))
        #expect(Period("2025") == Period(year: 2025))
        for bad in ["2025-3", "2025-13", "2025/03", "25-03", "2025-Q5", "2025-00", "abcd", "2025-03-01", ""] {
            #expect(Period(bad) == nil, "\(bad)")
        }
    }

    @Test func arithmeticCrossesYears() {
        #expect(Period(year: 2025, month: 1).advanced(by: -1) == Period(year: 2024, month: 12))
        #expect(Period(year: 2025, month: 3).advanced(by: -12) == Period(year: 2024, month: 3))
        #expect(Period(year: 2025, quarter: 1).advanced(by: -4) == Period(year: 2024, quarter: 1))
        #expect(Period(year: 2025).advanced(by: -1) == Period(year: 2024))
        #expect(Period(year: 2024, month: 12) < Period(year: 2025, month: 1))
        #expect(Period(year: 2025, month: 3).description == "2025-03")
    }
}
