extension Metric {
    /// The series for a place and breakdown selection (empty selection = the total).
    public func series(for place: String, selection: [String: String]) -> Series? {
        seriesIndex[SeriesKey(place: place, selection: selection)].map { series[$0] }
    }

    /// The headline series of a place: the metric's `headline` selection.
    public func headlineSeries(for place: String) -> Series? {
        series(for: place, selection: headline)
    }

    /// The better direction of a selection: a category may override the metric's (employment rate up,
    /// unemployment rate down).
    public func direction(for selection: [String: String]) -> Direction {
        for breakdown in breakdowns {
            if let categoryID = selection[breakdown.id],
               let direction = breakdown.categories.first(where: { $0.id == categoryID })?.betterDirection {
                return direction
            }
        }
        return betterDirection
    }

    /// The trend summary of a place's series for a selection.
    public func summary(for place: String, selection: [String: String]? = nil) -> SeriesSummary {
        let chosen = selection ?? headline
        return SeriesSummary(series(for: place, selection: chosen), direction: direction(for: chosen),
                             tolerance: trendTolerance, relativeTolerance: trendToleranceIsRelative, frequency: frequency)
    }

    /// The latest period for which the whole country has a value.
    public var latestPeriod: Period? {
        headlineSeries(for: Metric.wholeCountry)?.points.last { $0.value != nil }?.period
            ?? periods.last
    }

    /// The names of a selection's categories, joined: "Nuoret – työttömyysaste".
    public func label(for selection: [String: String], language: String) -> String {
        breakdowns.compactMap { breakdown in
            selection[breakdown.id].flatMap { id in breakdown.categories.first { $0.id == id } }?.name.text(language)
        }.joined(separator: " – ")
    }
}

extension Metric.Series {
    /// The value at a period, if any.
    public func value(at period: Period) -> Double? {
        point(at: period)?.value
    }

    public func point(at period: Period) -> Metric.Point? {
        pointIndex[period].map { points[$0] }
    }
}
