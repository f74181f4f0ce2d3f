import Foundation

/// A value axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, the domain widened to whole steps.
struct LinearScale: Equatable {
    /// The lower end of the axis (the first tick).
    let lower: Double
    /// The upper end of the axis (the last tick).
    let upper: Double
    /// Tick values from `lower` to `upper`, evenly spaced.
    let ticks: [Double]
    /// Fraction digits needed to print the ticks so that neighbours differ.
    let fractionDigits: Int

    /// Fits an axis to `values` (non-finite values are ignored). With no values the axis is 0…1 with ticks 0 and 1.
    init(values: [Double], zero: ZeroBaseline = .automatic, targetTickCount: Int = 5) {
        let finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else {
            self.init(lower: 0, upper: 1, step: 1)
            return
        }
        switch zero {
        case .always:
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        case .automatic:
            if low == high || (low > 0 && low <= high / 2) || (high < 0 && high >= low / 2) {
                low = Swift.min(low, 0)
                high = Swift.max(high, 0)
            }
        case .never:
            break
        }
        if low == high {
            // Only reachable for all-zero data, or equal values with `.never`: give the line some room.
            let pad = low == 0 ? 1 : Swift.abs(low) / 10
            low -= low == 0 ? 0 : pad
            high += pad
        }
        let step = Self.niceStep((high - low) / Double(Swift.max(targetTickCount - 1, 1)))
        // The epsilon keeps 0.3 / 0.1 = 2.9999999999999996 from adding a tick below the data.
        let first = (low / step + 1e-9).rounded(.down) * step
        let last = (high / step - 1e-9).rounded(.up) * step
        self.init(lower: first, upper: last, step: step)
    }

    private init(lower: Double, upper: Double, step: Double) {
        let count = Int(((upper - lower) / step).rounded())
        self.lower = lower
        self.upper = lower + Double(count) * step
        self.ticks = (0...count).map { index in
            let value = lower + Double(index) * step
            // Snap to the step grid so 0.1 + 0.2 prints as 0.3, and never return -0.
            let snapped = (value / step).rounded() * step
            return snapped == 0 ? 0 : snapped
        }
        self.fractionDigits = Swift.max(0, Int(-(log10(step) + 1e-9).rounded(.down)))
    }

    /// The smallest of 1, 2, 5 or 10 times a power of ten that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double
        if fraction <= 1 + 1e-9 {
            nice = 1
        } else if fraction <= 2 + 1e-9 {
            nice = 2
        } else if fraction <= 5 + 1e-9 {
            nice = 5
        } else {
            nice = 10
        }
        return nice * magnitude
    }

    /// Maps `value` linearly from the axis onto `start…end` (`start` is where `lower` lands).
    func position(of value: Double, from start: Double, to end: Double) -> Double {
        let span = upper - lower
        guard span > 0 else { return (start + end) / 2 }
        return start + (value - lower) / span * (end - start)
    }
}
