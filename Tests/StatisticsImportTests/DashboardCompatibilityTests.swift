import Dashboard
import Diagnostics
import Foundation
import Testing
@testable import StatisticsImport

/// What the importer writes is what the site reads: an imported metric file replaces the fixture site's own
/// and the whole content resolves without a problem.
@Suite struct DashboardCompatibilityTests {
    static let site = TestData.repositoryRoot.appendingPathComponent("Tests/Fixtures/minimal-site/Content")

    static func files(_ root: URL, prefix: String = "") -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[prefix + relative] = TestData.bytes(URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test func anImportedMetricLoadsInTheSite() throws {
        // The fixture site's registry: alfa (001, 002), beta (003), Åland's 478; 004 belongs to no area there.
        let mapping = ImportFixture.mapping
            .replacingOccurrences(of: "\"indicator\": \"share\"", with: "\"indicator\": \"unemployment\"")
            .replacingOccurrences(of: "\"ignore\": [\"KU199\"]", with: "\"ignore\": [\"KU199\", \"KU004\"]")
        let result = ImportFixture.run(
            mapping: mapping,
            areas: String(decoding: TestData.bytes(Self.site.appendingPathComponent("areas.json")), as: UTF8.self),
            municipalities: String(decoding: TestData.bytes(Self.site.appendingPathComponent("municipalities.json")),
                                   as: UTF8.self))
        #expect(result.log.diagnostics.isEmpty, "\(result.log.errors)")
        let metric = try #require(result.metric("unemployment"))
        #expect(metric.series.map(\.area) == ["FI", "evk-a", "alfa", "beta"])

        var files = Self.files(Self.site)
        let catalogs = Self.files(TestData.repositoryRoot.appendingPathComponent("Content/i18n"), prefix: "i18n/")
        files.merge(catalogs) { fixture, _ in fixture }
        files["data/unemployment.json"] = Array(metric.json.utf8)
        var log = DiagnosticLog()
        let model = ContentResolver.resolve(ContentFiles(root: "Content", files: files), log: &log)
        #expect(log.errors == [])
        let loaded = try #require(model?.indicator("unemployment")?.metric)
        let alfa = loaded.series(for: "alfa", selection: [:])
        #expect(alfa?.point(at: Period(year: 2026, month: 6))?.value == 25.5)
        #expect(alfa?.point(at: Period(year: 2026, month: 5))?.missing == .suppressed)
        #expect(loaded.series(for: "FI", selection: [:])?.point(at: Period(year: 2026, month: 6))?.value == 13.8)
    }
}
