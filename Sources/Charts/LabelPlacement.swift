/// Spreads labels along one axis so they do not overlap, moving each as little as possible.
enum LabelPlacement {
    /// Returns the top edge for each label, given where its centre would like to be.
    ///
    /// Labels keep their order by desired position, are pushed apart by at least `gap`, and are kept
    /// within `minimum…maximum` when they fit; when they do not fit, they start at `minimum` and overflow at the end.
    static func spread(desiredCentres: [Double], heights: [Double], gap: Double, minimum: Double, maximum: Double) -> [Double] {
        let order = desiredCentres.indices.sorted { desiredCentres[$0] < desiredCentres[$1] || (desiredCentres[$0] == desiredCentres[$1] && $0 < $1) }
        var tops = [Double](repeating: 0, count: desiredCentres.count)
        var cursor = minimum
        for index in order {
            let top = Swift.max(desiredCentres[index] - heights[index] / 2, cursor)
            tops[index] = top
            cursor = top + heights[index] + gap
        }
        // Walk back up from the bottom so the last label stays inside, without passing the top edge.
        var limit = maximum
        for index in order.reversed() {
            let top = Swift.min(tops[index], limit - heights[index])
            tops[index] = top
            limit = top - gap
        }
        var floor = minimum
        for index in order {
            tops[index] = Swift.max(tops[index], floor)
            floor = tops[index] + heights[index] + gap
        }
        return tops
    }
}
