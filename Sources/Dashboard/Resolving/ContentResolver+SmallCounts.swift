import Diagnostics

extension ContentResolver {
    /// The smallest count an area may publish: 1 to `smallestPublishedCount - 1` people could be recognised.
    /// The methods page states this rule; `MethodsPageTests` compares the two.
    public static let smallestPublishedCount = 5

    /// The small-count rule: an area's count of 1–4 is never published; the data must mark it
    /// `"value": null, "missing": "suppressed"` instead. Zero is allowed (nobody to recognise).
    static func checkSmallCount(_ point: Metric.Point, in node: JSONNode, log: inout DiagnosticLog) {
        guard let value = point.value, value > 0, value < Double(smallestPublishedCount) else { return }
        var location = node.location
        if case .object(let members) = node.value, let member = members.first(where: { $0.key == "value" }) {
            location = member.value.location
        }
        log.error(.smallCount, at: location, [
            "value": SmallCountText.number(value), "period": point.period.description,
            "limit": smallestPublishedCount, "largest": smallestPublishedCount - 1,
        ])
    }
}

extension Diagnostic.Code {
    static let smallCount = Diagnostic.Code(
        .metric, "small-count",
        "the area count {value} for {period} is below {limit}: counts of 1 to {largest} people are not published for areas",
        hint: "write \"value\": null, \"missing\": \"suppressed\" (see the methods page)")
}

private enum SmallCountText {
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
