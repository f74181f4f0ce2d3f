import Dashboard
import Markup

/// What a page says next to a figure about where it comes from: real statistics (which tables, of which period,
/// retrieved when) or an illustrative value. Every figure that shows a metric's values gets its provenance from
/// here: headline cards (`label`), the source line of every chart and exported SVG (`sentence`, through
/// ``ChartFactory/sourceLine(_:)``), the notes under tables (`note`) and the indicator's facts (`details`), so
/// one rule decides what every figure says. The open data files carry the same facts as data (`provenance`).
enum FigureProvenance {
    /// A short label for a card: "Todellinen tilasto" or "Kuvitteellinen luku".
    static func label(_ metric: Metric, context: PageContext) -> String {
        context.string("provenance.label.\(metric.provenance.values.rawValue)")
    }

    /// The sentence for a source line: "Todelliset luvut: taulukko 12r5, haettu 11.8.2026." or "Kuvitteellinen
    /// esimerkkiluku, ei todellinen tilasto."
    static func sentence(_ metric: Metric, context: PageContext) -> String {
        sentence(metric.provenance, updated: false, context: context)
    }

    /// The sentence with each table's update date too, for the indicator's facts.
    static func details(_ metric: Metric, context: PageContext) -> String {
        sentence(metric.provenance, updated: true, context: context)
    }

    /// The sentence as a note under a table or a group of figures.
    static func note(_ metric: Metric, context: PageContext) -> HTML {
        note([metric], context: context)
    }

    /// One note for the figures of several metrics (a table with a column per indicator): the real ones with
    /// every table they come from, each named once, and a sentence for the illustrative ones, if any.
    static func note(_ metrics: [Metric], context: PageContext) -> HTML {
        var tables: [Provenance.Table] = []
        for table in metrics.flatMap(\.provenance.tables) where !tables.contains(table) { tables.append(table) }
        var sentences: [String] = []
        if metrics.contains(where: \.provenance.isReal) {
            sentences.append(sentence(Provenance(values: .real, tables: tables), updated: false, context: context))
        }
        if metrics.contains(where: { !$0.provenance.isReal }) {
            sentences.append(sentence(.illustrative, updated: false, context: context))
        }
        guard !sentences.isEmpty else { return HTML() }
        return "<p class=\"note\">\(sentences.joined(separator: " "))</p>\n"
    }

    private static func sentence(_ provenance: Provenance, updated: Bool, context: PageContext) -> String {
        guard provenance.isReal else { return context.string("provenance.illustrative") }
        let tables = provenance.tables.map { table(_: $0, updated: updated, context: context) }
        return context.string("provenance.real", ["tables": tables.joined(separator: "; ")])
    }

    /// "taulukko 12r5, joulukuu 2024, päivitetty 21.7.2026, haettu 11.8.2026", leaving out what is not known.
    private static func table(_ table: Provenance.Table, updated: Bool, context: PageContext) -> String {
        var parts = [context.string("provenance.table", ["table": table.id])]
        if let period = table.period { parts.append(context.format.period(period)) }
        if updated, let date = table.updated {
            parts.append(context.string("provenance.updated", ["date": context.format.date(date)]))
        }
        if let date = table.retrieved {
            parts.append(context.string("provenance.retrieved", ["date": context.format.date(date)]))
        }
        return parts.joined(separator: ", ")
    }
}
