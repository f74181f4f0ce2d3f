extension StatisticsCube {
    /// The dimension that holds areas: the one the file marks `geo`, else the first whose codes are mostly
    /// Statistics Finland area codes (a table may carry a few others, such as `KUJOU` for "unknown").
    public var areaDimension: Int? {
        if let marked = dimensions.firstIndex(where: { $0.role == .geo }) { return marked }
        return dimensions.firstIndex { dimension in
            let matches = dimension.categories.count { AreaCode($0.code) != nil }
            return matches > 0 && matches * 2 >= dimension.categories.count
        }
    }

    /// The dimension that holds periods: the one the file marks as time, else the first whose codes are all
    /// time codes.
    public var timeDimension: Int? {
        if let marked = dimensions.firstIndex(where: { $0.role == .time }) { return marked }
        return dimensions.firstIndex { dimension in
            !dimension.categories.isEmpty && dimension.categories.allSatisfy { TimeCode.period($0.code) != nil }
        }
    }
}
