import Dashboard
import Foundation
import Diagnostics
@testable import StatisticsImport

/// A small import: one PxWeb JSON table over two months, a mapping with a rate and a count, and a registry of
/// three areas plus one municipality outside the reform. The numbers are chosen so that a ratio of sums (25.5 %
/// for alfa) differs from an average of member rates (21 %).
enum ImportFixture {
    static let table = """
        {"columns":[{"code":"Alue","text":"Alue","type":"d"},{"code":"timeperiod_m","text":"Kuukausi","type":"t"},
        {"code":"UNEMP","text":"Unemployed","type":"c"},{"code":"LABOUR","text":"Labour force","type":"c"}],
        "data":[
        {"key":["SSS","2026M05"],"values":["1000","8000"]},
        {"key":["SSS","2026M06"],"values":["1100","8000"]},
        {"key":["MK01","2026M05"],"values":["300","2000"]},
        {"key":["MK01","2026M06"],"values":["320","2000"]},
        {"key":["MK02","2026M05"],"values":["700","6000"]},
        {"key":["MK02","2026M06"],"values":["780","6000"]},
        {"key":["KU001","2026M05"],"values":["10","100"]},
        {"key":["KU001","2026M06"],"values":["12","100"]},
        {"key":["KU002","2026M05"],"values":["...","300"]},
        {"key":["KU002","2026M06"],"values":["90","300"]},
        {"key":["KU003","2026M05"],"values":["50","1000"]},
        {"key":["KU003","2026M06"],"values":["55","1000"]},
        {"key":["KU004","2026M05"],"values":["40","400"]},
        {"key":["KU004","2026M06"],"values":["...","400"]},
        {"key":["KU478","2026M05"],"values":["5","50"]},
        {"key":["KU478","2026M06"],"values":["6","50"]},
        {"key":["KU199","2026M05"],"values":["0","0"]},
        {"key":["KU199","2026M06"],"values":["0","0"]}],
        "metadata":[{"updated":"2026-07-21T05.00.00Z","label":"Test table","source":"Test"}]}
        """

    static let mapping = """
        {
          "$schema": "../schema/import-mapping.schema.json",
          "tables": {"t": {"file": "t.json"}},
          "registry": {"areas": "areas.json", "municipalities": "municipalities.json"},
          "output": "out",
          "ignore": ["KU199"],
          "source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
          "regions": [{"id": "evk-a", "codes": ["MK01", "MK02"]}],
          "indicators": [
            {"indicator": "share", "aggregate": "ratio", "numerator": "UNEMP", "denominator": "LABOUR", "scale": 100,
             "unit": "percent", "decimals": 1, "betterDirection": "down", "trendTolerance": 0.5},
            {"indicator": "unemployed", "aggregate": "sum", "measure": "UNEMP",
             "unit": "count", "decimals": 0, "betterDirection": "down", "trendTolerance": 5,
             "trendToleranceRelative": true}
          ]
        }
        """

    static let areas = """
        {"areas": [
          {"id": "alfa", "members": ["001", "002"]},
          {"id": "beta", "members": ["003"]},
          {"id": "gamma", "members": ["004"]}
        ]}
        """

    static let municipalities = """
        {"municipalities": [{"code": "001"}, {"code": "478", "aland": true}]}
        """

    struct Result {
        var metrics: [ImportedMetric]
        var log: DiagnosticLog

        func metric(_ id: String) -> ImportedMetric? { metrics.first { $0.indicator == id } }

        /// The values of one series, `nil` where missing.
        func values(_ indicator: String, _ area: String) -> [Double?] {
            metric(indicator)?.series(for: area)?.points.map(\.value) ?? []
        }
    }

    /// Reads the mapping, table and registry (each possibly edited) and runs the importer.
    static func run(mapping: String = mapping, table: String = table, areas: String = areas,
                    municipalities: String = municipalities, tables extra: [String: String] = [:]) -> Result {
        var log = DiagnosticLog()
        guard let parsed = ImportMapping.read(Array(mapping.utf8), file: "import/mapping.json", log: &log) else {
            return Result(metrics: [], log: log)
        }
        var cubes: [String: StatisticsCube] = [:]
        for entry in parsed.tables {
            let text = extra[entry.id] ?? table
            cubes[entry.id] = StatisticsReader.read(Array(text.utf8), file: entry.file, log: &log)
        }
        guard let registry = AreaRegistry.read(
            areas: Array(areas.utf8), file: parsed.areasFile, municipalities: Array(municipalities.utf8),
            municipalitiesFile: parsed.municipalitiesFile, log: &log) else {
            return Result(metrics: [], log: log)
        }
        let metrics = MetricImporter.run(parsed, tables: cubes, registry: registry, log: &log)
        return Result(metrics: metrics, log: log)
    }

    /// `text` with `target` (which must occur) replaced.
    static func edit(_ text: String, _ target: String, _ replacement: String) -> String {
        precondition(text.contains(target), "fixture does not contain \(target)")
        return text.replacingOccurrences(of: target, with: replacement)
    }
}
