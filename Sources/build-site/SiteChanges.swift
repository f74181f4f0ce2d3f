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

    /// The changes as Markdown lists, at most `limit` lines each: figures added, and provisional figures that
    /// became final unchanged, counted per indicator; every other changed figure on its own line; then the pages
    /// in the default language (the others change alike), a section with many changed pages as one line, with
    /// links made by `link` from a site address.
    func report(defaultLanguage: String, limit: Int = 25, link: (String) -> String) -> String {
        guard !isEmpty else { return "No page or figure changed.\n" }
        var text = ""
        var lines: [String] = []
        var counted: [String: (count: Int, periods: Set<String>)] = [:]
        var countedOrder: [String] = []
        func count(_ key: String, _ period: String) {
            if counted[key] == nil { countedOrder.append(key) }
            counted[key, default: (0, [])].count += 1
            counted[key]!.periods.insert(period)
        }
        for figure in figures {
            let place = figure.category.isEmpty ? figure.place : "\(figure.place) (\(figure.category))"
            switch (figure.old, figure.new) {
            case (nil, .some):
                count("\(figure.indicator)|added", figure.period)
            case (.some(let old), nil):
                lines.append("- \(figure.indicator) \(figure.period) \(place): \(old) → removed")
            case (.some(let old), .some(let new)) where old == new + " (provisional)":
                count("\(figure.indicator)|final", figure.period)
            case (.some(let old), .some(let new)):
                lines.append("- \(figure.indicator) \(figure.period) \(place): \(old) → \(new)")
            case (nil, nil):
                break
            }
        }
        let summaries = countedOrder.map { key in
            let (count, periods) = counted[key]!
            let sorted = periods.sorted()
            let span = sorted.count == 1 ? sorted[0] : "\(sorted.first!) – \(sorted.last!)"
            let parts = key.split(separator: "|")
            let what = parts[1] == "added"
                ? "figure\(count == 1 ? "" : "s") added" : "provisional figure\(count == 1 ? "" : "s") now final"
            return "- \(parts[0]): \(count) \(what) (\(span))"
        }
        if !figures.isEmpty {
            text += "Changed figures (\(figures.count)):\n" + Self.limited(summaries + lines, limit)
        }
        if !pages.isEmpty {
            text += "Changed pages (\(pages.count) in all languages; in \(defaultLanguage)):\n"
                + Self.limited(Self.grouped(pages.filter { $0.hasPrefix(defaultLanguage + "/") || !$0.contains("/") },
                                            link: link), limit)
        }
        if !removedPages.isEmpty {
            text += "Removed pages (\(removedPages.count)):\n" + Self.limited(removedPages.map { "- " + $0 }, limit)
        }
        return text
    }

    /// One line per page, except that a section (`fi/alueet/`) with more than `sectionLimit` changed pages is one
    /// line: a change seen on every area page (say, the size of a download) should not hide the indicator's page.
    static let sectionLimit = 12

    static func grouped(_ pages: [String], link: (String) -> String) -> [String] {
        var sections: [String: [String]] = [:]
        for page in pages {
            let parts = page.split(separator: "/")
            sections[parts.count > 2 ? parts.prefix(2).joined(separator: "/") + "/" : page, default: []].append(page)
        }
        return sections.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }.flatMap { section, list in
            list.count > sectionLimit ? ["- " + link(section) + " and below: \(list.count) pages"]
                : list.map { "- " + link(address($0)) }
        }
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
