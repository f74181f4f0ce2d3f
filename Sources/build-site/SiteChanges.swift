/// What a build changes in the published site: the figures that changed (from the open data CSV files, which hold
/// every published figure) and the pages whose content changed. Printed by `--watch` after each rebuild and by
/// `--changes` for a pull request description, as Markdown lists that terminals show as they are.
struct SiteChanges: Equatable {
    /// One published figure that changed, appeared or went away.
    struct Figure: Equatable {
        var indicator: String
        var place: String
        /// Category ids of a breakdown, joined: `young, unemployment-rate`; empty for the total.
        var category: String
        var period: String
        var old: String?
        var new: String?
    }

    var figures: [Figure] = []
    /// Changed or new pages (`.html`), sorted.
    var pages: [String] = []
    var removedPages: [String] = []

    init(old: [String: [UInt8]], new: [String: [UInt8]]) {
        for (path, bytes) in new.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") && old[path] != bytes {
            pages.append(path)
        }
        removedPages = old.keys.filter { $0.hasSuffix(".html") && new[$0] == nil }.sorted()
        let csvFiles = Set(old.keys).union(new.keys).filter { $0.hasPrefix("data/") && $0.hasSuffix(".csv") }
        for path in csvFiles.sorted() where old[path] != new[path] {
            let before = Self.figures(in: old[path] ?? [])
            let after = Self.figures(in: new[path] ?? [])
            for key in Set(before.keys).union(after.keys).sorted() where before[key]?.text != after[key]?.text {
                let row = after[key] ?? before[key]!
                figures.append(Figure(indicator: row.indicator, place: row.place, category: row.category,
                                      period: row.period, old: before[key]?.text, new: after[key]?.text))
            }
        }
    }

    var isEmpty: Bool { figures.isEmpty && pages.isEmpty && removedPages.isEmpty }

    /// The changes as Markdown lists: figures added in bulk as one line per indicator and period, every other
    /// figure on its own line, and the pages in the default language (the others change alike) with links made
    /// by `link` from a site path. At most `limit` lines per list.
    func report(defaultLanguage: String, limit: Int = 25, link: (String) -> String) -> String {
        guard !isEmpty else { return "No page or figure changed.\n" }
        var text = ""
        var lines: [String] = []
        var added: [String: (count: Int, periods: Set<String>)] = [:]
        var addedOrder: [String] = []
        for figure in figures {
            let place = figure.category.isEmpty ? figure.place : "\(figure.place) (\(figure.category))"
            switch (figure.old, figure.new) {
            case (nil, .some):
                if added[figure.indicator] == nil { addedOrder.append(figure.indicator) }
                added[figure.indicator, default: (0, [])].count += 1
                added[figure.indicator]!.periods.insert(figure.period)
            case (.some(let old), nil):
                lines.append("- \(figure.indicator) \(figure.period) \(place): \(old) → removed")
            case (.some(let old), .some(let new)):
                lines.append("- \(figure.indicator) \(figure.period) \(place): \(old) → \(new)")
            case (nil, nil):
                break
            }
        }
        lines = addedOrder.map { indicator in
            let (count, periods) = added[indicator]!
            let sorted = periods.sorted()
            let span = sorted.count == 1 ? sorted[0] : "\(sorted.first!) – \(sorted.last!)"
            return "- \(indicator): \(count) figure\(count == 1 ? "" : "s") added (\(span))"
        } + lines
        if !lines.isEmpty {
            text += "Changed figures (\(figures.count)):\n" + Self.limited(lines, limit)
        }
        let shown = pages.filter { $0.hasPrefix(defaultLanguage + "/") || !$0.contains("/") }
        if !pages.isEmpty {
            text += "Changed pages (\(pages.count) in all languages; in \(defaultLanguage)):\n"
                + Self.limited(shown.map { "- " + link(Self.address($0)) }, limit)
        }
        if !removedPages.isEmpty {
            text += "Removed pages (\(removedPages.count)):\n" + Self.limited(removedPages.map { "- " + $0 }, limit)
        }
        return text
    }

    /// `fi/mittarit/x/index.html` → `fi/mittarit/x/`.
    static func address(_ path: String) -> String {
        path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path
    }

    static func limited(_ lines: [String], _ limit: Int) -> String {
        let shown = lines.prefix(limit).joined(separator: "\n") + "\n"
        return lines.count > limit ? shown + "- … and \(lines.count - limit) more\n" : shown
    }

    // MARK: Reading the site's own CSV files

    struct Row {
        var indicator: String
        var place: String
        var category: String
        var period: String
        /// The value as published, with its reason or flags: `23.1`, `– (suppressed)`, `25.0 (provisional)`.
        var text: String
    }

    /// The figures of one published CSV by place, category and period. The columns are the site's:
    /// indicator, area_type, area_id, area_code, area_name_fi, …, one per breakdown, period, value,
    /// missing_reason, flags, unit.
    static func figures(in bytes: [UInt8]) -> [String: Row] {
        var rows = csvRows(String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes,
                                  as: UTF8.self))
        guard !rows.isEmpty else { return [:] }
        let header = rows.removeFirst()
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let indicator = column("indicator"), let id = column("area_id"), let name = column("area_name_fi"),
              let lastName = header.lastIndex(where: { $0.hasPrefix("area_name_") }), let period = column("period"),
              let value = column("value"), let missing = column("missing_reason"), let flags = column("flags"),
              lastName < period else { return [:] }
        let breakdowns = (lastName + 1)..<period
        var result: [String: Row] = [:]
        for row in rows where row.count == header.count {
            let category = breakdowns.map { row[$0] }.joined(separator: ", ")
            var text = row[value].isEmpty ? "–" : row[value]
            let notes = [row[missing], row[flags].split(separator: ";").joined(separator: ", ")].filter { !$0.isEmpty }
            if !notes.isEmpty { text += " (" + notes.joined(separator: ", ") + ")" }
            result[row[id] + "|" + category + "|" + row[period]] = Row(
                indicator: row[indicator], place: row[name], category: category, period: row[period], text: text)
        }
        return result
    }

    /// RFC 4180 rows: fields in double quotes may hold commas, line breaks and doubled quotes.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var previousQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if previousQuote { field.append("\"") }
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r\n", "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default:
                field.append(character)
            }
            previousQuote = false
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
