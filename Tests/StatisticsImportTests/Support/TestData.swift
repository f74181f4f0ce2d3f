import Dashboard
import Diagnostics
import Foundation
@testable import StatisticsImport

/// Paths and readers the importer tests share: the real StatFin files in ../shared/data, small fixtures beside
/// the tests, and a registry of the 45 employment areas built from Statistics Finland's classification.
enum TestData {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let statfin = repositoryRoot.appendingPathComponent("../shared/data/statfin").standardizedFileURL
    static let areaData = repositoryRoot.appendingPathComponent("../shared/data/areas").standardizedFileURL
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let jobseekersFile = "tyonv_12r5_2026M06.pxweb.json"
    static let populationFile = "vaerak_11s5_population_2024M12.jsonstat.json"
    static let housingFile = "ashi_13pz_2022Q1-2024Q2.px"

    static func bytes(_ url: URL) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("test data missing: \(url.path)")
        }
        return [UInt8](data)
    }

    /// A real StatFin file, read; the log holds any diagnostics.
    static func statfinCube(_ name: String) -> (cube: StatisticsCube?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let cube = StatisticsReader.read(bytes(statfin.appendingPathComponent(name)), file: name, log: &log)
        return (cube, log)
    }

    /// Reads text as a statistics file named `file`.
    static func cube(_ text: String, file: String = "table.json") -> (cube: StatisticsCube?, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let cube = StatisticsReader.read(Array(text.utf8), file: file, log: &log)
        return (cube, log)
    }

    /// The 45 employment areas (ids `area-1` … `area-45`) and Åland (code 46) outside them, built from
    /// ../shared/data/areas/municipality_to_employment_area_2025.csv, not from Content/areas.json (which another
    /// change is rewriting to hold the same 45 areas).
    static let classificationRegistry: AreaRegistry = {
        let text = String(decoding: bytes(areaData.appendingPathComponent("municipality_to_employment_area_2025.csv")),
                          as: UTF8.self)
        var members: [Int: [AreaRegistry.Member]] = [:]
        for (index, line) in text.split(separator: "\n").enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard let code = Int(fields[0]) else { continue }
            members[code, default: []].append(AreaRegistry.Member(
                code: String(fields[4]),
                location: SourceLocation(file: "municipality_to_employment_area_2025.csv", line: index + 1)))
        }
        let areas = members.keys.sorted().filter { $0 != 46 }.map { code in
            AreaRegistry.Area(id: "area-\(code)", members: members[code]!,
                              location: SourceLocation(file: "municipality_to_employment_area_2025.csv"))
        }
        return AreaRegistry(areas: areas, outside: Set(members[46]!.map(\.code)))
    }()
}

extension DiagnosticLog {
    /// Where and which problem, as tests assert it: `path:line:col code` of every error, not the English sentence.
    var errors: [String] {
        sorted.filter { $0.severity == .error }.map { "\($0.position) \($0.code)" }
    }
    var warnings: [String] {
        sorted.filter { $0.severity == .warning }.map { "\($0.position) \($0.code)" }
    }
}

extension StatisticsCube {
    /// The cell at the given category codes, one per dimension in order.
    func cell(_ codes: String...) -> (value: Double?, status: String?)? {
        var indices: [Int] = []
        for (dimension, code) in zip(dimensions, codes) {
            guard let index = dimension.indexByCode[code] else { return nil }
            indices.append(index)
        }
        let flat = flatIndex(indices)
        return (values[flat], statuses[flat])
    }
}
