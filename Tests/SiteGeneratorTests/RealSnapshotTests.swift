import Dashboard
import Diagnostics
import Foundation
import Markup
import Testing
@testable import SiteGenerator
@testable import StatisticsImport

/// The example site carries the real snapshot: the context indicators in Content/data are exactly what the
/// importer computes from the shared StatFin files with Import/12r5.mapping.json, and the built pages show those
/// figures, with the reconciliations of issue 13 (45 areas + Åland + unknown municipality = the whole country).
@Suite struct RealSnapshotTests {
    static let root = SiteFixture.repositoryRoot

    /// The importer run as `import-stats run Import/12r5.mapping.json` runs it, on the site's own registry.
    static let imported: [ImportedMetric] = {
        var log = DiagnosticLog()
        let file = "Import/12r5.mapping.json"
        guard let mapping = ImportMapping.read(bytes(file), file: file, log: &log),
              let registry = AreaRegistry.read(
                  areas: bytes(mapping.areasFile), file: mapping.areasFile,
                  municipalities: mapping.municipalitiesFile.map(bytes), municipalitiesFile: mapping.municipalitiesFile,
                  log: &log)
        else { return [] }
        var cubes: [String: StatisticsCube] = [:]
        for table in mapping.tables {
            cubes[table.id] = StatisticsReader.read(bytes(table.file), file: table.file, log: &log)
        }
        let metrics = MetricImporter.run(mapping, tables: cubes, registry: registry, log: &log)
        return log.hasErrors ? [] : metrics
    }()

    static func bytes(_ path: String) -> [UInt8] {
        let url = root.appendingPathComponent(path).standardizedFileURL
        return [UInt8](FileManager.default.contents(atPath: url.path) ?? Data())
    }

    /// The built example site's pages and its model, computed once for the whole suite.
    static let site: [String: String] = ExampleSiteTests.site
    static let model: DashboardModel? = ExampleSiteTests.model

    static func metric(_ id: String) throws -> ImportedMetric {
        try #require(imported.first { $0.indicator == id }, "the importer made no \(id)")
    }

    @Test func theContentIsWhatTheImporterWrites() throws {
        #expect(Self.imported.count == 14)
        for metric in Self.imported {
            let committed = String(decoding: Self.bytes("Content/data/\(metric.indicator).json"), as: UTF8.self)
            #expect(committed == metric.json,
                    "Content/data/\(metric.indicator).json: run the three commands in docs/METRICS.md")
        }
    }

    /// A figure as the page shows it: the number in the language's format, or the reason it is missing.
    static func shown(_ metric: ImportedMetric, _ area: String, language: String) throws -> String {
        let point = try #require(metric.series(for: area)?.points.last, "\(metric.indicator) has no \(area)")
        guard let value = point.value else {
            let catalog = try #require(model?.catalogs[language])
            return catalog["value.missing.\(point.missing?.rawValue ?? "")"] ?? "?"
        }
        return Localisation(language: language).value(value, unit: metric.unit, decimals: metric.decimals)
    }

    /// The table row of a place on a page: from its row header to the end of the row.
    static func row(_ page: String, link: String) throws -> String {
        let start = try #require(page.range(of: "<tr><th scope=\"row\"><a href=\"\(link)\">"), "no row for \(link)")
        let end = try #require(page.range(of: "</tr>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    static func cells(_ values: [String]) -> String {
        values.map { "<td class=\"num\">\(Escape.htmlText($0))</td>" }.joined()
    }

    /// Every area in every language: its share and unemployed jobseekers in the ranking of the current-situation
    /// page, and its group counts and rates per 1000 inhabitants on its own page.
    @Test(arguments: [
        ("fi", "tilannekuva", "alueet"), ("sv", "lagesbild", "omraden"), ("en", "current-situation", "areas"),
    ])
    func everyAreaShowsTheImportedFigures(language: String, snapshot: String, areas: String) throws {
        let model = try #require(Self.model)
        let overview = try #require(Self.site["\(language)/\(snapshot)/index.html"])
        let share = try Self.metric("unemployed-share"), jobseekers = try Self.metric("unemployed-jobseekers")
        let groups = ["unemployed-under-25", "unemployed-over-50", "unemployed-foreign", "long-term-unemployed",
                      "unemployed-disabled-or-ill", "open-vacancies"]
        for area in model.areas {
            let ranking = try Self.row(overview, link: "../\(areas)/\(area.id)/index.html")
            let figures = try [Self.shown(share, area.id, language: language),
                               Self.shown(jobseekers, area.id, language: language)]
            #expect(ranking.contains(Self.cells(figures)), "\(language) \(area.id): \(ranking)")
            let page = try #require(Self.site["\(language)/\(areas)/\(area.id)/index.html"])
            let own = try Self.row(page, link: "index.html")
            #expect(own.contains(Self.cells(figures)), "\(language) \(area.id)")
            for group in groups {
                let expected = try [Self.shown(Self.metric(group), area.id, language: language),
                                    Self.shown(Self.metric(group + "-per-1000"), area.id, language: language),
                                    Self.shown(Self.metric(group + "-per-1000"), "FI", language: language)]
                let row = try Self.row(page, link: "../../\(Self.indicatorSegment(language))/\(group)/index.html")
                #expect(row.contains(Self.cells(expected)), "\(language) \(area.id) \(group): \(row)")
            }
        }
    }

    static func indicatorSegment(_ language: String) -> String {
        ["fi": "mittarit", "sv": "indikatorer", "en": "indicators"][language]!
    }

    /// The reconciliations: the areas' labour force 2 728 222 and Åland's 15 374 make the whole country's
    /// 2 743 596, whose share is 12,8 %; the areas' unemployed jobseekers on the site, with Åland's 800 and the 20
    /// of unknown municipality, make the 352 001 the site shows for the whole country.
    @Test func theFiguresReconcile() throws {
        let model = try #require(Self.model)
        let registry = Set(model.areas.flatMap(\.memberCodes))
        let aland = Set(model.municipalities.filter(\.aland).map(\.code))
        var log = DiagnosticLog()
        let file = "../shared/data/statfin/tyonv_12r5_2026M06.pxweb.json"
        let table = try #require(StatisticsReader.read(Self.bytes(file), file: file, log: &log))
        func sum(_ codes: Set<String>, _ measure: String) -> Double {
            codes.reduce(0) { $0 + (table.cell("KU" + $1, "2026M06", measure)?.value ?? 0) }
        }
        #expect(sum(registry, "TYOVOIMATK") == 2_728_222)
        #expect(sum(aland, "TYOVOIMATK") == 15_374)
        #expect(table.cell("SSS", "2026M06", "TYOVOIMATK")?.value == 2_743_596)

        let home = try #require(Self.site["fi/index.html"])
        #expect(home.contains("<dd>12,8\u{A0}%</dd>"))
        #expect(home.contains("<dd>352\u{A0}001</dd>"))
        let jobseekers = try #require(model.indicator("unemployed-jobseekers")?.metric)
        let june = Period(year: 2026, month: 6)
        let areas = model.areas.compactMap { jobseekers.series(for: $0.id, selection: [:])?.value(at: june) }
        #expect(areas.count == 45)
        #expect(areas.reduce(0, +) == 351_181)
        // Åland's row (MK21, as some of its municipalities' figures are suppressed) and the suppressed row of
        // unknown municipality (KU199), which the whole country's figure includes.
        let alandRow = try #require(table.cell("MK21", "2026M06", "TYOTTOMATLOPUSSA")?.value)
        #expect(alandRow == 800)
        #expect(table.cell("KU199", "2026M06", "TYOTTOMATLOPUSSA")?.status == "...")
        #expect(351_181 + alandRow + 20 == jobseekers.series(for: "FI", selection: [:])?.value(at: june))
    }

    /// A suppressed area figure is shown as suppressed, never as zero, on every page that shows it.
    @Test func suppressedFiguresSaySo() throws {
        let vacancies = try Self.metric("open-vacancies")
        let suppressed = vacancies.series.filter { $0.points.last?.missing == .suppressed }.map(\.area)
        #expect(suppressed.count == 28)
        let overview = try #require(Self.site["fi/tilannekuva/index.html"])
        for area in suppressed {
            let row = try Self.row(overview, link: "../alueet/\(area)/index.html")
            #expect(!row.contains("<td class=\"num\">0</td>"), "\(area)")
            let page = try #require(Self.site["fi/alueet/\(area)/index.html"])
            let own = try Self.row(page, link: "../../mittarit/open-vacancies/index.html")
            #expect(own.contains(Self.cells(["salattu", "salattu"])), "\(area): \(own)")
        }
    }

    /// Every figure of the current situation is marked real, with its table and retrieval date; the goals'
    /// figures are marked illustrative.
    @Test func figuresCarryTheirProvenance() throws {
        let share = try #require(Self.site["fi/mittarit/unemployed-share/index.html"])
        #expect(share.contains("<dt>Lukujen alkuperä</dt><dd>Todelliset luvut: taulukko 12r5, päivitetty 21.7.2026, "
            + "haettu 11.8.2026.</dd>"))
        #expect(share.contains("Päivitetty 21.7.2026. Todelliset luvut: taulukko 12r5, haettu 11.8.2026.</p>"))
        let rate = try #require(Self.site["en/indicators/open-vacancies-per-1000/index.html"])
        #expect(rate.contains("Real figures: table 12r5, retrieved 11 August 2026; table 11s5, December 2024."))
        let goal = try #require(Self.site["sv/indikatorer/benefit-days/index.html"])
        #expect(goal.contains("Fiktiv exempelsiffra, ingen verklig statistik."))
        #expect(!goal.contains("Verkliga siffror"))
        let json = try #require(ExampleSiteTests.build.files?["data/unemployed-share.json"])
        #expect(String(decoding: json, as: UTF8.self).contains("""
              "provenance": {
                "values": "real",
                "tables": [
                  {"id": "12r5", "updated": "2026-07-21", "retrieved": "2026-08-11"}
                ]
              },
            """))
        let csv = try #require(ExampleSiteTests.build.files?["data/benefit-days.csv"])
        let rows = String(decoding: csv, as: UTF8.self).split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasSuffix(",illustrative") })
    }
}

extension StatisticsCube {
    /// The cell at the given category codes, one per dimension in order.
    fileprivate func cell(_ codes: String...) -> (value: Double?, status: String?)? {
        var indices: [Int] = []
        for (dimension, code) in zip(dimensions, codes) {
            guard let index = dimension.indexByCode[code] else { return nil }
            indices.append(index)
        }
        let flat = flatIndex(indices)
        return (values[flat], statuses[flat])
    }
}
