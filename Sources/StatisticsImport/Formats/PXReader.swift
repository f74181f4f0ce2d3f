import Dashboard
import Diagnostics

/// Reads PX (PC-Axis) files: `STUB` and `HEADING` give the dimensions (stub first), `VALUES` their labels and
/// `CODES` their codes, in the file's main `LANGUAGE`; keywords for other languages (`VALUES[sv]("Kvartal")`)
/// are read for their syntax and otherwise left aside. `TIMEVAL` or `VARIABLE-TYPE="Time"` marks the periods,
/// `CONTVARIABLE` the measures, `UNITS` and `PRECISION`/`SHOWDECIMALS` their units; a label ending in "*" is
/// preliminary. `DATA` holds the cells row-major.
enum PXReader {
    static func read(_ bytes: [UInt8], file: String, log: inout DiagnosticLog) -> StatisticsCube? {
        var parser = PXParser(bytes: bytes, file: file)
        var entries: [PXParser.Entry] = []
        var data: (values: [Double?], statuses: [String?], location: SourceLocation)?
        do {
            while var entry = try parser.entryHead() {
                if entry.keyword == "DATA" && entry.subkeys.isEmpty {
                    let cells = try parser.dataCells(at: entry.location, log: &log)
                    data = (cells.values, cells.statuses, entry.location)
                } else {
                    entry.items = try parser.items(of: entry.keyword, at: entry.location)
                    entries.append(entry)
                }
            }
        } catch {
            log.error(error.code, at: error.location, error.arguments.mapValues { $0 as (any DiagnosticArgument)? })
            return nil
        }
        let px = PXFile(entries: entries)
        if let keys = px.first("KEYS") {
            log.error(.importPXKeys, at: keys.location)
            return nil
        }

        let stub = px.first("STUB")?.items ?? []
        let heading = px.first("HEADING")?.items ?? []
        guard !(stub.isEmpty && heading.isEmpty) else {
            log.error(.importPXNoDimensions, at: SourceLocation(file: file))
            return nil
        }
        let contentVariable = px.first("CONTVARIABLE")?.items.first?.text
        let tableDecimals = (px.first("SHOWDECIMALS") ?? px.first("DECIMALS"))?.items.first.flatMap { Int($0.text) }
        let tableUnit = px.first("UNITS", subkeys: [])?.items.first?.text

        var dimensions: [StatisticsCube.Dimension] = []
        for variable in stub + heading {
            let name = variable.text
            guard let valuesEntry = px.first("VALUES", subkeys: [name]) else {
                log.error(.importPXNoValues, at: variable.location, ["name": name])
                continue
            }
            let labels = valuesEntry.items.map { StatisticsCube.Category.splitPreliminary($0.text) }
            var codes = labels.map(\.label)
            var codeLocations = valuesEntry.items.map(\.location)
            if let codesEntry = px.first("CODES", subkeys: [name]) {
                guard codesEntry.items.count == labels.count else {
                    log.error(.importPXCodesCount, at: codesEntry.location,
                              ["name": name, "codes": codesEntry.items.count, "values": labels.count])
                    continue
                }
                codes = codesEntry.items.map(\.text)
                codeLocations = codesEntry.items.map(\.location)
            }
            var role: StatisticsCube.Role?
            if let timeValues = px.first("TIMEVAL", subkeys: [name]) {
                role = .time
                checkTimeValues(timeValues, count: labels.count, variable: name, log: &log)
            } else if px.first("VARIABLE-TYPE", subkeys: [name])?.items.first?.text.lowercased() == "time" {
                role = .time
            } else if name == contentVariable {
                role = .metric
            }
            var seen = Set<String>()
            var categories: [StatisticsCube.Category] = []
            for (index, code) in codes.enumerated() {
                if !seen.insert(code).inserted {
                    log.error(.importDuplicateCode, at: codeLocations[index], ["code": code, "dimension": name])
                }
                var unit: StatisticsCube.Unit?
                if role == .metric {
                    let label = valuesEntry.items[index].text
                    let decimals = px.first("PRECISION", subkeys: [name, label])?.items.first.flatMap { Int($0.text) }
                    let unitLabel = px.first("UNITS", subkeys: [label])?.items.first?.text ?? tableUnit
                    unit = StatisticsCube.Unit(label: unitLabel, decimals: decimals ?? tableDecimals)
                }
                categories.append(StatisticsCube.Category(
                    code: code, label: labels[index].label, unit: unit, isPreliminary: labels[index].isPreliminary,
                    location: codeLocations[index]))
            }
            dimensions.append(StatisticsCube.Dimension(id: name, label: name, role: role, categories: categories,
                                                       location: variable.location))
        }

        guard let data else {
            log.error(.importMissingData, at: SourceLocation(file: file, line: parser.line, column: 0))
            return nil
        }
        guard dimensions.count == stub.count + heading.count else { return nil }
        let expected = dimensions.reduce(1) { $0 * $1.categories.count }
        guard data.values.count == expected else {
            log.error(.importPXDataCount, at: data.location, [
                "count": data.values.count, "expected": expected,
                "sizes": dimensions.map { "\($0.categories.count)" }.joined(separator: " × "),
            ])
            return nil
        }
        var updated: CalendarDate?
        for entry in px.all("LAST-UPDATED") {
            guard let text = entry.items.first?.text else { continue }
            guard let date = UpdatedDate.parse(text) else {
                log.warning(.importTableDate, at: entry.location,
                            ["key": "LAST-UPDATED", "value": text, "example": "\"20241029 08:00\""])
                continue
            }
            updated = max(updated ?? date, date)
        }
        return StatisticsCube(file: file, format: .px, title: px.first("TITLE")?.items.first?.text,
                              source: px.first("SOURCE")?.items.first?.text, updated: updated,
                              dimensions: dimensions, values: data.values, statuses: data.statuses)
    }

    /// `TIMEVAL("Quarter")=TLIST(Q1),"20221",…` or `TLIST(A1, "1994"-"1996")`: a known time format, and in
    /// the list form one value per category.
    private static func checkTimeValues(_ entry: PXParser.Entry, count: Int, variable: String,
                                        log: inout DiagnosticLog) {
        guard let list = entry.items.first, list.kind == .timeList else {
            log.error(.importPXTimeval, at: entry.location, ["name": variable])
            return
        }
        let format = list.text.split(separator: ",").first.map { $0.trimmingSpaces } ?? ""
        guard ["A1", "H1", "T1", "Q1", "M1", "W1"].contains(format) else {
            log.error(.importPXTimeFormat, at: list.location, ["format": format])
            return
        }
        let listed = entry.items.count - 1
        if !list.text.contains("-") && listed != count {
            log.error(.importPXTimevalCount, at: entry.location, ["name": variable, "periods": listed, "values": count])
        }
    }
}

/// The parsed keyword entries, looked up the way PX means them: entries without a language suffix (or with the
/// file's own `LANGUAGE`) are the main language's.
struct PXFile {
    let entries: [PXParser.Entry]
    let mainLanguage: String?

    init(entries: [PXParser.Entry]) {
        self.entries = entries
        mainLanguage = entries.first { $0.keyword == "LANGUAGE" && $0.language == nil }?.items.first?.text
    }

    func all(_ keyword: String) -> [PXParser.Entry] {
        entries.filter { $0.keyword == keyword && ($0.language == nil || $0.language == mainLanguage) }
    }

    /// The first main-language entry; with `subkeys`, only one whose names in parentheses are exactly these.
    func first(_ keyword: String, subkeys: [String]? = nil) -> PXParser.Entry? {
        entries.first {
            $0.keyword == keyword && ($0.language == nil || $0.language == mainLanguage)
                && (subkeys == nil || $0.subkeys == subkeys!)
        }
    }
}

extension Substring {
    var trimmingSpaces: String {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
