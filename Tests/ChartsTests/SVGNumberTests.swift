import Charts
import Testing

@Suite struct SVGNumberTests {
    @Test(arguments: [
        (12.0, "12"), (12.34, "12.3"), (12.35, "12.4"), (-0.04, "0"), (-3.25, "-3.3"), (0.05, "0.1"),
        (1e12, "1000000000000"), (Double.nan, "0"), (-Double.infinity, "0"),
    ])
    func printsCoordinatesWithOneDecimal(value: Double, expected: String) {
        #expect(SVGNumber.text(value) == expected)
    }
}
