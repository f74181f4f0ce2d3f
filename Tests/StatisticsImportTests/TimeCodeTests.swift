import Dashboard
import Testing
@testable import StatisticsImport

@Suite struct TimeCodeTests {
    @Test func statFinTimeCodes() {
        #expect(TimeCode.period("2026M06") == Period(year: 2026, month: 6))
        #expect(TimeCode.period("2024Q1") == Period(year: 2024, quarter: 1))
        #expect(TimeCode.period("2025") == Period(year: 2025))
        for bad in ["2026M6", "2026M13", "2024Q5", "2024-06", "26M06", "2026m06", "1899", "2026M06*", ""] {
            #expect(TimeCode.period(bad) == nil, "\(bad)")
        }
    }

    @Test func updatedDatesInEveryForm() {
        let date = CalendarDate(year: 2026, month: 7, day: 21)
        for text in ["2026-07-21T05.00.00Z", "2026-07-21T05:00:00Z", "2026-07-21", "20260721 08:00", "20260721"] {
            #expect(UpdatedDate.parse(text) == date, "\(text)")
        }
        for bad in ["21.7.2026", "2026-07-32", "2026/07/21", "yesterday"] {
            #expect(UpdatedDate.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func areaCodes() {
        #expect(AreaCode("SSS") == .country)
        #expect(AreaCode("KU091") == .municipality("091"))
        #expect(AreaCode("MK01") == .region)
        #expect(AreaCode("SK011") == .subRegion)
        #expect(AreaCode("ELY01") == .ely)
        for other in ["KUJOU", "MKJO", "ELYJO", "KU91", "KU0911", "091"] { #expect(AreaCode(other) == nil, "\(other)") }
    }

    @Test func cellTexts() {
        #expect(CellText("12.8") == .number(12.8))
        #expect(CellText("-0.4") == .number(-0.4))
        #expect(CellText("1e3") == .number(1000))
        #expect(CellText("...") == .missing("..."))
        #expect(CellText("-") == .missing("-"))
        for bad in ["12,8", "1 000", "inf", "nan", "0x10", "1e", "--1", "abc"] {
            #expect(CellText(Substring(bad)) == .invalid, "\(bad)")
        }
    }
}
