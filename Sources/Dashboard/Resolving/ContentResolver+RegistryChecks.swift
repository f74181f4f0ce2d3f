import Diagnostics

extension ContentResolver {
    /// Cross-references within the registry: regions exist and are of the right kind, members are current
    /// mainland municipalities in one area only, area codes and tiles are not used twice.
    static func checkRegistry(regions: [Region], municipalities: [Municipality], areas: [Area],
                              log: inout DiagnosticLog) {
        let regionsByID = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let municipalitiesByCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let codes = Set(municipalitiesByCode.keys)
        var memberOf: [String: String] = [:]
        var tiles: [Area.TilePosition: String] = [:]
        var areaCodes: [Int: String] = [:]
        for area in areas {
            let areaLocation = area.definedAt
            for (regionID, kind, key) in [(area.elyID, Region.Kind.ely, "ely"),
                                          (area.elinvoimakeskusID, .elinvoimakeskus, "elinvoimakeskus")] {
                let location = area.location(of: key)
                guard let region = regionsByID[regionID] else {
                    let candidates = regions.filter { $0.kind == kind }.map(\.id)
                    log.error(.unknownRegion, at: location, [
                        "area": area.id, "region": regionID,
                        "suggestion": Suggestion.closest(to: regionID, among: candidates),
                    ])
                    continue
                }
                if region.kind != kind {
                    log.error(.wrongRegionKind, at: location, [
                        "region": regionID, "area": area.id, "kind": region.kind.rawValue, "expected": kind.rawValue,
                    ])
                }
            }
            if regionsByID[area.id] != nil {
                log.error(.areaAndRegionID, at: area.location(of: "id"), ["id": area.id])
            }
            for (index, code) in area.memberCodes.enumerated() {
                let location = index < area.memberLocations.count ? area.memberLocations[index] : areaLocation
                guard codes.contains(code) else {
                    let suggestion = Suggestion.closest(to: code, among: codes.sorted())
                    log.error(.unknownMember, at: location, ["area": area.id, "code": code, "suggestion": suggestion])
                    continue
                }
                if let municipality = municipalitiesByCode[code], municipality.aland {
                    log.error(.alandMember, at: location, ["area": area.id, "code": code])
                } else if let target = municipalitiesByCode[code]?.mergedInto {
                    log.error(.mergedMember, at: location, ["area": area.id, "code": code, "target": target])
                } else if let other = memberOf[code] {
                    log.error(.memberOfTwoAreas, at: location, ["code": code, "first": other, "second": area.id])
                } else {
                    memberOf[code] = area.id
                }
            }
            if let host = area.hostCode, !area.memberCodes.contains(host) {
                log.error(.hostNotAMember, at: area.location(of: "host"), ["host": host, "area": area.id])
            }
            if area.memberCodes.isEmpty {
                log.error(.noMembers, at: area.location(of: "members"), ["area": area.id])
            }
            if let code = area.code {
                if let other = areaCodes[code] {
                    log.error(.duplicateAreaCode, at: area.location(of: "code"),
                              ["area": area.id, "code": code, "other": other])
                } else {
                    areaCodes[code] = area.id
                }
            }
            if let other = tiles[area.tile] {
                log.error(.sharedTile, at: area.location(of: "tile"), ["area": area.id, "other": other])
            } else {
                tiles[area.tile] = area.id
            }
        }
    }
}

extension Diagnostic.Code {
    static let unknownRegion = Diagnostic.Code(
        .registry, "unknown-region", "the area '{area}' names an unknown region '{region}'",
        hint: "did you mean '{suggestion}'?")
    static let wrongRegionKind = Diagnostic.Code(
        .registry, "wrong-region-kind", "the region '{region}' of the area '{area}' is a {kind}, not a {expected}")
    static let areaAndRegionID = Diagnostic.Code(
        .registry, "area-and-region-id", "the id '{id}' is used for both an area and a region",
        hint: "region ids start with 'ely-' or 'evk-' by convention")
    static let unknownMember = Diagnostic.Code(
        .registry, "unknown-member", "the area '{area}' names an unknown municipality code '{code}'",
        hint: "did you mean '{suggestion}'?")
    static let memberOfTwoAreas = Diagnostic.Code(
        .registry, "member-of-two-areas", "the municipality '{code}' is a member of both '{first}' and '{second}'")
    static let hostNotAMember = Diagnostic.Code(
        .registry, "host-not-a-member", "the host municipality '{host}' of the area '{area}' is not among its members")
    static let noMembers = Diagnostic.Code(
        .registry, "no-members", "the area '{area}' has no member municipalities",
        hint: "list the codes of its municipalities in \"members\"")
    static let alandMember = Diagnostic.Code(
        .registry, "aland-member",
        "the area '{area}' names '{code}', an Åland municipality; Åland is outside the employment areas")
    static let mergedMember = Diagnostic.Code(
        .registry, "merged-member", "the area '{area}' names '{code}', which has merged into '{target}'",
        hint: "list '{target}' instead")
    static let duplicateAreaCode = Diagnostic.Code(
        .registry, "duplicate-area-code", "the area '{area}' has the same code {code} as '{other}'",
        hint: "every area has its own code in the classification")
    static let sharedTile = Diagnostic.Code(
        .registry, "shared-tile", "the area '{area}' has the same tile position as '{other}'",
        hint: "every area needs its own tile (column, row) on the map")
}
