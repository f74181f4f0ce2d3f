import Diagnostics

extension ContentResolver {
    /// Cross-references within the registry: regions exist and are of the right kind, members are known
    /// municipalities in one area only, tiles do not overlap.
    static func checkRegistry(regions: [Region], municipalities: [Municipality], areas: [Area],
                              log: inout DiagnosticLog) {
        let regionsByID = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let codes = Set(municipalities.map(\.code))
        var memberOf: [String: String] = [:]
        var tiles: [Area.TilePosition: String] = [:]
        for area in areas {
            let location = area.definedAt
            for (regionID, kind) in [(area.elyID, Region.Kind.ely), (area.elinvoimakeskusID, .elinvoimakeskus)] {
                guard let region = regionsByID[regionID] else {
                    log.error("the area '\(area.id)' names an unknown region '\(regionID)'", at: location,
                              hint: Suggestion.hint(for: regionID, among: regions.filter { $0.kind == kind }.map(\.id)))
                    continue
                }
                if region.kind != kind {
                    log.error("the region '\(regionID)' of the area '\(area.id)' is a \(region.kind.rawValue), "
                                + "not a \(kind.rawValue)", at: location)
                }
            }
            if regionsByID[area.id] != nil {
                log.error("the id '\(area.id)' is used for both an area and a region", at: location,
                          hint: "region ids start with 'ely-' or 'evk-' by convention")
            }
            for code in area.memberCodes {
                guard codes.contains(code) else {
                    log.error("the area '\(area.id)' names an unknown municipality code '\(code)'", at: location,
                              hint: Suggestion.hint(for: code, among: codes.sorted()))
                    continue
                }
                if let other = memberOf[code] {
                    log.error("the municipality '\(code)' is a member of both '\(other)' and '\(area.id)'", at: location)
                } else {
                    memberOf[code] = area.id
                }
            }
            if let host = area.hostCode, !area.memberCodes.isEmpty, !area.memberCodes.contains(host) {
                log.error("the host municipality '\(host)' of the area '\(area.id)' is not among its members",
                          at: location)
            }
            if area.membersStatus != .unsourced && area.memberCodes.isEmpty {
                log.error("the area '\(area.id)' has no members but \"membersStatus\" is '\(area.membersStatus.rawValue)'",
                          at: location, hint: "use \"unsourced\" when no source states the members")
            }
            if let other = tiles[area.tile] {
                log.error("the area '\(area.id)' has the same tile position as '\(other)'", at: location,
                          hint: "every area needs its own tile (column, row) on the map")
            } else {
                tiles[area.tile] = area.id
            }
        }
    }
}
