/// A municipality, identified by Statistics Finland's three-digit code.
public struct Municipality: Sendable, Identifiable {
    public var code: String
    public var name: LocalizedText
    /// Åland's municipalities are outside the employment areas (Åland runs its own services).
    public var aland: Bool

    public var id: String { code }
}
