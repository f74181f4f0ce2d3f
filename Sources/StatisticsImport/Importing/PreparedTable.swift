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
            log.error(.importNoAreaDimension, at: SourceLocation(file: cube.file), ["file": cube.file])
            return nil
        }
        guard let timeDimension = cube.timeDimension, timeDimension != areaDimension else {
            log.error(.importNoTimeDimension, at: SourceLocation(file: cube.file),
                      ["file": cube.file, "examples": Diagnostic.Term.timeCodeExamples])
            return nil
        }
        let time = cube.dimensions[timeDimension]
        var periods: [Period] = []
        for category in time.categories {
            if let period = TimeCode.period(category.code) {
                periods.append(period)
            } else {
                log.error(.importBadPeriod, at: category.location,
                          ["code": category.code, "examples": Diagnostic.Term.timeCodeExamples])
            }
        }
        guard periods.count == time.categories.count, let first = periods.first else { return nil }
        if let odd = periods.firstIndex(where: { $0.frequency != first.frequency }) {
            log.error(.importMixedFrequencies, at: time.categories[odd].location, [
                "code": time.categories[odd].code, "frequency": periods[odd].frequency.rawValue,
                "first": time.categories[0].code, "firstFrequency": first.frequency.rawValue,
            ])
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
                log.error(.importUnknownAreaCode, at: member.location, [
                    "code": member.code, "area": area.id, "file": cube.file,
                    "row": AreaCode.tableCode(municipality: member.code),
                ])
            }
        }
        let claimed = registry.areaByMunicipality
        let categories = cube.dimensions[areaDimension].categories
        for row in municipalityRows {
            let category = categories[row]
            guard case .municipality(let number) = AreaCode(category.code), claimed[number] == nil,
                  !registry.outside.contains(number), !ignored.contains(category.code) else { continue }
            log.error(.importUnclaimedMunicipality, at: category.location, [
                "code": category.code, "label": category.label.map { " (\($0))" } ?? "", "number": number,
            ])
        }
    }
}
