/// A municipality, identified by Statistics Finland's three-digit code.
public struct Municipality: Sendable, Identifiable {
    public var code: String
    public var name: LocalizedText
    /// Åland's municipalities are outside the employment areas (Åland runs its own services).
    public var aland: Bool
    /// The code of the municipality this one has merged into; a former municipality belongs to no area itself,
    /// but the finder still answers for it.
    public var mergedInto: String?
    /// Inhabitants on the current municipal borders, at the registry's `populationDate`: the denominator
    /// of per-capita rankings (docs/METRICS.md). Nil when the registry gives none.
    public var population: Int?

    public var id: String { code }
}
