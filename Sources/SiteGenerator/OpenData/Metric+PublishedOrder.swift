import Dashboard

extension Metric {
    /// The series in the order data files list them: by place (``PublishedPlace/isOrderedBefore(_:_:)``),
    /// then by breakdown selection in the order the metric declares its categories (the total first). The
    /// metric file's own order plays no part, so reordering it does not change a published byte.
    func publishedSeries(model: DashboardModel, strings: PublishingStrings) -> [(place: PublishedPlace, series: Series)]
    {
        var places: [String: PublishedPlace] = [:]
        for series in series where places[series.place] == nil {
            places[series.place] = PublishedPlace(id: series.place, model: model, strings: strings)
        }
        return series.map { (place: places[$0.place]!, series: $0) }.sorted { lhs, rhs in
            if lhs.place.id != rhs.place.id { return PublishedPlace.isOrderedBefore(lhs.place, rhs.place) }
            let (left, right) = (selectionKey(lhs.series.selection), selectionKey(rhs.series.selection))
            if left != right { return left.lexicographicallyPrecedes(right) }
            return canonical(lhs.series.selection) < canonical(rhs.series.selection)
        }
    }

    /// The positions of a selection's categories, breakdown by breakdown; -1 where the selection names none, and
    /// `Int.max` for an id the metric does not declare (the loader rejects those).
    private func selectionKey(_ selection: [String: String]) -> [Int] {
        breakdowns.map { breakdown in
            guard let categoryID = selection[breakdown.id] else { return -1 }
            return breakdown.categories.firstIndex { $0.id == categoryID } ?? Int.max
        }
    }

    /// A selection as one string with sorted keys, the tie-breaker that keeps the order total.
    private func canonical(_ selection: [String: String]) -> String {
        selection.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }
}
