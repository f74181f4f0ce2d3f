import Dashboard
import Diagnostics
import Foundation
import Publishing

extension ImportStatsCommand {
    /// `merge`: an editor's spreadsheet into one indicator's metric file. The content is read to know the
    /// indicator and to name places; the merged file is checked the way the build checks it, and written only
    /// when it has no error.
    mutating func merge(_ spreadsheet: String, indicator id: String) -> Status {
        let contentFolder = arguments.content
        let files: [String: [UInt8]]
        do {
            files = try DirectoryReader.read(contentFolder)
        } catch {
            standardError("import-stats: error: \(error.description)\n")
            return .usageOrEnvironment
        }
        let content = ContentFiles(root: Self.displayRoot(contentFolder), files: files)
        let dataKey = "data/\(id).json"
        let dataPath = content.displayPath(dataKey)
        var contentLog = DiagnosticLog()
        let model = ContentResolver.resolve(content, log: &contentLog)
        guard let model, let indicator = model.indicator(id), let original = files[dataKey] else {
            let ids = model?.indicators.map(\.id) ?? []
            var message = "import-stats: error: there is no indicator '\(id)' with a data file \(dataPath) "
                + "that loads without errors"
            if let near = Suggestion.closest(to: id, among: ids) { message += "; did you mean '\(near)'?" }
            standardError(message + "\n")
            if files[dataKey] != nil { printDiagnostics(Self.only(dataPath, in: contentLog)) }
            return .contentErrors
        }
        guard let raw = read(spreadsheet) else { return .usageOrEnvironment }
        var log = DiagnosticLog()
        guard let decoded = StatisticsText.decode(raw, file: spreadsheet, encoding: .utf8OrWindows1252, log: &log)
        else { return finish(log) }
        let text = String(decoding: decoded, as: UTF8.self)
        texts[spreadsheet] = text
        let places = PlaceDirectory(model)
        let table = DelimitedText(text, file: spreadsheet, log: &log)
        let update = SpreadsheetUpdate(table, file: spreadsheet, metric: indicator.metric, places: places, log: &log)
        guard !log.hasErrors else { return finish(log) }

        let layout = FileLayout(original)
        let updated = arguments.updated.flatMap(CalendarDate.init)
        guard let merged = MetricFileMerge(text: layout.text, file: dataPath, rows: update.rows, updated: updated,
                                           places: places, log: &log), !log.hasErrors else { return finish(log) }
        // The merged file, checked as the build checks it: nothing is written that the site would refuse.
        var changed = files
        changed[dataKey] = layout.restoring(merged.text)
        var checkLog = DiagnosticLog()
        _ = ContentResolver.resolve(ContentFiles(root: content.root, files: changed), log: &checkLog)
        let findings = Self.only(dataPath, in: checkLog)
        texts[dataPath] = merged.text
        if findings.hasErrors {
            printDiagnostics(findings)
            standardError("import-stats: the merged \(dataPath) would have errors; nothing was written\n")
            return .contentErrors
        }
        if !arguments.quiet {
            standardOutput(Self.report(merged.changes, file: dataPath, places: places, model: model,
                                       decimals: indicator.metric.decimals, updated: updated))
        }
        printDiagnostics(findings)
        guard !arguments.check else {
            if !arguments.quiet { standardOutput("import-stats: --check: nothing was written\n") }
            return .success
        }
        guard !merged.changes.isEmpty || updated != nil else { return .success }
        do {
            try AtomicFile.replace(contentFolder + "/" + dataKey, with: changed[dataKey]!)
        } catch {
            standardError("import-stats: error: \(error.description)\n")
            return .usageOrEnvironment
        }
        return .success
    }

    /// What the merge did, for the editor and a pull request: the periods added, every changed or newly arrived
    /// figure on a line of its own, and provisional figures confirmed unchanged as a count.
    static func report(_ changes: [MetricFileMerge.Change], file: String, places: PlaceDirectory,
                       model: DashboardModel, decimals: Int, updated: CalendarDate?) -> String {
        var added: [Period: Set<String>] = [:]
        var addedCount: [Period: Int] = [:]
        var confirmed: [Period: Int] = [:]
        var lines: [String] = []
        for change in changes {
            switch change {
            case .added(let place, _, let point):
                added[point.period, default: []].insert(place)
                addedCount[point.period, default: 0] += 1
            case .corrected(let place, let selection, let old, let new):
                if old.value == new.value && old.missing == new.missing && old.isProvisional && !new.isProvisional {
                    confirmed[new.period, default: 0] += 1
                    continue
                }
                let category = selection.isEmpty ? "" : " (" + selection.sorted { $0.key < $1.key }
                    .map(\.value).joined(separator: ", ") + ")"
                let kind = old.value == nil ? "new figure"
                    : old.value == new.value ? "marking changed"
                    : old.isProvisional ? "provisional figure replaced" : "correction"
                lines.append("  \(new.period) \(places.name(of: place))\(category): "
                             + "\(shown(old, decimals)) → \(shown(new, decimals)), \(kind)\n")
            }
        }
        guard !changes.isEmpty else {
            return "import-stats: \(file): no new or changed figures" + (updated.map { "; updated \($0)" } ?? "")
                + "\n"
        }
        var text = "import-stats: \(file):\n"
        for (period, placesAdded) in added.sorted(by: { $0.key < $1.key }) {
            let areas = placesAdded.filter { model.area($0) != nil }.count
            let regions = placesAdded.filter { model.region($0) != nil }.count
            var parts = ["\(areas) area\(areas == 1 ? "" : "s")"]
            if regions > 0 { parts.append("\(regions) centre\(regions == 1 ? "" : "s")") }
            if placesAdded.contains(Metric.wholeCountry) { parts.append("the whole country") }
            text += "  added \(period): \(addedCount[period]!) figures for " + parts.joined(separator: ", ") + "\n"
        }
        for (period, count) in confirmed.sorted(by: { $0.key < $1.key }) {
            text += "  \(period): \(count) provisional figure\(count == 1 ? "" : "s") now final, unchanged\n"
        }
        text += lines.joined()
        if let updated { text += "  updated: \(updated)\n" }
        return text
    }

    /// A value as the site rounds it, with its markings: `23.8`, `25.0 (provisional)`, `–`.
    static func shown(_ point: Metric.Point, _ decimals: Int) -> String {
        var text = point.value.map { String(format: "%.\(decimals)f", $0) } ?? "–"
        if point.isProvisional { text += " (provisional)" }
        return text
    }

    /// The diagnostics about one file.
    static func only(_ file: String, in log: DiagnosticLog) -> DiagnosticLog {
        var result = DiagnosticLog()
        result.append(contentsOf: log.diagnostics.filter { $0.file == file })
        return result
    }

    /// `Content` for `./Content/`, as messages show paths.
    static func displayRoot(_ path: String) -> String {
        var root = path
        while root.hasPrefix("./") { root.removeFirst(2) }
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        return root
    }

    /// A metric file's byte-order mark and line ends, kept through the merge: the merge works on `\n` text.
    struct FileLayout {
        var text: String
        var byteOrderMark: Bool
        var windowsLineEnds: Bool

        init(_ bytes: [UInt8]) {
            byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = byteOrderMark ? Array(bytes.dropFirst(3)) : bytes
            windowsLineEnds = body.contains(0x0D)
            text = String(decoding: SourceText.normaliseLineEnds(body), as: UTF8.self)
        }

        func restoring(_ merged: String) -> [UInt8] {
            var bytes = Array((windowsLineEnds ? merged.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\r\n") : merged).utf8)
            if byteOrderMark { bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
            return bytes
        }
    }
}
