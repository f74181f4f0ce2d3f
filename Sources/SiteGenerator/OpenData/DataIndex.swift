import Dashboard
import Publishing

/// `data/index.json`, the machine-readable list of every published data file: its site path (relative to the
/// site root), format, size in bytes, SHA-256, the indicator it holds (`null` for the bundle of all), whether its
/// values are `real` statistics or `illustrative` (`null` for the bundle) and when its data was last updated,
/// sorted by path. Programs can fetch it to find and verify the data without reading
/// the pages.
enum DataIndex {
    /// One listed file.
    struct File {
        var path: String
        /// "csv", "json" or "zip".
        var format: String
        var contents: [UInt8]
        /// The indicator whose data the file holds; nil for the bundle.
        var indicatorID: String?
        /// Real statistics or illustrative values; nil for the bundle, which may hold both.
        var provenance: Provenance.Values?
        var updated: CalendarDate
    }

    /// The bytes of `index.json`.
    static func render(_ files: [File], settings: SiteSettings) -> [UInt8] {
        let entries = files.sorted { $0.path < $1.path }.map { file -> JSONText in
            .object([
                ("path", .string(file.path)),
                ("format", .string(file.format)),
                ("bytes", .integer(file.contents.count)),
                ("sha256", .string(SHA256.hexDigest(of: file.contents))),
                ("indicator", file.indicatorID.map(JSONText.string) ?? .null),
                ("provenance", file.provenance.map { .string($0.rawValue) } ?? .null),
                ("updated", .string(file.updated.description)),
            ])
        }
        let document = JSONText.object([
            (
                "licence",
                .object([("name", .string(settings.dataLicenceName)), ("url", .string(settings.dataLicenceURL))])
            ),
            ("exampleData", .bool(settings.exampleData)),
            ("files", .array(entries)),
        ])
        return Array(document.rendered().utf8)
    }
}
