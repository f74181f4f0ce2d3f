@testable import Charts
import Testing

@Suite struct LinearScaleTests {
    @Test func usesOneTwoFiveSteps() {
        #expect(LinearScale.niceStep(0.95) == 1)
        #expect(LinearScale.niceStep(1.2) == 2)
        #expect(LinearScale.niceStep(3) == 5)
        #expect(LinearScale.niceStep(6) == 10)
        #expect(LinearScale.niceStep(0.032) == 0.05)
        #expect(LinearScale.niceStep(1800) == 2000)
    }

    @Test func fitsDataAwayFromZeroWithoutZero() {
        let scale = LinearScale(values: [8.1, 11.9])
        #expect(scale.ticks == [8, 9, 10, 11, 12])
        #expect(scale.fractionDigits == 0)
    }

    @Test func includesZeroWhenDataUsesHalfTheAxis() {
        let scale = LinearScale(values: [120, 300])
        #expect(scale.ticks == [0, 100, 200, 300])
    }

    @Test func zeroPolicyIsHonoured() {
        #expect(LinearScale(values: [8.1, 11.9], zero: .always).ticks.first == 0)
        #expect(LinearScale(values: [120, 300], zero: .never).ticks == [100, 150, 200, 250, 300])
    }

    @Test func handlesNegativeValues() {
        let scale = LinearScale(values: [-3.2, 4.1])
        #expect(scale.ticks == [-4, -2, 0, 2, 4, 6])
        let allNegative = LinearScale(values: [-12, -10])
        #expect(allNegative.ticks == [-12, -11.5, -11, -10.5, -10])
        #expect(allNegative.fractionDigits == 1)
    }

    @Test func equalValuesGetARoomyAxisFromZero() {
        #expect(LinearScale(values: [5, 5, 5]).ticks == [0, 2, 4, 6])
        #expect(LinearScale(values: [5]).ticks == [0, 2, 4, 6])
        #expect(LinearScale(values: [0, 0]).ticks == [0, 0.5, 1])
        let never = LinearScale(values: [5], zero: .never)
        #expect(never.ticks == [4.5, 4.75, 5, 5.25, 5.5] || never.ticks == [4.5, 5, 5.5])
        #expect(never.lower < 5 && never.upper > 5)
    }

    @Test func noValuesGiveAUnitAxis() {
        let scale = LinearScale(values: [])
        #expect(scale.ticks == [0, 1])
        #expect(LinearScale(values: [.nan, .infinity]).ticks == [0, 1])
    }

    @Test func snapsFloatingPointTicks() {
        let scale = LinearScale(values: [0.1, 0.2, 0.3])
        #expect(scale.ticks.map { TestFormats.english($0, scale.fractionDigits) } == ["0.0", "0.1", "0.2", "0.3"])
        #expect(!scale.ticks.contains { $0.sign == .minus })
    }

    @Test func mapsValuesLinearly() {
        let scale = LinearScale(values: [0, 10])
        #expect(scale.position(of: 5, from: 100, to: 0) == 50)
        #expect(scale.position(of: 10, from: 100, to: 0) == 0)
    }
}
