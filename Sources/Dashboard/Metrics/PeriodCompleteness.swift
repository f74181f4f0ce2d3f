/// The published rule for a period that is still arriving: the site shows a metric up to the latest period that
/// is complete enough, so that no page compares one area's September with the whole country's October.
///
/// A period is complete enough when at least ``threshold`` of the areas that report the indicator have an entry
/// for it in their headline series: a value, or `null` with the reason it is missing. An area reports the
/// indicator when its headline series has an entry for any period. Periods after the latest complete one are held
/// back from every page, chart, feed and download until enough areas have arrived; earlier gaps are history and
/// stay. A metric without area series, or without any complete period, is not held back. The methods page
/// states the rule to readers.
public struct PeriodCompleteness: Sendable, Equatable {
    /// The share of reporting areas a period needs: 90 %.
    public static let threshold = 0.9

    /// One period after the latest complete one, and how many areas have an entry for it.
    public struct HeldBack: Sendable, Equatable {
        public var period: Period
        public var areasWithEntry: Int
    }

    /// How many areas report the indicator (have an entry for some period).
    public var reportingAreas: Int
    /// The latest period that is complete enough; nil when no period is (or no area reports), and then nothing
    /// is held back.
    public var latestComplete: Period?
    /// The periods after `latestComplete`, oldest first.
    public var heldBack: [HeldBack]

    /// The number of areas a period needs, out of `reportingAreas`: 41 of 45.
    public var neededAreas: Int { Self.needed(of: reportingAreas) }

    static func needed(of count: Int) -> Int {
        Int((Double(count) * threshold).rounded(.up))
    }

    /// Measures `metric` over the areas `areaIDs`.
    public init(_ metric: Metric, areaIDs: some Sequence<String>) {
        var counts: [Period: Int] = [:]
        var reporting = 0
        for area in areaIDs {
            guard let series = metric.headlineSeries(for: area), !series.points.isEmpty else { continue }
            reporting += 1
            for point in series.points { counts[point.period, default: 0] += 1 }
        }
        reportingAreas = reporting
        let needed = Self.needed(of: reporting)
        latestComplete = reporting == 0 ? nil : metric.periods.last { counts[$0, default: 0] >= needed }
        // With no complete period at all there is nothing safer to show than what there is.
        guard let latestComplete else {
            heldBack = []
            return
        }
        heldBack = metric.periods.filter { $0 > latestComplete }
            .map { HeldBack(period: $0, areasWithEntry: counts[$0, default: 0]) }
    }
}

extension Metric {
    /// The metric without the periods after `period`, in every series; the same metric when `period` is nil.
    public func through(_ period: Period?) -> Metric {
        guard let period, let last = periods.last, last > period else { return self }
        return Metric(
            indicatorID: indicatorID, unit: unit, decimals: decimals, betterDirection: betterDirection,
            frequency: frequency, updated: updated, source: source, trendTolerance: trendTolerance,
            trendToleranceIsRelative: trendToleranceIsRelative, breakdowns: breakdowns, headline: headline,
            series: series.map { series in
                Series(place: series.place, selection: series.selection,
                       points: series.points.filter { $0.period <= period })
            },
            file: file)
    }
}
