import Dashboard
import Diagnostics

/// The rows of an editor's spreadsheet (a CSV saved from Excel or LibreOffice) for one indicator, understood: one
/// figure per row, with the columns named in the header in Finnish, Swedish or English (`Column.names`):
///
/// - period (`kausi`, `kuukausi`, `månad`, …): `2026-10`, `2026M10`, `10/2026`, `10.2026`, `1.10.2026` (a month
///   Excel turned into a date); `2026-Q3`, `2026Q3`; `2026`;
/// - area (`alue`, `område`, …): the site's id, Statistics Finland's area number, or a name (`PlaceDirectory`);
/// - value (`arvo`, `värde`): `12,4` or `12.4`, `1 234`; empty, `..`, `...` or `.` when missing;
/// - status (`tila`, `merkintä`, optional): `provisional` (`ennakko`, `preliminär`), `break-in-series` (`katko`,
///   `avbrott`), or why a value is missing: `suppressed` (`salattu`, `skyddad`), `not-published`
///   (`ei julkaistu`), `not-applicable` (`ei sovellu`);
/// - category (`luokka`, `kategori`, or a breakdown's id, optional): a category's id or name; a breakdown without
///   a column takes the headline's category.
///
/// Other columns (such as the names and units in the site's own CSV downloads) are ignored.
struct SpreadsheetUpdate {
    /// One figure for one place, selection and period.
    struct Row {
        var place: String
        var selection: [String: String]
        var point: Metric.Point
        /// Where the row starts, for messages.
        var location: SourceLocation
    }

    var rows: [Row] = []

    enum Column: CaseIterable {
        case period, area, value, status, category

        var names: Set<String> {
            switch self {
            case .period: ["period", "kausi", "ajanjakso", "aika", "kuukausi", "neljännes", "vuosi", "månad",
                           "kvartal", "år", "tid", "month", "quarter", "year"]
            case .area: ["area", "area_id", "alue", "område", "area_code", "aluekoodi", "alue_id", "name", "nimi",
                         "namn", "place", "paikka", "plats"]
            case .value: ["value", "arvo", "värde", "luku", "tal"]
            case .status: ["status", "tila", "merkintä", "flags", "flag", "missing_reason", "markering"]
            case .category: ["category", "luokka", "kategori"]
            }
        }
    }

    /// Reads `table` for `metric`, naming places through `places`; every problem goes to `log` with its cell.
    init(_ table: DelimitedText, file: String, metric: Metric, places: PlaceDirectory, log: inout DiagnosticLog) {
        guard let header = table.rows.first else {
            log.error(.importEmptySpreadsheet, at: SourceLocation(file: file))
            return
        }
        var columns: [Column: Int] = [:]
        var breakdownColumns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = PlaceDirectory.key(cell.text)
            if let breakdown = metric.breakdowns.first(where: { $0.id == name }) {
                breakdownColumns[breakdown.id] = index
            } else if let column = Column.allCases.first(where: { $0.names.contains(name) }), columns[column] == nil {
                columns[column] = index
            }
        }
        if let category = columns[.category], metric.breakdowns.count == 1 {
            breakdownColumns[metric.breakdowns[0].id] = breakdownColumns[metric.breakdowns[0].id] ?? category
        }
        for required in [Column.period, .area, .value] where columns[required] == nil {
            log.error(.importMissingColumn, at: SourceLocation(file: file, line: header.first?.line ?? 1, column: 1), [
                "column": "\(required)", "names": required.names.sorted().joined(separator: ", "),
            ])
        }
        guard let periodColumn = columns[.period], let areaColumn = columns[.area],
              let valueColumn = columns[.value] else { return }
        for cells in table.rows.dropFirst() {
            func cell(_ index: Int) -> DelimitedText.Cell {
                index < cells.count ? cells[index]
                    : .init(text: "", line: cells.last?.line ?? 0, column: (cells.last?.column ?? 0) + 1)
            }
            func location(_ cell: DelimitedText.Cell) -> SourceLocation {
                SourceLocation(file: file, line: cell.line, column: cell.column)
            }
            var valid = true
            let periodCell = cell(periodColumn)
            let period = Self.period(periodCell.text, frequency: metric.frequency)
            if period == nil {
                log.error(.importSpreadsheetPeriod, at: location(periodCell), [
                    "text": periodCell.text.trimmingSpaces, "frequency": metric.frequency.rawValue,
                    "example": Self.example(metric.frequency),
                ])
                valid = false
            }
            let areaCell = cell(areaColumn)
            let place = places.place(areaCell.text)
            if place == nil {
                log.error(.importUnknownPlace, at: location(areaCell), [
                    "text": areaCell.text.trimmingSpaces,
                    "suggestion": Suggestion.closest(to: PlaceDirectory.key(areaCell.text), among: places.names),
                ])
                valid = false
            }
            var selection = metric.headline
            for breakdown in metric.breakdowns {
                guard let index = breakdownColumns[breakdown.id] else { continue }
                let categoryCell = cell(index)
                let key = PlaceDirectory.key(categoryCell.text)
                guard let category = breakdown.categories.first(where: { category in
                    category.id == key || category.name.values.values.contains { PlaceDirectory.key($0) == key }
                }) else {
                    log.error(.importUnknownCategory, at: location(categoryCell), [
                        "text": categoryCell.text.trimmingSpaces, "breakdown": breakdown.id,
                        "valid": breakdown.categories.map(\.id).joined(separator: ", "),
                    ])
                    valid = false
                    continue
                }
                selection[breakdown.id] = category.id
            }
            var flags: Set<Metric.Flag> = []
            var missing: Metric.MissingReason?
            if let statusColumn = columns[.status] {
                let statusCell = cell(statusColumn)
                for word in Self.words(statusCell.text) {
                    if let flag = Self.flags[word] {
                        flags.insert(flag)
                    } else if let reason = Self.missingReasons[word] {
                        missing = reason
                    } else {
                        log.error(.importUnknownStatus, at: location(statusCell), ["text": word])
                        valid = false
                    }
                }
            }
            let valueCell = cell(valueColumn)
            var value: Double?
            switch Self.value(valueCell.text) {
            case .number(let number):
                value = number
                if !metric.unit.validRange.contains(number) {
                    log.error(.importSpreadsheetRange, at: location(valueCell), [
                        "value": valueCell.text.trimmingSpaces, "unit": metric.unit.rawValue,
                    ])
                    valid = false
                }
                if missing != nil {
                    log.error(.importValueAndReason, at: location(valueCell))
                    valid = false
                }
            case .missing(let marker):
                missing = missing ?? marker
            case .invalid:
                log.error(.importSpreadsheetNumber, at: location(valueCell), ["text": valueCell.text.trimmingSpaces])
                valid = false
            }
            guard valid, let period, let place else { continue }
            rows.append(Row(place: place, selection: selection,
                            point: Metric.Point(period: period, value: value, missing: missing, flags: flags),
                            location: SourceLocation(file: file, line: cells.first?.line ?? 0,
                                                     column: cells.first?.column ?? 0)))
        }
    }

    enum CellValue: Equatable {
        case number(Double)
        case missing(Metric.MissingReason)
        case invalid
    }

    /// `12,4`, `12.4`, `1 234,5` (spaces, also no-break ones, between thousands), `-3`; an empty cell and the
    /// statistical markers `..` (not published), `...` (suppressed) and `.` (not applicable).
    static func value(_ text: String) -> CellValue {
        let trimmed = text.trimmingSpaces
        switch trimmed {
        case "", "..", "-", "–": return .missing(.notPublished)
        case "...": return .missing(.suppressed)
        case ".": return .missing(.notApplicable)
        default: break
        }
        var digits = trimmed.filter { ![" ", "\u{A0}", "\u{202F}"].contains($0) }
        if digits.hasPrefix("\u{2212}") { digits = "-" + digits.dropFirst() }
        if digits.contains(",") {
            guard !digits.contains(".") else { return .invalid }
            digits = digits.replacingComma
        }
        guard digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let number = Double(digits), number.isFinite else { return .invalid }
        return .number(number)
    }

    /// The period a cell names, in the metric's frequency.
    static func period(_ text: String, frequency: Period.Frequency) -> Period? {
        func number(_ text: some StringProtocol) -> Int? { text.allSatisfy(\.isASCII) ? Int(text) : nil }
        func month(_ year: Int?, _ month: Int?) -> Period? {
            guard let year, let month, (1900...2999).contains(year), (1...12).contains(month) else { return nil }
            return Period(year: year, month: month)
        }
        let upper = text.trimmingSpaces.uppercased()
        switch frequency {
        case .year:
            guard let year = number(upper), (1900...2999).contains(year) else { return nil }
            return Period(year: year)
        case .quarter:
            // 2026-Q3, 2026Q3, 2026 Q3, Q3/2026
            let compact = upper.filter { !" -/".contains($0) }
            guard let q = compact.firstIndex(of: "Q") else { return nil }
            let before = compact[..<q], after = compact[compact.index(after: q)...]
            let (yearText, quarterText) = before.count == 4
                ? (before, after) : (after.suffix(4), before + after.dropLast(4))
            guard let year = number(yearText), let quarter = number(quarterText), (1900...2999).contains(year),
                  (1...4).contains(quarter) else { return nil }
            return Period(year: year, quarter: quarter)
        case .month:
            if let m = upper.firstIndex(of: "M") {  // 2026M10, as StatFin writes it
                return month(number(upper[..<m]), number(upper[upper.index(after: m)...]))
            }
            let parts = upper.split(whereSeparator: { "-/.".contains($0) })
            switch parts.count {
            case 2 where parts[0].count == 4: return month(number(parts[0]), number(parts[1]))
            case 2 where parts[1].count == 4: return month(number(parts[1]), number(parts[0]))
            case 3 where parts[2].count == 4 && number(parts[0]) == 1:
                // 1.10.2026: Excel turned "10/2026" into the first day of the month.
                return month(number(parts[2]), number(parts[1]))
            default: return nil
            }
        }
    }

    static func example(_ frequency: Period.Frequency) -> String {
        switch frequency {
        case .month: "2026-10"
        case .quarter: "2026-Q3"
        case .year: "2026"
        }
    }

    /// The words of a status cell: separated by commas, semicolons or `|`, lower-cased.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { ",;|".contains($0) }).map { PlaceDirectory.key(String($0)) }
            .filter { !$0.isEmpty }
    }

    static let flags: [String: Metric.Flag] = [
        "provisional": .provisional, "ennakko": .provisional, "ennakollinen": .provisional,
        "ennakkotieto": .provisional, "preliminär": .provisional, "preliminärt": .provisional, "prel.": .provisional,
        "break-in-series": .breakInSeries, "katko": .breakInSeries, "aikasarjakatko": .breakInSeries,
        "avbrott": .breakInSeries, "revised": .revised, "korjattu": .revised, "korrigerad": .revised,
    ]

    static let missingReasons: [String: Metric.MissingReason] = [
        "suppressed": .suppressed, "salattu": .suppressed, "skyddad": .suppressed, "skyddat": .suppressed,
        "not-published": .notPublished, "ei julkaistu": .notPublished, "inte publicerad": .notPublished,
        "inte publicerat": .notPublished,
        "not-applicable": .notApplicable, "ei sovellu": .notApplicable, "inte tillämplig": .notApplicable,
        "inte tillämpligt": .notApplicable,
    ]
}

extension String {
    var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}

extension Diagnostic.Code {
    static let importEmptySpreadsheet = Diagnostic.Code(
        .importing, "empty-spreadsheet", "the file has no rows", hint: "save the sheet again as CSV")
    static let importMissingColumn = Diagnostic.Code(
        .importing, "missing-column", "the header has no {column} column", hint: "name a column one of: {names}")
    static let importSpreadsheetPeriod = Diagnostic.Code(
        .importing, "spreadsheet-period", "'{text}' is not a period of this {frequency}ly indicator",
        hint: "write it as {example}")
    static let importUnknownPlace = Diagnostic.Code(
        .importing, "unknown-place", "'{text}' is not an area, a regional centre or the whole country",
        hints: ["did you mean '{suggestion}'?", "write the area's id, number or name as in Content/areas.json"])
    static let importUnknownCategory = Diagnostic.Code(
        .importing, "unknown-category", "'{text}' is not a category of the breakdown '{breakdown}'",
        hint: "write one of: {valid}")
    static let importUnknownStatus = Diagnostic.Code(
        .importing, "unknown-status", "'{text}' is not a status",
        hint: "write provisional, break-in-series, suppressed, not-published or not-applicable (or leave it empty)")
    static let importSpreadsheetRange = Diagnostic.Code(
        .importing, "spreadsheet-out-of-range", "{value} is outside the range of a {unit} value")
    static let importValueAndReason = Diagnostic.Code(
        .importing, "value-and-reason", "a row with a value cannot also give a reason for a missing value",
        hint: "leave the value empty, or remove the reason from the status")
    static let importSpreadsheetNumber = Diagnostic.Code(
        .importing, "spreadsheet-number", "'{text}' is not a number",
        hint: "write a number such as 12,4 or 12.4, or leave the cell empty for a missing value")
}
