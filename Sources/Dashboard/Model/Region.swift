/// A state regional centre: an ELY centre (until 2025) or an elinvoimakeskus (from 2026).
public struct Region: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case ely
        case elinvoimakeskus
    }

    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    /// The regions (maakunnat) it covers.
    public var maakunnat: [String]
    /// False when the coverage is derived rather than stated by a source.
    public var maakunnatSourced: Bool
    public var source: String?
}
