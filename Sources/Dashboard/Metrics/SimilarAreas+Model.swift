extension SimilarAreas {
    /// The indicators the site compares areas on: the size of the area (its unemployed jobseekers, on a log
    /// scale), the unemployed share of the labour force, and the long-term and foreign unemployed per 1 000
    /// inhabitants. The methods page describes them; an indicator the content lacks is left out.
    public static let indicatorIDs = [
        "unemployed-jobseekers", "unemployed-share", "long-term-unemployed-per-1000", "unemployed-foreign-per-1000",
    ]

    /// The employment areas compared on `indicators`' headline figures of each one's latest period; counts on a
    /// log scale.
    public init(model: DashboardModel, indicators: [Indicator]) {
        let features = indicators.map { indicator in
            let metric = indicator.metric
            let period = metric.latestPeriod
            var values: [String: Double] = [:]
            for area in model.areas {
                if let period, let value = metric.headlineSeries(for: area.id)?.value(at: period) {
                    values[area.id] = value
                }
            }
            return Feature(id: indicator.id, values: values, logScale: metric.unit == .count)
        }
        self.init(places: model.areas.map(\.id), features: features)
    }

    /// The employment areas compared on the site's indicators (`indicatorIDs`) that the model has.
    public init(model: DashboardModel) {
        self.init(model: model, indicators: Self.indicatorIDs.compactMap(model.indicator))
    }
}
