import Dashboard
import Diagnostics

/// The employment areas and their member municipalities, as the importer needs them: which area each
/// municipality number belongs to, and which municipalities are outside every area (Åland).
public struct AreaRegistry: Sendable {
    public struct Area: Sendable {
        public var id: String
        /// Three-digit municipality numbers (`091`), with where the registry lists them.
        public var members: [Member]
        public var location: SourceLocation

        public init(id: String, members: [Member], location: SourceLocation) {
            self.id = id
            self.members = members
            self.location = location
        }
    }

    public struct Member: Sendable {
        public var code: String
        public var location: SourceLocation

        public init(code: String, location: SourceLocation) {
            self.code = code
            self.location = location
        }
    }

    /// In the registry's order, which is the order of the series written.
    public var areas: [Area]
    /// Municipality numbers outside the reform, claimed by no area (Åland's).
    public var outside: Set<String>

    public init(areas: [Area], outside: Set<String>) {
        self.areas = areas
        self.outside = outside
    }

    /// Municipality number → index in `areas`; the first claim wins (a second one is an error when reading).
    public var areaByMunicipality: [String: Int] {
        var result: [String: Int] = [:]
        for (index, area) in areas.enumerated() {
            for member in area.members where result[member.code] == nil { result[member.code] = index }
        }
        return result
    }

    /// Every problem a registry can have for the importer: a municipality claimed twice, a member that is not a
    /// municipality number, a member that is also marked outside the reform.
    func check(log: inout DiagnosticLog) {
        var claims: [String: String] = [:]
        var ids: Set<String> = []
        for area in areas {
            if !ids.insert(area.id).inserted {
                log.error(.importDuplicateArea, at: area.location, ["area": area.id])
            }
            for member in area.members {
                guard member.code.count == 3, member.code.allSatisfy(\.isASCII), Int(member.code) != nil else {
                    log.error(.importInvalidMemberCode, at: member.location, ["code": member.code])
                    continue
                }
                if let first = claims[member.code] {
                    log.error(.importDuplicateMember, at: member.location, [
                        "code": member.code, "first": first, "second": area.id,
                    ])
                } else {
                    claims[member.code] = area.id
                }
                if outside.contains(member.code) {
                    log.error(.importAlandMember, at: member.location, ["code": member.code, "area": area.id])
                }
            }
        }
    }
}

extension AreaRegistry {
    /// Reads `areas.json` (`{"areas": [{"id", "members": ["091", …]}, …]}`) and, optionally,
    /// `municipalities.json` (`"aland": true` marks a municipality outside the reform). Other keys belong to
    /// the site and are checked by `build-site`, not here. Nil only when `areas.json` cannot be read at all.
    public static func read(areas: [UInt8], file: String, municipalities: [UInt8]?, municipalitiesFile: String?,
                            log: inout DiagnosticLog) -> AreaRegistry? {
        guard let root = parse(areas, file: file, log: &log),
              var object = JSONObject(root, context: .term(.importRegistryObject), log: &log) else { return nil }
        var result: [Area] = []
        for node in object.array("areas", log: &log) ?? [] {
            guard var area = JSONObject(node, context: .term(.importAreaObject), log: &log),
                  let id = area.string("id", log: &log) else { continue }
            let members = (area.strings("members", log: &log) ?? []).map { Member(code: $0.0, location: $0.1) }
            result.append(Area(id: id, members: members, location: node.location))
        }
        var outside: Set<String> = []
        if let municipalities, let municipalitiesFile,
           let root = parse(municipalities, file: municipalitiesFile, log: &log),
           var object = JSONObject(root, context: .term(.importMunicipalityListObject), log: &log) {
            for node in object.array("municipalities", log: &log) ?? [] {
                guard var municipality = JSONObject(node, context: .term(.importMunicipalityObject), log: &log),
                      let code = municipality.string("code", log: &log) else { continue }
                if municipality.bool("aland", required: false, log: &log) == true { outside.insert(code) }
            }
        }
        let registry = AreaRegistry(areas: result, outside: outside)
        registry.check(log: &log)
        return registry
    }

    private static func parse(_ raw: [UInt8], file: String, log: inout DiagnosticLog) -> JSONNode? {
        guard let text = StatisticsText.decode(raw, file: file, encoding: .utf8, log: &log) else { return nil }
        return JSONParser.parse(text, file: file, log: &log)
    }
}
