import Diagnostics
import Foundation
import Testing
@testable import Dashboard

/// The example content's registry against Statistics Finland's classification of employment areas 2025
/// (`../shared/data/areas/`): every area, every municipality, the official names, and a tile map without holes.
@Suite struct ExampleRegistryTests {
    /// Rows of a CSV file without quoted fields (the classification files have none), by column name.
    static func table(_ name: String) -> [[String: String]] {
        let url = Fixture.repositoryRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/data/areas/\(name)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static let classification = table("employment_areas_2025_classification.csv")
    static let mapping = table("municipality_to_employment_area_2025.csv")
    static let ålandCode = "46"

    static let model: DashboardModel? = {
        var log = DiagnosticLog()
        let model = ContentResolver.resolve(ContentFiles(root: "Content", files: Fixture.read("Content")), log: &log)
        return log.hasErrors ? nil : model
    }()

    @Test func theSharedClassificationIsThere() {
        #expect(Self.classification.count == 46)
        #expect(Self.mapping.count == 308)
    }

    @Test func all45AreasWithOfficialNamesCodesAndMembers() throws {
        let model = try #require(Self.model)
        let rows = Self.classification.filter { $0["tyollisyysalue_code"] != Self.ålandCode }
        #expect(model.areas.count == 45)
        #expect(model.areas.compactMap(\.code).sorted() == Array(1...45))
        for row in rows {
            let code = try #require(Int(row["tyollisyysalue_code"] ?? ""))
            let area = try #require(model.areas.first { $0.code == code }, "area \(code)")
            #expect(area.name["fi"] == row["tyollisyysalue_name_fi"])
            #expect(area.name["sv"] == row["tyollisyysalue_name_sv"])
            #expect(area.name["en"] == row["tyollisyysalue_name_en"])
            #expect(area.id == ContentLoader.slug(row["tyollisyysalue_name_fi"] ?? ""), "the Finnish name's slug")
            let members = (row["kuntanumerot"] ?? "").split(separator: ";").map(String.init)
            #expect(area.memberCodes == members.sorted(), "\(area.id)")
            #expect(members.count == Int(row["n"] ?? ""))
            if let host = area.hostCode { #expect(area.memberCodes.contains(host)) }
        }
    }

    @Test func everyMunicipalityOf2025InOneAreaOrÅland() throws {
        let model = try #require(Self.model)
        let current = model.municipalities.filter { $0.mergedInto == nil }
        #expect(current.count == 308)
        #expect(current.filter(\.aland).count == 16)
        #expect(current.filter { !$0.aland }.count == 292)
        let membership = Dictionary(grouping: model.areas.flatMap { area in area.memberCodes.map { ($0, area.id) } },
                                    by: \.0)
        for row in Self.mapping {
            let code = try #require(row["kuntanumero"])
            let municipality = try #require(model.municipality(code), "municipality \(code)")
            #expect(municipality.name["fi"] == row["municipality_name_fi"])
            #expect(municipality.name["sv"] == row["municipality_name_sv"])
            let inÅland = row["tyollisyysalue_code"] == Self.ålandCode
            #expect(municipality.aland == inÅland, "\(code)")
            #expect(membership[code, default: []].count == (inÅland ? 0 : 1), "\(code) is in one area or in Åland")
            if !inÅland {
                #expect(model.area(ofMunicipality: code)?.code == Int(row["tyollisyysalue_code"] ?? ""), "\(code)")
            }
        }
        // Pertunmaa joined Mäntyharju on 1.1.2025 (areas/README.md): kept for the finder, in no area itself.
        let former = model.municipalities.filter { $0.mergedInto != nil }
        #expect(former.map(\.code) == ["588"])
        #expect(former.first?.mergedInto == "507" && membership["588"] == nil)
    }

    @Test func everyAreaHasARegionThatCoversItsMaakunta() throws {
        let model = try #require(Self.model)
        for area in model.areas {
            let ely = try #require(model.region(area.elyID)), evk = try #require(model.region(area.elinvoimakeskusID))
            #expect(ely.maakunnat.contains(area.maakunta), "\(area.id)")
            #expect(evk.maakunnat.contains(area.maakunta), "\(area.id)")
            #expect(area.regionDerived, "no source states an area's centres: \(area.id)")
        }
    }

    @Test func theTileMapHasNoOverlapsOrHolesAndLooksLikeFinland() throws {
        let model = try #require(Self.model)
        let cells = model.areas.map(\.tile)
        #expect(Set(cells).count == 45)
        let rows = Dictionary(grouping: cells, by: \.row).mapValues { $0.map(\.column).sorted() }
        #expect(rows.keys.sorted() == Array(0..<rows.count), "no empty rows")
        var previous: Set<Int>?
        for row in rows.keys.sorted() {
            let columns = rows[row]!
            #expect(columns == Array(columns.first!...columns.last!), "row \(row) has no gap")
            if let previous { #expect(!previous.isDisjoint(with: columns), "row \(row) touches the row above") }
            previous = Set(columns)
        }
        func tile(_ id: String) throws -> Area.TilePosition { try #require(model.area(id)).tile }
        #expect(try tile("pohjois-ja-ita-lappi").row == 0, "Lapland at the top")
        #expect(try tile("helsinki").row == rows.keys.max(), "the south coast at the bottom")
        #expect(try tile("turku").column == 0 && tile("pohjois-karjala").column > tile("pohjanmaa").column,
                "the west coast on the left")
        for area in model.areas {
            let label = try #require(area.tileLabel?["fi"], "\(area.id)")
            #expect((1...4).contains(label.count))
        }
    }

    /// Every indicator has a series for every area, and a value in it, except where every count is small:
    /// the small-count rule then leaves only "suppressed", which is what such an area must show.
    @Test func everyIndicatorCoversEveryArea() throws {
        let model = try #require(Self.model)
        let areaIDs = Set(model.areas.map(\.id))
        #expect(model.indicators.count == 12)
        for indicator in model.indicators {
            let metric = indicator.metric
            #expect(areaIDs.isSubset(of: Set(metric.series.map(\.place))), "\(indicator.id) lacks a series")
            for area in areaIDs {
                let points = metric.series.filter { $0.place == area }.flatMap(\.points)
                guard !points.contains(where: { $0.value != nil }) else { continue }
                #expect(metric.unit == .count && points.allSatisfy { $0.missing == .suppressed },
                        "\(indicator.id): \(area) has no value, and not because its counts are small")
            }
        }
    }

    /// Suppression follows size: an area whose headline count is suppressed in every period is a small one.
    /// (The generator once gave Lahti and Pohjois-Karjala, 120 000 and 160 000 inhabitants, no specialist
    /// permit in three years.)
    @Test func onlySmallAreasHaveEveryHeadlineCountSuppressed() throws {
        let model = try #require(Self.model)
        for indicator in model.indicators where indicator.metric.unit == .count {
            for area in model.areas {
                let points = indicator.metric.headlineSeries(for: area.id)?.points ?? []
                guard !points.isEmpty, points.allSatisfy({ $0.missing == .suppressed }) else { continue }
                let population = try #require(model.population(ofArea: area.id))
                #expect(population < 70_000, "\(indicator.id): \(area.id) has \(population) inhabitants")
            }
        }
    }
}
