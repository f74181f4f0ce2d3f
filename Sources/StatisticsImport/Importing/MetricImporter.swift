import Dashboard
import Diagnostics

/// Computes the metric files a mapping describes from the tables it names and the area registry. Pure: the
/// command reads the files and writes the results.
///
/// The whole country comes from the table's own country row (`SSS`) where it has one, else from the sum of
/// all its municipality rows; regions from the table's own region rows (`MK01`, `ELY01`); employment areas
/// from their member municipalities. Counts are summed; rates are the ratio of the summed numerator and
/// denominator, never an average of member rates. A member without a value makes the area's value missing
/// (`suppressed`), or, where the mapping allows it, a value from the other members flagged `incomplete`.
public enum MetricImporter {
    public static func run(_ mapping: ImportMapping, tables cubes: [String: StatisticsCube], registry: AreaRegistry,
                           log: inout DiagnosticLog) -> [ImportedMetric] {
        var prepared: [String: PreparedTable] = [:]
        for table in mapping.tables {
            guard let cube = cubes[table.id], let ready = PreparedTable(id: table.id, cube: cube, log: &log) else {
                continue
            }
            ready.checkMunicipalities(against: registry, ignoring: mapping.ignoredCodes, log: &log)
            prepared[table.id] = ready
        }
        // Problems of a table that every indicator reading it would hit are reported once.
        var reportedCodes: Set<String> = []
        var metrics: [ImportedMetric] = []
        for indicator in mapping.indicators {
            let resolved = indicator.quantities.compactMap { quantity in
                prepared[quantity.table].flatMap { ResolvedQuantity(quantity, table: $0, log: &log) }
            }
            guard resolved.count == indicator.quantities.count else { continue }
            let main = resolved[0].table
            guard let updated = mapping.updated ?? main.cube.updated else {
                if reportedCodes.insert("updated\u{0}" + main.id).inserted {
                    log.error(.importMissingUpdated, at: indicator.location, ["file": main.cube.file])
                }
                continue
            }
            guard let places = places(for: indicator, quantities: resolved, mapping: mapping, registry: registry,
                                      reportedCodes: &reportedCodes, log: &log) else { continue }
            let periods = main.periods.sorted()
            var series: [ImportedMetric.Series] = []
            for place in places {
                let points = periods.map { period in
                    point(period, rows: place.rows, quantities: resolved, indicator: indicator,
                          fromMembers: place.fromMembers)
                }
                series.append(ImportedMetric.Series(area: place.id, points: points))
            }
            checkRange(series, indicator: indicator, log: &log)
            metrics.append(ImportedMetric(
                indicator: indicator.id, unit: indicator.unit, decimals: indicator.decimals,
                betterDirection: indicator.betterDirection, frequency: main.frequency, updated: updated,
                source: indicator.source, trendTolerance: indicator.trendTolerance,
                trendToleranceRelative: indicator.trendToleranceRelative, series: series))
        }
        return metrics
    }

    /// A series to compute: its id, and for each quantity the area rows whose cells make its value.
    struct Place {
        var id: String
        var rows: [[Int]]
        /// An employment area formed from member municipalities, rather than the table's own row(s).
        var fromMembers: Bool
    }

    static func places(for indicator: ImportMapping.Indicator, quantities: [ResolvedQuantity],
                       mapping: ImportMapping, registry: AreaRegistry, reportedCodes: inout Set<String>,
                       log: inout DiagnosticLog) -> [Place]? {
        var places: [Place] = []
        places.append(Place(id: "FI", rows: quantities.map { quantity in
            quantity.table.areaIndex[mapping.countryCode].map { [$0] } ?? quantity.table.municipalityRows
        }, fromMembers: false))
        var complete = true
        for region in indicator.regions {
            var rows: [[Int]] = []
            for quantity in quantities {
                var regionRows: [Int] = []
                for code in region.codes {
                    if let row = quantity.table.areaIndex[code] {
                        regionRows.append(row)
                    } else {
                        complete = false
                        if reportedCodes.insert(quantity.table.id + "\u{0}" + code).inserted {
                            log.error(.importUnknownRegionCode, at: region.location, [
                                "region": region.id, "code": code, "file": quantity.table.cube.file,
                                "suggestion": Suggestion.closest(
                                    to: code, among: quantity.table.areaIndex.keys.sorted()),
                            ])
                        }
                    }
                }
                rows.append(regionRows)
            }
            places.append(Place(id: region.id, rows: rows, fromMembers: false))
        }
        for area in registry.areas {
            var rows: [[Int]] = []
            for quantity in quantities {
                // Members missing from the table were reported when the table was prepared.
                let memberRows = area.members.compactMap {
                    quantity.table.areaIndex[AreaCode.tableCode(municipality: $0.code)]
                }
                if memberRows.count != area.members.count { complete = false }
                rows.append(memberRows)
            }
            places.append(Place(id: area.id, rows: rows, fromMembers: true))
        }
        return complete ? places : nil
    }

    static func point(_ period: Period, rows: [[Int]], quantities: [ResolvedQuantity],
                      indicator: ImportMapping.Indicator, fromMembers: Bool) -> ImportedMetric.Point {
        var provisional = false
        var cells: [[(value: Double?, status: String?)]] = []
        for (index, quantity) in quantities.enumerated() {
            guard let time = quantity.timeIndex(for: period) else {
                return ImportedMetric.Point(period: period, value: nil, missing: .notPublished,
                                            provisional: false, incomplete: false)
            }
            if index == 0 || quantity.rule == .same { provisional = provisional || quantity.isPreliminary(time: time) }
            cells.append(rows[index].map { quantity.cell(row: $0, time: time) })
        }
        // Which cells count: with equal row lists (an area's members), a member counts only if every quantity
        // has a value for it, so a ratio of incomplete sums still compares like with like.
        let paired = cells.allSatisfy { $0.count == cells[0].count }
        var missingStatuses: [String?] = []
        var sums = [Double](repeating: 0, count: cells.count)
        var usable = 0
        if paired {
            for member in cells[0].indices {
                let memberCells = cells.map { $0[member] }
                if memberCells.contains(where: { $0.value == nil }) {
                    missingStatuses += memberCells.filter { $0.value == nil }.map(\.status)
                    continue
                }
                usable += 1
                for (index, cell) in memberCells.enumerated() { sums[index] += cell.value! }
            }
        } else {
            for (index, quantityCells) in cells.enumerated() {
                for cell in quantityCells {
                    if let value = cell.value { sums[index] += value } else { missingStatuses.append(cell.status) }
                }
            }
        }
        let incomplete = !missingStatuses.isEmpty
        if incomplete && !(indicator.allowIncomplete && paired && usable > 0) {
            return ImportedMetric.Point(period: period, value: nil,
                                        missing: fromMembers ? .suppressed : reason(missingStatuses),
                                        provisional: provisional, incomplete: false)
        }
        var value: Double
        switch indicator.aggregate {
        case .sum:
            value = sums[0]
        case .ratio:
            guard sums[1] != 0 else {
                return ImportedMetric.Point(period: period, value: nil, missing: .notApplicable,
                                            provisional: provisional, incomplete: false)
            }
            value = indicator.scale * sums[0] / sums[1]
        }
        value = rounded(value, decimals: indicator.decimals)
        return ImportedMetric.Point(period: period, value: value, missing: nil, provisional: provisional,
                                    incomplete: incomplete)
    }

    /// Why a row of the table itself has no value, from its marker: `.` not applicable, `...` suppressed
    /// (confidential), anything else not published.
    static func reason(_ statuses: [String?]) -> Metric.MissingReason {
        if statuses.allSatisfy({ $0 == "." }) { return .notApplicable }
        if statuses.contains(where: { $0 == "..." || $0 == "…" }) { return .suppressed }
        return .notPublished
    }

    /// Half away from zero at the shown decimals, so the file holds what the site shows.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let result = (value * factor).rounded(.toNearestOrAwayFromZero) / factor
        return result == 0 ? 0 : result
    }

    /// Values the site would reject (a percentage above 100: a wrong `scale` or swapped numerator) are found
    /// here, at the mapping, rather than later in the metric file.
    static func checkRange(_ series: [ImportedMetric.Series], indicator: ImportMapping.Indicator,
                           log: inout DiagnosticLog) {
        let range = indicator.unit.validRange
        for line in series {
            for point in line.points {
                guard let value = point.value, !range.contains(value) else { continue }
                log.error(.importOutOfRange, at: indicator.location, [
                    "indicator": indicator.id, "value": DecimalText.format(value), "area": line.area,
                    "period": "\(point.period)", "unit": indicator.unit.rawValue,
                    "scale": indicator.aggregate == .ratio ? DecimalText.format(indicator.scale) : nil,
                ])
                return
            }
        }
    }
}
