import Charts
import Dashboard
import Markup

/// The monitoring process: the annual cycle (vuosikello) and the work plan as a table and a timeline.
struct ProcessPage {
    let context: PageContext

    func render() -> PageContent {
        let process = context.model.process
        var body: HTML = "<p class=\"lead\">\(context.text("process.lead"))</p>\n"
        if let note = process.note { body += "<p class=\"note\">\(context.text(note))</p>\n" }
        let events = process.cycle.map {
            AnnualCycle.Event(month: $0.month - 1, label: context.string($0.event),
                              when: context.format.monthName($0.month))
        }
        let cycle = AnnualCycle(monthLabels: (1...12).map { String(context.format.monthName($0).prefix(3)) },
                                events: events, centerLabel: context.string("process.cycle.center"))
        let cycleTable = DataTable(
            caption: context.string("process.cycle.title"),
            columns: [context.string("process.month"), context.string("process.event")],
            rows: process.cycle.map { DataTable.Row(header: .init(context.format.monthName($0.month)),
                                                    cells: [.init(context.string($0.event))]) })
        let description = process.cycle.map { context.format.monthName($0.month) + ": " + context.string($0.event) }
            .joined(separator: "; ")
        body += Figure(ids: ChartIDs("process-cycle"), title: context.string("process.cycle.title"),
                       subtitle: context.string("process.cycle.subtitle"), description: description, summary: "",
                       source: "", table: cycleTable, tableToggle: context.string("chart.show-table"), headingLevel: 2)
            .html(cycle)
        body += "<h2>\(context.text("process.workplan"))</h2>\n"
        body += workPlanTable(process.workPlan)
        body += "<h3>\(context.text("process.timeline"))</h3>\n" + timeline(process.workPlan)
        if context.resources.routeExists(.discussions) {
            body += "<h2>\(context.text("discussions.title"))</h2>\n<p><a href=\"\(context.href(.discussions))\">"
                + "\(context.text("process.discussions-link"))</a></p>\n"
        }
        return PageContent(title: context.string("process.title"), description: context.string("process.lead"),
                           breadcrumbs: [(context.string("nav.home"), .home)], body: PageFragment(body))
    }

    func workPlanTable(_ tasks: [MonitoringProcess.Task]) -> HTML {
        Table(
            caption: context.string("process.workplan"),
            columns: ["process.task", "process.output", "process.schedule", "process.status"]
                .map { .init(context.text($0)) },
            rows: tasks.map { task in
                Table.Row(header: .init(context.text(task.task)), cells: [
                    .init(context.text(task.output)), .init(text: schedule(task)), .init(taskStatus(task.status)),
                ])
            }
        ).html
    }

    func schedule(_ task: MonitoringProcess.Task) -> String {
        context.format.shortPeriod(task.start) + "–" + context.format.shortPeriod(task.end)
    }

    func taskStatus(_ status: MonitoringProcess.Task.Status) -> HTML {
        "<span class=\"task-status task-status--\(status.rawValue)\">\(context.text("task.\(status.rawValue)"))</span>"
    }

    /// A text timeline: one row per task with a bar placed by CSS grid columns (classes, no inline styles).
    func timeline(_ tasks: [MonitoringProcess.Task]) -> HTML {
        guard let first = tasks.map(\.start).min(), let last = tasks.map(\.end).max() else { return HTML() }
        let startYear = first.year, endYear = last.year
        var html: HTML = "<ol class=\"timeline\" aria-label=\"\(context.string("process.timeline"))\">\n"
        for task in tasks {
            // Quarter-based placement keeps the number of CSS classes small: q0…q11 over three years.
            let startQuarter = (task.start.year - startYear) * 4 + (task.start.part - 1) / 3
            let endQuarter = (task.end.year - startYear) * 4 + (task.end.part - 1) / 3
            html += "<li class=\"timeline__row\"><span class=\"timeline__label\">\(context.text(task.task)) "
                + "<span class=\"meta\">\(schedule(task))</span> \(taskStatus(task.status))</span>"
                + "<span class=\"timeline__track\" aria-hidden=\"true\">"
                + "<span class=\"timeline__bar timeline__bar--\(task.status.rawValue) "
                + "from-\(max(0, min(startQuarter, 15))) to-\(max(0, min(endQuarter, 15)))\"></span></span></li>\n"
        }
        html += "</ol>\n<p class=\"timeline__axis\" aria-hidden=\"true\">"
        for year in startYear...endYear { html += "<span>\(year)</span>" }
        return html + "</p>\n"
    }
}
