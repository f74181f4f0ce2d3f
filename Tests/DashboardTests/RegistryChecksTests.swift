import Diagnostics
import Testing
@testable import Dashboard

/// The registry's own rules: Åland and former municipalities are no area's members, codes and tile labels are
/// well formed, every area has members.
@Suite struct RegistryChecksTests {
    static let municipalities = """
        {
          "municipalities": [
            {"code": "001", "name": {"fi": "Alfala", "sv": "Alfby"}},
            {"code": "002", "name": {"fi": "Beetala", "sv": "Betby"}},
            {"code": "003", "name": {"fi": "Gammala", "sv": "Gammala"}},
            {"code": "004", "name": {"fi": "Deltala", "sv": "Deltby"}, "mergedInto": "003"},
            {"code": "478", "name": {"fi": "Maarianhamina", "sv": "Mariehamn"}, "aland": true}
          ]
        }
        """

    static func resolve(areas edits: [(String, String)] = [], municipalities: String = municipalities)
        -> (model: DashboardModel?, log: DiagnosticLog) {
        var areas = Fixture.text("areas.json")
        for (target, replacement) in edits {
            precondition(areas.contains(target), "areas.json does not contain \(target)")
            areas = areas.replacingOccurrences(of: target, with: replacement)
        }
        return Fixture.resolve(["areas.json": areas, "municipalities.json": municipalities])
    }

    @Test func aFormerMunicipalityKeepsItsNameAndPointsAtItsSuccessor() throws {
        let (model, log) = Self.resolve()
        #expect(log.errors == [])
        let deltala = try #require(model?.municipality("004"))
        #expect(deltala.mergedInto == "003")
        #expect(model?.area(ofMunicipality: "003")?.id == "beta")
    }

    @Test func areasCannotListÅlandOrFormerMunicipalities() throws {
        let (_, log) = Self.resolve(areas: [("\"members\": [\"003\"]", "\"members\": [\"003\", \"004\", \"478\"]")])
        let aland = try #require(log.first("registry.aland-member"))
        #expect(aland.arguments["code"] == .text("478"))
        let merged = try #require(log.first("registry.merged-member"))
        #expect(merged.arguments["code"] == .text("004") && merged.arguments["target"] == .text("003"))
        #expect(merged.hint == "list '003' instead")
    }

    @Test func aMergerMustPointAtACurrentMunicipality() {
        func errors(_ mergedInto: String) -> [String] {
            let text = Self.municipalities.replacingOccurrences(of: "\"mergedInto\": \"003\"",
                                                                with: "\"mergedInto\": \"\(mergedInto)\"")
            return Self.resolve(municipalities: text).log.errors
        }
        // At the "mergedInto" value, not at the municipality's `{`.
        #expect(errors("009").contains("Content/municipalities.json:6:78 registry.unknown-merger-target"))
        #expect(errors("478").contains("Content/municipalities.json:6:78 registry.invalid-merger-target"))
        #expect(errors("004").contains("Content/municipalities.json:6:78 registry.invalid-merger-target"))
        #expect(errors("3").contains("Content/municipalities.json:6:78 registry.invalid-merged-into"))
    }

    @Test func areaCodesAreUnique() throws {
        let (model, log) = Self.resolve(areas: [("\"id\": \"alfa\",", "\"id\": \"alfa\", \"code\": 7,"),
                                                ("\"id\": \"beta\",", "\"id\": \"beta\", \"code\": 7,")])
        #expect(log.first("registry.duplicate-area-code")?.arguments["other"] == .text("alfa"))
        let (valid, _) = Self.resolve(areas: [("\"id\": \"alfa\",", "\"id\": \"alfa\", \"code\": 45,")])
        #expect(try #require(valid).area("alfa")?.code == 45)
        #expect(model != nil)
    }

    @Test func everyAreaHasMembers() {
        let (_, log) = Self.resolve(areas: [("\"members\": [\"003\"]", "\"members\": []")])
        #expect(log.first("registry.no-members")?.arguments["area"] == .text("beta"))
    }

    @Test func tileLabelsArePerLanguageAndShort() throws {
        let labelled = "{\"column\": 1, \"row\": 0, \"label\": {\"fi\": \"Bee\", \"sv\": \"Beta\"}}"
        let (model, log) = Self.resolve(areas: [("{\"column\": 1, \"row\": 0}", labelled)])
        #expect(log.errors == [])
        let label = try #require(model?.area("beta")?.tileLabel)
        #expect(label.text("sv") == "Beta" && label.text("en") == "Bee")

        let long = "{\"column\": 1, \"row\": 0, \"label\": {\"fi\": \"Bee\", \"sv\": \"Betaby\"}}"
        let tooLong = Self.resolve(areas: [("{\"column\": 1, \"row\": 0}", long)]).log.first("registry.invalid-tile-label")
        #expect(tooLong?.message == "a tile label has 1 to 4 characters, like \"Hki\", not \"Betaby\" (Swedish)")
        let plain = "{\"column\": 1, \"row\": 0, \"label\": \"Bee\"}"
        #expect(Self.resolve(areas: [("{\"column\": 1, \"row\": 0}", plain)]).log.first("json.not-an-object") != nil)
    }
}
