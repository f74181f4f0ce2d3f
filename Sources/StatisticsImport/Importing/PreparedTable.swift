import Dashboard
import Diagnostics

/// A cube with what the importer needs found once: its area and time dimensions, its periods, its
/// municipalities, and every mismatch with the registry reported.
struct PreparedTable {
    let id: String
    let cube: StatisticsCube
    let areaDimension: Int
    let timeDimension: Int
    /// Area code → category index.
    let areaIndex: [String: Int]
    /// The period of each time category.
    let periods: [Period]
    let timeIndexByPeriod: [Period: Int]
    let frequency: Period.Frequency
    /// Category indices of every `KU###` row.
    let municipalityRows: [Int]
    let strides: [Int]

    /// Nil (with errors) when the table has no area or time dimension or its periods are unusable.
    init?(id: String, cube: StatisticsCube, log: inout DiagnosticLog) {
        guard let areaDimension = cube.areaDimension else {
            log.report(.importNoAreaDimension,
                       "no dimension of \(cube.file) holds areas (codes like SSS, KU091, MK01, SK011, ELY01)",
                       at: SourceLocation(file: cube.file),
                       hint: "download the table by municipality; `import-stats inspect --dimensions` lists its codes")
            return nil
        }
        guard let timeDimension = cube.timeDimension, timeDimension != areaDimension else {
            log.report(.importNoTimeDimension,
                       "no dimension of \(cube.file) holds periods (codes like \(TimeCode.examples))",
                       at: SourceLocation(file: cube.file))
            return nil
        }
        let time = cube.dimensions[timeDimension]
        var periods: [Period] = []
        for category in time.categories {
            if let period = TimeCode.period(category.code) {
                periods.append(period)
            } else {
                log.report(.importBadPeriod,
                           "the period \"\(category.code)\" is not a time code: write \(TimeCode.examples)",
                           at: category.location)
            }
        }
        guard periods.count == time.categories.count, let first = periods.first else { return nil }
        if let odd = periods.firstIndex(where: { $0.frequency != first.frequency }) {
            log.report(.importBadPeriod,
                       "the period \"\(time.categories[odd].code)\" is a \(periods[odd].frequency.rawValue), but "
                        + "\"\(time.categories[0].code)\" is a \(first.frequency.rawValue): a table's periods must "
                        + "have one frequency", at: time.categories[odd].location)
            return nil
        }
        self.id = id
        self.cube = cube
        self.areaDimension = areaDimension
        self.timeDimension = timeDimension
        areaIndex = cube.dimensions[areaDimension].indexByCode
        self.periods = periods
        timeIndexByPeriod = Dictionary(periods.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        frequency = first.frequency
        municipalityRows = cube.dimensions[areaDimension].categories.indices.filter {
            if case .municipality = AreaCode(cube.dimensions[areaDimension].categories[$0].code) { return true }
            return false
        }
        strides = cube.strides
    }

    var latestTimeIndex: Int {
        periods.indices.max { periods[$0] < periods[$1] }!
    }

    /// The registry and the table must agree on the municipalities: every member is a row, and every
    /// municipality row belongs to an area, is outside the reform (Åland) or is listed in `ignore`.
    func checkMunicipalities(against registry: AreaRegistry, ignoring ignored: Set<String>,
                             log: inout DiagnosticLog) {
        for area in registry.areas {
            for member in area.members where areaIndex[AreaCode.tableCode(municipality: member.code)] == nil {
                log.report(.importUnknownAreaCode,
                           "the municipality \(member.code) of \"\(area.id)\" is not in \(cube.file) "
                            + "(no row \(AreaCode.tableCode(municipality: member.code)))",
                           at: member.location, hint: "check the municipality number against the table's codes")
            }
        }
        let claimed = registry.areaByMunicipality
        let categories = cube.dimensions[areaDimension].categories
        for row in municipalityRows {
            let category = categories[row]
            guard case .municipality(let number) = AreaCode(category.code), claimed[number] == nil,
                  !registry.outside.contains(number), !ignored.contains(category.code) else { continue }
            log.report(.importUnclaimedMunicipality,
                       "no area claims the municipality \(category.code)"
                        + (category.label.map { " (\($0))" } ?? ""),
                       at: category.location,
                       hint: "add \"\(number)\" to an area's members, or \"\(category.code)\" to the mapping's "
                        + "\"ignore\" if the code is not a municipality of the reform")
        }
    }
}
