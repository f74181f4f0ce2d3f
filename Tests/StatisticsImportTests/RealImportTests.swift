import Dashboard
import Diagnostics
import Foundation
import Testing
@testable import StatisticsImport

/// The example site's real mapping (Import/12r5.mapping.json) run on the real June 2026 table, with the 45
/// employment areas of Statistics Finland's classification (a registry built in the test from
/// ../shared/data/areas/municipality_to_employment_area_2025.csv), and the reconciliations issue 13 asks for.
@Suite struct RealImportTests {
    static func realMapping() -> ImportMapping? {
        var log = DiagnosticLog()
        let bytes = TestData.bytes(TestData.repositoryRoot.appendingPathComponent("Import/12r5.mapping.json"))
        return ImportMapping.read(bytes, file: "Import/12r5.mapping.json", log: &log)
    }

    static func run(_ mapping: ImportMapping,
                    registry: AreaRegistry) -> (metrics: [ImportedMetric], log: DiagnosticLog) {
        var log = DiagnosticLog()
        var cubes: [String: StatisticsCube] = [:]
        for table in mapping.tables {
            let url = TestData.repositoryRoot.appendingPathComponent(table.file).standardizedFileURL
            cubes[table.id] = StatisticsReader.read(TestData.bytes(url), file: table.file, log: &log)
        }
        let metrics = MetricImporter.run(mapping, tables: cubes, registry: registry, log: &log)
        return (metrics, log)
    }

    @Test func labourForceReconciles() throws {
        let table = try #require(TestData.statfinCube(TestData.jobseekersFile).cube)
        let registry = TestData.classificationRegistry
        #expect(registry.areas.count == 45)
        #expect(registry.outside.count == 16)
        func labourForce(_ numbers: [String]) -> Double {
            numbers.reduce(0) { $0 + table.cell("KU" + $1, "2026M06", "TYOVOIMATK")!.value! }
        }
        let areas = registry.areas.reduce(0) { $0 + labourForce($1.members.map(\.code)) }
        let aland = labourForce(registry.outside.sorted())
        #expect(areas == 2_728_222)
        #expect(aland == 15_374)
        #expect(areas + aland == table.cell("SSS", "2026M06", "TYOVOIMATK")!.value!)
        #expect(areas + aland == 2_743_596)
    }

    @Test func theContextIndicatorsOfJune2026() throws {
        let mapping = try #require(Self.realMapping())
        let (metrics, log) = Self.run(mapping, registry: TestData.classificationRegistry)
        #expect(log.diagnostics.isEmpty, "\(log.errors)")
        #expect(metrics.map(\.indicator) == [
            "unemployed-share", "unemployed-jobseekers", "unemployed-under-25", "unemployed-over-50",
            "unemployed-foreign", "long-term-unemployed", "unemployed-disabled-or-ill", "open-vacancies",
        ])
        let share = try #require(metrics.first)
        #expect(share.updated == CalendarDate(year: 2026, month: 7, day: 21))
        #expect(share.series.count == 1 + 10 + 45)
        #expect(share.series.allSatisfy { $0.points.map(\.period) == [Period(year: 2026, month: 6)] })
        func value(_ indicator: String, _ area: String) -> Double? {
            metrics.first { $0.indicator == indicator }?.series(for: area)?.points[0].value
        }
        // The whole country's share: 352 001 / 2 743 596, as the table's own TYOTOSUUS says.
        #expect(value("unemployed-share", "FI") == 12.8)
        #expect(value("unemployed-jobseekers", "FI") == 352_001)
        // Espoo-Kauniainen (area 1) = Espoo 049 + Kauniainen 235, a ratio of the sums.
        let table = try #require(TestData.statfinCube(TestData.jobseekersFile).cube)
        func cell(_ code: String, _ measure: String) -> Double { table.cell(code, "2026M06", measure)!.value! }
        let unemployed = cell("KU049", "TYOTTOMATLOPUSSA") + cell("KU235", "TYOTTOMATLOPUSSA")
        let labour = cell("KU049", "TYOVOIMATK") + cell("KU235", "TYOVOIMATK")
        #expect(value("unemployed-jobseekers", "area-1") == unemployed)
        #expect(value("unemployed-share", "area-1") == MetricImporter.rounded(100 * unemployed / labour, decimals: 1))
        // Regions from the table's own rows: Lounais-Suomi = Varsinais-Suomi (MK02) + Satakunta (MK04).
        #expect(value("unemployed-jobseekers", "evk-lounais-suomi") == Double(29_414 + 11_844))
        // The areas' counts add up to the country less Åland (800, the table's MK21) and the 20 jobseekers of
        // unknown municipality, whose own row (KU199) is suppressed.
        let areaTotal = (1...45).reduce(0.0) { $0 + value("unemployed-jobseekers", "area-\($1)")! }
        #expect(areaTotal == 351_181)  // + 800 + 20 = 352 001
        #expect(table.cell("MK21", "2026M06", "TYOTTOMATLOPUSSA")?.value == 800)
        #expect(table.cell("KU199", "2026M06", "TYOTTOMATLOPUSSA")?.status == "...")
        // Suppressed municipal figures ("...") leave areas missing, never zero.
        let vacancies = try #require(metrics.last)
        let missing = vacancies.series.filter { $0.points[0].value == nil }
        #expect(missing.count == 28)
        #expect(missing.allSatisfy { $0.points[0].missing == .suppressed })
        #expect(!vacancies.series.contains { $0.points[0].value == 0 })
    }

    @Test func perCapitaWithThePopulationOf11s5() throws {
        var mapping = try #require(Self.realMapping())
        let location = SourceLocation(file: "test")
        mapping.tables.append(ImportMapping.Table(
            id: "11s5", file: "../shared/data/statfin/" + TestData.populationFile, location: location))
        mapping.indicators = [ImportMapping.Indicator(
            id: "open-vacancies-per-1000", aggregate: .ratio,
            quantities: [
                .init(table: "12r5", measure: "AVPAIKATLOPUSSA", select: [:], period: .same, location: location),
                .init(table: "11s5", measure: "vaesto_kuukausi", select: [:], period: .latest, location: location),
            ],
            scale: 1000, unit: .ratio, decimals: 1, betterDirection: .up, trendTolerance: 0.5,
            trendToleranceRelative: false, source: mapping.indicators[0].source, allowIncomplete: true, regions: [],
            location: location)]
        let (metrics, log) = Self.run(mapping, registry: TestData.classificationRegistry)
        #expect(log.diagnostics.isEmpty, "\(log.errors)")
        let metric = try #require(metrics.first)
        // Open vacancies 26 641 (the table's SSS row) per 1000 inhabitants; 11s5 has no SSS row, so the country's
        // population is the sum of its 308 municipalities, 5 635 971.
        let fi = try #require(metric.series(for: "FI")?.points.first)
        #expect(fi.value == MetricImporter.rounded(1000 * 26_641 / 5_635_971, decimals: 1))
        #expect(fi.value == 4.7)
        #expect(metric.series.count == 46)
    }

    /// The same run with the site's own registry (Content/areas.json and municipalities.json): every
    /// municipality of the table is claimed by exactly one of the 45 areas, or is on Åland.
    @Test func withTheSiteRegistry() throws {
        let mapping = try #require(Self.realMapping())
        var log = DiagnosticLog()
        let root = TestData.repositoryRoot
        let registry = try #require(AreaRegistry.read(
            areas: TestData.bytes(root.appendingPathComponent(mapping.areasFile)), file: mapping.areasFile,
            municipalities: TestData.bytes(root.appendingPathComponent(mapping.municipalitiesFile!)),
            municipalitiesFile: mapping.municipalitiesFile, log: &log))
        #expect(log.diagnostics.isEmpty, "\(log.errors)")
        let (metrics, runLog) = Self.run(mapping, registry: registry)
        #expect(runLog.diagnostics.isEmpty, "\(runLog.errors)")
        let share = try #require(metrics.first)
        #expect(share.series(for: "FI")?.points.first?.value == 12.8)
        #expect(share.series.count == 1 + 10 + 45)
    }
}
