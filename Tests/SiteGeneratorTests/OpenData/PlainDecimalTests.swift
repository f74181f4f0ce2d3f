import Testing

@testable import SiteGenerator

@Suite struct PlainDecimalTests {
    @Test func fixedDecimalsWithDotAndNoGrouping() {
        #expect(PlainDecimal.format(12, decimals: 1) == "12.0")
        #expect(PlainDecimal.format(1_234_567.5, decimals: 0) == "1234568")
        #expect(PlainDecimal.format(0.04, decimals: 1) == "0.0")
        #expect(PlainDecimal.format(-0.04, decimals: 1) == "0.0")
        #expect(PlainDecimal.format(-0.05, decimals: 1) == "-0.1")
        #expect(PlainDecimal.format(19.25, decimals: 1) == "19.3")  // half away from zero, unlike printf's 19.2
        #expect(PlainDecimal.format(0.5, decimals: 0) == "1")
        #expect(PlainDecimal.format(3.14159, decimals: 3) == "3.142")
        #expect(PlainDecimal.format(7, decimals: 0) == "7")
    }

    @Test func extremes() {
        #expect(PlainDecimal.format(.nan, decimals: 1) == "")
        #expect(PlainDecimal.format(.infinity, decimals: 1) == "")
        #expect(PlainDecimal.format(1e20, decimals: 1) == "1e+20")
        #expect(PlainDecimal.format(5, decimals: -2) == "5")
    }
}
