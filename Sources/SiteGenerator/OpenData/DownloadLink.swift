import Dashboard

/// A downloadable data file shown beside charts: its format, site path, size and update date.
struct DownloadLink: Sendable, Equatable {
    /// "csv", "json" or "zip"; the page shows a label from the UI strings (`downloads.format.csv`).
    var format: String
    var path: String
    var byteCount: Int
    var updated: CalendarDate
}
