import Charts
import Dashboard

/// The monitoring process: the annual cycle (vuosikello) and the work plan as a table and a timeline.
struct ProcessPage {
    let context: PageContext

    func render() -> PageContent {
        let process = context.model.process
        var body = "<p class=\"lead\">\(context.t("process.lead"))</p>\n"
        if let note = process.note { body += "<p class=\"note\">\(context.text(note))</p>\n" }
        let events = process.cycle.map {
            AnnualCycle.Event(month: $0.month - 1, label: context.plainText($0.event), when: context.format.monthName($0.month))
        }
        let cycle = AnnualCycle(monthLabels: (1...12).map { String(context.format.monthName($0).prefix(3)) },
                                events: events, centerLabel: context.strings["process.cycle.center"])
        let cycleTable = DataTable(
            caption: context.strings["process.cycle.title"],
            columns: [context.strings["process.month"], context.strings["process.event"]],
            rows: process.cycle.map { DataTable.Row(header: .init(context.format.monthName($0.month)),
                                                    cells: [.init(context.plainText($0.event))]) })
        let description = process.cycle.map { context.format.monthName($0.month) + ": " + context.plainText($0.event) }
            .joined(separator: "; ")
        body += Figure(ids: ChartIDs("process-cycle"), title: context.strings["process.cycle.title"],
                       subtitle: context.strings["process.cycle.subtitle"], description: description, summary: "",
                       source: "", table: cycleTable, tableToggle: context.strings["chart.show-table"], headingLevel: 2)
            .html(cycle).string
        body += "<h2>\(context.t("process.workplan"))</h2>\n"
        body += workPlanTable(process.workPlan)
        body += "<h3>\(context.t("process.timeline"))</h3>\n" + timeline(process.workPlan)
        if context.resources.routeExists(.discussions) {
            body += "<h2>\(context.t("discussions.title"))</h2>\n<p><a href=\"\(context.href(.discussions))\">"
                + "\(context.t("process.discussions-link"))</a></p>\n"
        }
        return PageContent(title: context.strings["process.title"], description: context.strings["process.lead"],
                           breadcrumbs: [(context.strings["nav.home"], .home)], body: body)
    }

    func workPlanTable(_ tasks: [MonitoringProcess.Task]) -> String {
        let caption = context.strings["process.workplan"]
        var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTML.escape(caption))\">"
            + "<table class=\"data-table\">\n<caption>\(HTML.escape(caption))</caption>\n<thead><tr>"
            + "<th scope=\"col\">\(context.t("process.task"))</th><th scope=\"col\">\(context.t("process.output"))</th>"
            + "<th scope=\"col\">\(context.t("process.schedule"))</th><th scope=\"col\">\(context.t("process.status"))</th>"
            + "</tr></thead>\n<tbody>\n"
        for task in tasks {
            html += "<tr><th scope=\"row\">\(context.text(task.task))</th><td>\(context.text(task.output))</td>"
                + "<td>\(HTML.escape(schedule(task)))</td>"
                + "<td>\(taskStatus(task.status))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    func schedule(_ task: MonitoringProcess.Task) -> String {
        context.format.shortPeriod(task.start) + "–" + context.format.shortPeriod(task.end)
    }

    func taskStatus(_ status: MonitoringProcess.Task.Status) -> String {
        "<span class=\"task-status task-status--\(status.rawValue)\">\(context.t("task.\(status.rawValue)"))</span>"
    }

    /// A text timeline: one row per task with a bar placed by CSS grid columns (classes, no inline styles).
    func timeline(_ tasks: [MonitoringProcess.Task]) -> String {
        guard let first = tasks.map(\.start).min(), let last = tasks.map(\.end).max() else { return "" }
        let startYear = first.year, endYear = last.year
        var html = "<ol class=\"timeline\" aria-label=\"\(HTML.escape(context.strings["process.timeline"]))\">\n"
        for task in tasks {
            // Quarter-based placement keeps the number of CSS classes small: q0…q11 over three years.
            let startQuarter = (task.start.year - startYear) * 4 + (task.start.part - 1) / 3
            let endQuarter = (task.end.year - startYear) * 4 + (task.end.part - 1) / 3
            html += "<li class=\"timeline__row\"><span class=\"timeline__label\">\(context.text(task.task)) "
                + "<span class=\"meta\">\(HTML.escape(schedule(task)))</span> \(taskStatus(task.status))</span>"
                + "<span class=\"timeline__track\" aria-hidden=\"true\"><span class=\"timeline__bar timeline__bar--\(task.status.rawValue) "
                + "from-\(max(0, min(startQuarter, 15))) to-\(max(0, min(endQuarter, 15)))\"></span></span></li>\n"
        }
        html += "</ol>\n<p class=\"timeline__axis\" aria-hidden=\"true\">"
        for year in startYear...endYear { html += "<span>\(year)</span>" }
        return html + "</p>\n"
    }
}
