import Dashboard
import Diagnostics

/// Merges a spreadsheet's figures into an indicator's metric file by editing its text: a new period becomes one
/// new line in its series, in period order; a changed figure replaces its point in place and is reported as a
/// correction; every other byte of the file stays as it was, so the change reads as a few lines in a diff.
///
/// A corrected value that had been published as final gets the `revised` flag, which pages show beside it; a
/// provisional value replaced by another is the normal course of statistics and is not flagged.
struct MetricFileMerge {
    /// What the merge did to one point.
    enum Change {
        case added(place: String, selection: [String: String], point: Metric.Point)
        case corrected(place: String, selection: [String: String], old: Metric.Point, new: Metric.Point)
    }

    /// The file's new text.
    var text: String
    var changes: [Change]

    /// Merges `rows` into `text`, the metric file at `file`; `updated`, when given, replaces the file's
    /// `"updated"` date. Problems (a row for a place without a series, a row given twice) go to `log`.
    init?(text: String, file: String, rows: [SpreadsheetUpdate.Row], updated: CalendarDate? = nil,
          places: PlaceDirectory, log: inout DiagnosticLog) {
        var parseLog = DiagnosticLog()
        guard let root = JSONParser.parse(Array(text.utf8), file: file, log: &parseLog),
              case .object(let members) = root.value,
              case .array(let seriesNodes)? = members.first(where: { $0.key == "series" })?.value.value else {
            log.append(contentsOf: parseLog.diagnostics)
            if !parseLog.hasErrors { log.error(.importNotAMetricFile, at: SourceLocation(file: file)) }
            return nil
        }
        let source = ScalarText(text)
        var series: [SeriesKey: SeriesNode] = [:]
        for node in seriesNodes {
            guard let one = SeriesNode(node) else { continue }
            series[SeriesKey(place: one.place, selection: one.selection)] = one
        }
        var edits: [ScalarText.Edit] = []
        var changes: [Change] = []
        var seen: [RowKey: SourceLocation] = [:]
        var additions: [SeriesKey: [Metric.Point]] = [:]
        for row in rows {
            let key = RowKey(series: SeriesKey(place: row.place, selection: row.selection), period: row.point.period)
            if let first = seen[key] {
                log.error(.importDuplicateRow, at: row.location, ["line": first.line])
                continue
            }
            seen[key] = row.location
            guard let target = series[key.series] else {
                log.error(.importNoSeries, at: row.location, ["place": places.name(of: row.place), "file": file])
                continue
            }
            if let existing = target.points.first(where: { $0.point.period == row.point.period }) {
                guard !Self.same(existing.point, row.point) else { continue }
                var new = row.point
                let wasFinal = existing.point.value != nil && !existing.point.isProvisional
                if (wasFinal && existing.point.value != new.value)
                    || (existing.point.isRevised && existing.point.value == new.value) {
                    new.flags.insert(.revised)
                }
                edits.append(.init(range: source.span(at: existing.location), replacement: Self.line(new)))
                changes.append(.corrected(place: row.place, selection: row.selection, old: existing.point, new: new))
            } else {
                additions[key.series, default: []].append(row.point)
                changes.append(.added(place: row.place, selection: row.selection, point: row.point))
            }
        }
        for (key, points) in additions {
            edits += series[key]!.insertions(of: points, in: source)
        }
        if let updated, let node = members.first(where: { $0.key == "updated" })?.value {
            edits.append(.init(range: source.span(at: node.location), replacement: "\"\(updated)\""))
        }
        self.text = source.applying(edits)
        self.changes = changes
    }

    /// The point as one line of the metric file, keys in the documented order.
    static func line(_ point: Metric.Point) -> String {
        var text = "{\"period\": \"\(point.period)\", \"value\": "
        text += point.value.map(DecimalText.format) ?? "null"
        if let missing = point.missing { text += ", \"missing\": \"\(missing.rawValue)\"" }
        let flags = Metric.Flag.allCases.filter(point.flags.contains)
        if !flags.isEmpty {
            text += ", \"flags\": [" + flags.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
        }
        return text + "}"
    }

    /// Whether a spreadsheet row says nothing new about a point. A `revised` mark stays where it is.
    static func same(_ existing: Metric.Point, _ new: Metric.Point) -> Bool {
        existing.value == new.value && existing.missing == new.missing
            && existing.flags.subtracting([.revised]) == new.flags
    }

    struct SeriesKey: Hashable {
        var place: String
        var selection: [String: String]
    }

    struct RowKey: Hashable {
        var series: SeriesKey
        var period: Period
    }

    /// A series of the file: its place, selection, `values` list and points, with where each is written.
    struct SeriesNode {
        var place: String
        var selection: [String: String]
        var values: JSONNode
        var points: [(point: Metric.Point, location: SourceLocation)]

        init?(_ node: JSONNode) {
            guard case .object(let members) = node.value,
                  case .string(let place)? = members.first(where: { $0.key == "area" })?.value.value,
                  let values = members.first(where: { $0.key == "values" })?.value,
                  case .array(let elements) = values.value else { return nil }
            self.place = place
            self.values = values
            selection = [:]
            if case .object(let selectionMembers)? = members.first(where: { $0.key == "breakdown" })?.value.value {
                for member in selectionMembers {
                    if case .string(let category) = member.value.value { selection[member.key] = category }
                }
            }
            points = elements.compactMap { element in Self.point(element).map { ($0, element.location) } }
        }

        static func point(_ node: JSONNode) -> Metric.Point? {
            guard case .object(let members) = node.value else { return nil }
            func member(_ key: String) -> JSONNode.Value? { members.first { $0.key == key }?.value.value }
            guard case .string(let text)? = member("period"), let period = Period(text) else { return nil }
            var value: Double?
            if case .number(let number)? = member("value") { value = number }
            var missing: Metric.MissingReason?
            if case .string(let reason)? = member("missing") { missing = Metric.MissingReason(rawValue: reason) }
            var flags: Set<Metric.Flag> = []
            if case .array(let items)? = member("flags") {
                for item in items { if case .string(let flag) = item.value, let known = Metric.Flag(rawValue: flag) {
                    flags.insert(known)
                } }
            }
            return Metric.Point(period: period, value: value, missing: missing, flags: flags)
        }

        /// New points as lines after the latest earlier point (or before the first), indented like it.
        func insertions(of new: [Metric.Point], in source: ScalarText) -> [ScalarText.Edit] {
            guard let first = points.first else {
                let indent = String(repeating: " ", count: max(0, values.location.column - 1))
                let lines = new.sorted { $0.period < $1.period }.map { indent + "  " + MetricFileMerge.line($0) }
                return [.init(range: source.span(at: values.location),
                              replacement: "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]")]
            }
            let indent = String(repeating: " ", count: max(0, first.location.column - 1))
            var byAnchor: [Int: [Metric.Point]] = [:]
            for point in new {
                // -1: before the first point; otherwise after the last point earlier than it.
                byAnchor[points.lastIndex { $0.point.period < point.period } ?? -1, default: []].append(point)
            }
            return byAnchor.map { anchor, group in
                let lines = group.sorted { $0.period < $1.period }.map(MetricFileMerge.line)
                if anchor < 0 {
                    let start = source.span(at: first.location).lowerBound
                    return .init(range: start..<start, replacement: lines.joined(separator: ",\n" + indent) + ",\n"
                                    + indent)
                }
                let end = source.span(at: points[anchor].location).upperBound
                return .init(range: end..<end, replacement: lines.map { ",\n" + indent + $0 }.joined())
            }
        }
    }
}

/// A text as Unicode scalars, where JSON positions (line, column in scalars) become offsets, the end of a value
/// can be found, and edits can be applied.
struct ScalarText {
    struct Edit {
        var range: Range<Int>
        var replacement: String
    }

    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    func offset(_ location: SourceLocation) -> Int {
        lineStarts[max(0, min(location.line - 1, lineStarts.count - 1))] + max(0, location.column - 1)
    }

    /// The extent of the JSON value that starts at `location`: an object or list to its matching bracket, a
    /// string to its closing quote, anything else to the next `,`, `}`, `]` or line end.
    func span(at location: SourceLocation) -> Range<Int> {
        let start = offset(location)
        var index = start
        var depth = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString {
                if scalar == "\\" { index += 1 } else if scalar == "\"" {
                    inString = false
                    if depth == 0 { return start..<(index + 1) }
                }
            } else {
                switch scalar {
                case "\"": inString = true
                case "{", "[": depth += 1
                case "}", "]":
                    if depth == 0 { return start..<index }
                    depth -= 1
                    if depth == 0 { return start..<(index + 1) }
                case ",", "\n": if depth == 0 { return start..<index }
                default: break
                }
            }
            index += 1
        }
        return start..<scalars.count
    }

    /// The text with `edits` (which must not overlap) applied.
    func applying(_ edits: [Edit]) -> String {
        var result = scalars
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.replacement.unicodeScalars))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: result)
        return String(view)
    }
}

extension Diagnostic.Code {
    static let importNotAMetricFile = Diagnostic.Code(
        .importing, "not-a-metric-file", "this is not a metric file: it has no \"series\" list",
        hint: "give the indicator whose Content/data/<indicator>.json the figures belong to")
    static let importDuplicateRow = Diagnostic.Code(
        .importing, "duplicate-row", "a second row for the same place, category and period (first at line {line})",
        hint: "keep one of the rows")
    static let importNoSeries = Diagnostic.Code(
        .importing, "no-series", "{file} has no series for {place} with this category",
        hint: "add the series to the file by hand first, or correct the area or category")
}
