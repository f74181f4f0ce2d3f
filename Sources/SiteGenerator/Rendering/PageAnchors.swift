import Dashboard

/// The anchors page templates add to their pages, besides the headings of the content's Markdown, by the kind
/// and id of content a link names (`goal:3#ind-benefit-days`). The link check takes these from here, so the
/// templates that write the anchors are the only place that knows them.
enum PageAnchors {
    static func declared(in model: DashboardModel) -> [ContentLink.Kind: [String: Set<String>]] {
        var anchors: [ContentLink.Kind: [String: Set<String>]] = [:]
        for goal in model.goals { anchors[.goal, default: [:]][goal.id] = GoalPage.anchors(of: goal, in: model) }
        for area in model.areas { anchors[.area, default: [:]][area.id] = AreaPage.anchors(of: area, in: model) }
        for (id, page) in model.pages { anchors[.page, default: [:]][id] = TextPage.anchors(of: page) }
        return anchors
    }
}
