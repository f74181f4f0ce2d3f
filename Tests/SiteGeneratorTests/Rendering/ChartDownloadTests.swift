import Testing

@testable import SiteGenerator

/// The files offered beside line charts: every link finds its file, no file is written twice, and the two
/// CSVs hold exactly the numbers of the chart's table (the table shows what the chart draws).
@Suite struct ChartDownloadTests {
    let site = SiteFixture.site

    /// A line chart's figure on a page: its data table and where its downloads point.
    struct LineFigure {
        var page: String
        var id: String
        var columns: [String]
        /// Newest period first, as on the page: the period's label and one cell per line.
        var rows: [(period: String, cells: [String])]
        var downloads: [String]
    }

    var lineFigures: [LineFigure] {
        site.keys.sorted().filter { $0.hasSuffix(".html") }.flatMap { page -> [LineFigure] in
            let html = site[page]!
            return html.components(separatedBy: "<figure class=\"chart-figure chart-figure--line\" id=\"")
                .dropFirst().map { figure in
                    let id = String(figure.prefix { $0 != "\"" })
                    let body = figure.components(separatedBy: "</figure>")[0]
                    let downloads = body.matches(of: /<a href="([^"]+)" download>/).compactMap {
                        HTMLProbe.resolve(String($0.output.1), from: page)
                    }
                    let head = body.components(separatedBy: "<thead>").last?.components(separatedBy: "</thead>")[0] ?? ""
                    let columns = head.matches(of: /<th scope="col"[^>]*>([^<]*)<\/th>/).map { String($0.output.1) }
                    let tableBody = body.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>")[0] ?? ""
                    let rows = tableBody.components(separatedBy: "<tr>").dropFirst().map { row in
                        (period: String(row.firstMatch(of: /<th scope="row">([^<]*)<\/th>/)?.output.1 ?? ""),
                         cells: row.matches(of: /<td class="num">([^<]*)<\/td>/).map { String($0.output.1) })
                    }
                    return LineFigure(page: page, id: id, columns: Array(columns.dropFirst()), rows: rows,
                                      downloads: downloads)
                }
        }
    }

    /// A CSV file's records (no quoted fields in these files), without the byte order mark.
    static func records(_ text: String, separator: Character) -> [[String]] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return body.components(separatedBy: "\r\n").dropLast().map {
            $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// A table cell's number ("10,6 % (ennakko)" → "10.6", in English "1,200" → "1200"), or nil when the cell
    /// says why there is none.
    static func number(inCell cell: String, page: String) -> String? {
        let english = page.hasPrefix("en/")
        let digits = cell.replacingOccurrences(of: english ? "," : "\u{A0}", with: "")
            .replacingOccurrences(of: "\u{2212}", with: "-")
        guard let match = digits.firstMatch(of: english ? /^-?[0-9]+(\.[0-9]+)?/ : /^-?[0-9]+(,[0-9]+)?/) else {
            return nil
        }
        return String(match.output.0).replacingOccurrences(of: ",", with: ".")
    }

    @Test func everyDownloadLinkFindsItsFile() throws {
        let figures = lineFigures
        #expect(figures.count > 10)
        for figure in figures {
            #expect(figure.downloads.map { $0.components(separatedBy: "/").last! }.map {
                $0.hasSuffix("-excel.csv") ? "excel" : $0.hasSuffix(".csv") ? "csv" : "svg"
            } == ["svg", "csv", "excel"], "\(figure.page) #\(figure.id)")
            for path in figure.downloads {
                #expect(site[path] != nil, "\(figure.page) #\(figure.id) links to \(path), which is not written")
            }
        }
    }

    @Test func noChartFileIsWrittenTwice() {
        // The same chart on two pages (an area and its goal page, a goal and its indicator) shares one set of
        // files: no two exported files of a language are the same bytes.
        let exports = site.filter { path, _ in
            !path.hasPrefix("data/") && !path.hasPrefix("assets/") && (path.hasSuffix(".csv") || path.hasSuffix(".svg"))
        }
        let byContent = Dictionary(grouping: exports.keys.sorted(), by: { exports[$0]! })
        for paths in byContent.values where paths.count > 1 {
            Issue.record("written twice: \(paths)")
        }
        // Every exported file is linked from the page beside it.
        let linked = Set(lineFigures.flatMap(\.downloads))
        #expect(Set(exports.keys) == linked)
    }

    @Test func theCSVsHoldExactlyTheNumbersOfTheChart() throws {
        for figure in lineFigures {
            let where_ = "\(figure.page) #\(figure.id)"
            let tidyPath = try #require(figure.downloads.first { $0.hasSuffix(".csv") && !$0.hasSuffix("-excel.csv") })
            let excelPath = try #require(figure.downloads.first { $0.hasSuffix("-excel.csv") })
            let tidy = Self.records(try #require(site[tidyPath]), separator: ",")
            let excelText = try #require(site[excelPath])
            #expect(excelText.hasPrefix("\u{FEFF}"), "\(excelPath) starts with a byte order mark")
            #expect(!(site[tidyPath] ?? "").hasPrefix("\u{FEFF}"))
            let excel = Self.records(excelText, separator: ";")
            #expect(tidy.first?.count == 4 && excel.first == tidy.first, "\(where_): header")
            // Oldest period first, one record per period and line, in the table's order.
            let expected = figure.rows.reversed().flatMap { row in zip(figure.columns, row.cells).map { ($0, $1) } }
            let records = Array(tidy.dropFirst())
            #expect(records.count == expected.count, "\(where_): \(records.count) records for \(expected.count) cells")
            for (record, (place, cell)) in zip(records, expected) {
                #expect(record[1] == place, "\(where_): \(record)")
                if let number = Self.number(inCell: cell, page: figure.page) {
                    #expect(record[2] == number, "\(where_): \(record) against the table's \(cell)")
                } else {
                    #expect(record[2].isEmpty, "\(where_): \(record)")
                    // A reason shown in the table is the note; the bare dash says nothing more.
                    #expect(record[3] == (cell == "–" ? "" : cell), "\(where_): \(record) against \(cell)")
                }
            }
            // The spreadsheet file has the same fields, with a decimal comma.
            #expect(excel.count == tidy.count)
            for (tidyRecord, excelRecord) in zip(tidy.dropFirst(), excel.dropFirst()) {
                var converted = tidyRecord
                converted[2] = converted[2].replacingOccurrences(of: ".", with: ",")
                #expect(excelRecord == converted, "\(excelPath)")
            }
        }
    }
}
