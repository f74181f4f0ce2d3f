import Charts

/// Small fixed inputs for each chart kind, shared by the golden and accessibility tests.
enum Fixtures {
    static let sixMonths = TestFormats.months(6, from: 2025)

    /// An area, its region and the whole country over six months; a gap in March, provisional June.
    static let line = LineChart(
        periods: sixMonths,
        series: [
            .init(label: "Area <A>", role: .primary, values: [10.2, 9.8, nil, 9.1, 9.0, 8.7],
                  provisional: [false, false, false, false, false, true]),
            .init(label: "Region", role: .comparison, values: [10.8, 10.6, 10.5, 10.1, 10.0, 9.9]),
            .init(label: "Whole country", role: .reference, values: [11.5, 11.4, 11.2, 11.0, 10.9, 10.9]),
        ],
        format: TestFormats.finnishPercent, decimals: 1,
        baseline: .init(periodIndex: 1, label: "Goal period"),
        provisionalNote: "Provisional")

    static let ranking = RankingChart(
        entries: [
            .init(label: "Bravo", value: 7.5, href: "../bravo/"),
            .init(label: "Alpha & Co", value: 12.25, href: "../alpha/"),
            .init(label: "Charlie", value: 7.5, href: "../charlie/", isCurrent: true),
            .init(label: "Delta", value: nil),
        ],
        format: TestFormats.finnishPercent, decimals: 1,
        reference: .init(value: 9.0, label: "Whole country"),
        missingText: "no data")

    static let sparkline = Sparkline(values: [3, 4, nil, 5, 4.5, 6], provisional: [false, false, false, false, false, true])

    static let multiples = SmallMultiples(
        periods: TestFormats.months(4, from: 2025),
        panels: [
            .init(title: "North", href: "../north/", values: [5, 6, 7, 6], description: "North: 6 in April"),
            .init(title: "South", values: [8, nil, 9, 10], provisional: [false, false, false, true],
                  description: "South: 10 in April, provisional", isCurrent: true),
        ],
        reference: .init(label: "Whole country", values: [6, 7, 7, 8]),
        format: TestFormats.finnish, decimals: 0)

    static let tileMap = TileMap(
        tiles: [
            .init(column: 0, row: 0, shortLabel: "NOR", name: "North", valueClass: 0, valueText: "5,0", href: "../north/"),
            .init(column: 1, row: 0, shortLabel: "EAS", name: "East", valueClass: 2, valueText: "9,5", href: "../east/", isCurrent: true),
            .init(column: 0, row: 1, shortLabel: "SOU", name: "South", valueClass: 1, valueText: "7,0", href: "../south/"),
            .init(column: 1, row: 1, shortLabel: "WES", name: "West", valueClass: nil, valueText: "–", href: "../west/"),
        ],
        classLabels: ["under 6 %", "6–8 %", "8 % or more"],
        noDataLabel: "No data")

    static let cycle = AnnualCycle(
        monthLabels: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        events: [
            .init(month: 8, label: "Mid-term review"),
            .init(month: 2, label: "Monitoring discussions", when: "March–May"),
            .init(month: 1, label: "Expert assessment"),
        ],
        currentMonth: 2, centerLabel: "2026")

    static func figure(_ prefix: String, table: DataTable? = nil) -> Figure {
        Figure(ids: ChartIDs(prefix), title: "Unemployment fell", subtitle: "Unemployed, % of the labour force",
               description: "The area: 8,7 % in June 2025.", summary: "In June 2025 the share was 8,7 %.",
               source: "Source: example. Updated 1.7.2025.", table: table, tableToggle: "Show the data as a table")
    }

    /// Every chart kind in a figure, as a page would hold them, with distinct id prefixes.
    static var allFigures: [String] {
        [
            figure("chart-line", table: line.dataTable(caption: "Share", periodHeader: "Month", missing: "–",
                                                       provisionalSuffix: " (provisional)")).html(line).string,
            figure("chart-ranking").html(ranking).string,
            figure("chart-multiples").html(multiples).string,
            figure("chart-tiles").html(tileMap).string,
            figure("chart-cycle").html(cycle).string,
            sparkline.html(value: "6", change: "+1 in a year").string,
        ]
    }
}
