import Dashboard
import Markup

/// The notice on every page that says which figures are illustrative and which are real statistics. It is read
/// from the provenance of the metric files, so it cannot claim more or less than the figures themselves say.
enum DataNotice {
    /// The notice, or nothing on a site whose figures are all real and that is not marked as an example.
    static func html(context: PageContext) -> HTML {
        let model = context.model
        let illustrative = model.indicators.filter { !$0.metric.provenance.isReal }
        guard model.settings.exampleData || !illustrative.isEmpty else { return HTML() }
        var sentences: [HTML] = [context.text("notice.example.text")]
        if !illustrative.isEmpty {
            // Name the goal indicators when they are exactly the illustrative ones; otherwise point to the marks.
            let exactlyTheGoals = illustrative.allSatisfy { $0.kind == .goal }
                && illustrative.count == model.indicators.filter({ $0.kind == .goal }).count
            sentences.append(context.text(exactlyTheGoals ? "notice.illustrative.goals" : "notice.illustrative.marked"))
        }
        let snapshot = model.contextIndicators
        if !snapshot.isEmpty, snapshot.allSatisfy({ $0.metric.provenance.isReal }),
           let period = snapshot.compactMap(\.metric.latestPeriod).max() {
            sentences.append("\(context.string("notice.real.snapshot", ["period": context.format.period(period)]))")
        }
        return "<div class=\"notice notice--example\" role=\"note\"><div class=\"wrap\"><p><strong>"
            + "\(context.text("notice.example.title"))</strong> \(sentences.joined(separator: " "))"
            + " <a href=\"\(context.href(SpecialPage.methods.route))\">\(context.text("notice.example.link"))</a>"
            + "</p></div></div>\n"
    }
}
