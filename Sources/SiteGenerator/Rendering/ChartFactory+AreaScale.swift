import Charts
import Dashboard

/// The scale on which the areas are set side by side (the ranking, the tile maps, the small multiples): the
/// published `RankingRule`. A count grows with the size of the area, so it is compared per 10 000
/// inhabitants; a rate, share, average or score as it is. A count without a population for every area is
/// shown as it is, and never against the whole country.
struct AreaScale {
    let rule: RankingRule
    /// Formats a value on this scale: the metric's own format, or a plain number per 10 000 inhabitants.
    let format: ValueFormat
    let decimals: Int
    private let model: DashboardModel

    init(_ metric: Metric, model: DashboardModel, localisation: Localisation) {
        self.model = model
        rule = RankingRule.rule(for: metric, in: model)
        if rule == .perPopulation {
            format = { value, digits in localisation.number(value, decimals: digits) }
            decimals = 1
        } else {
            let unit = metric.unit
            format = { value, digits in localisation.value(value, unit: unit, decimals: digits) }
            decimals = metric.decimals
        }
    }

    var isPerPopulation: Bool { rule == .perPopulation }

    /// Whether the whole country may be drawn beside the areas: not for counts shown as they are.
    var comparesWithTheCountry: Bool { rule != .unranked }

    /// An area's value on this scale.
    func value(_ value: Double?, area: String) -> Double? {
        rule.rankedValue(value, population: model.population(ofArea: area))
    }

    /// The whole country's value on this scale: per inhabitant of all the areas together.
    func national(_ value: Double?) -> Double? {
        guard rule == .perPopulation else { return value }
        let population = model.areas.compactMap { model.population(ofArea: $0.id) }.reduce(0, +)
        return rule.rankedValue(value, population: population)
    }

    func text(_ value: Double) -> String { format(value, decimals) }
}

extension ChartFactory {
    func areaScale(_ metric: Metric) -> AreaScale {
        AreaScale(metric, model: context.model, localisation: format)
    }

    /// What a figure comparing the areas measures: the indicator's subtitle, or for counts "Specialist
    /// permits per 10,000 inhabitants (population 31.12.2024)".
    func areaSubtitle(_ indicator: Indicator, selection: [String: String], scale: AreaScale) -> String {
        guard scale.isPerPopulation else { return subtitle(indicator, selection: selection) }
        return context.string("areas.per-inhabitants.dated", [
            "unit": context.texts(indicator.texts)?.value.shortTitle ?? indicator.id,
            "date": context.model.populationDate.map(format.date) ?? ""])
    }
}
