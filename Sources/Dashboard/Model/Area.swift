import Diagnostics

/// A municipal employment area (työllisyysalue), in force from 1.1.2025.
public struct Area: Sendable, Identifiable {
    public enum Model: String, Sendable, CaseIterable {
        case hostMunicipality = "host-municipality"
        case singleMunicipality = "single-municipality"
        case jointAuthority = "joint-authority"
    }

    public struct TilePosition: Hashable, Sendable {
        public var column: Int
        public var row: Int
    }

    public var id: String
    /// Statistics Finland's code of the area in its classification of employment areas (1–45 in 2025).
    public var code: Int?
    public var name: LocalizedText
    public var model: Model
    public var hostCode: String?
    public var maakunta: String
    public var elyID: String
    public var elinvoimakeskusID: String
    public var regionDerived: Bool
    public var memberCodes: [String]
    public var tile: TilePosition
    /// A short label for the area's map tile per language (e.g. "Hki"); nil lets the site derive one.
    public var tileLabel: LocalizedText?
    public var sources: [String]
    public var note: LocalizedText?
    /// Where the area is defined, for messages about it.
    public var definedAt: SourceLocation
    /// Where each of its fields ("ely", "members", "tile" …) is written, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]
    /// Where each member code is written, in the order of `memberCodes`.
    public var memberLocations: [SourceLocation] = []

    /// Where the field `key` is written, or the area itself when it is not.
    public func location(of key: String) -> SourceLocation { fieldLocations[key] ?? definedAt }
}
