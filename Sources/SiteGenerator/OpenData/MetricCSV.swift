import Dashboard
import Publishing

/// The open-data table of one indicator, `data/<indicator-id>.csv`: one row per place, breakdown selection and
/// period.
///
/// RFC 4180 through ``CSVWriter`` (comma separator, CRLF line ends) in UTF-8 **with a byte order mark**: the
/// people most likely to download the file open it in Excel, which reads a BOM-less file in the Windows code page
/// and turns `Hämeenlinna` into `HÃ¤meenlinna`. Python's `csv` (with `utf-8-sig`), R and LibreOffice all accept
/// the BOM.
///
/// Columns: `indicator`, `area_type` (`country`, `region`, `area`), `area_id`, `area_code` (the id: employment
/// areas and regional centres have no official code; `FI` for the country), `area_name_<lang>` for each site
/// language, one column per breakdown (named by its id, holding the category id), `period`, `value` (dot
/// decimal with the metric's decimals, empty when missing), `missing_reason`, `flags` (`;`-separated), `unit` and
/// `provenance` (`real` statistics or `illustrative` values; the tables are named in the JSON file).
enum MetricCSV {
    /// The file's bytes.
    static func render(_ indicator: Indicator, model: DashboardModel, strings: PublishingStrings) -> [UInt8] {
        let metric = indicator.metric
        let languages = model.settings.languages
        let header =
            ["indicator", "area_type", "area_id", "area_code"] + languages.map { "area_name_\($0)" }
            + metric.breakdowns.map(\.id) + ["period", "value", "missing_reason", "flags", "unit", "provenance"]
        var csv = CSVWriter(header: header, byteOrderMark: true)
        for (place, series) in metric.publishedSeries(model: model, strings: strings) {
            let names = languages.map { place.name.text($0, fallback: model.settings.defaultLanguage) }
            let categories = metric.breakdowns.map { series.selection[$0.id] ?? "" }
            for point in series.points {
                csv.append(
                    [indicator.id, place.kind.rawValue, place.id, place.code] + names + categories + [
                        point.period.description,
                        point.value.map { PlainDecimal.format($0, decimals: metric.decimals) } ?? "",
                        point.missing?.rawValue ?? "",
                        flagList(point.flags).joined(separator: ";"),
                        metric.unit.rawValue,
                        metric.provenance.values.rawValue,
                    ])
            }
        }
        return csv.bytes
    }

    /// Flags in their declared order, so a set never changes the output order.
    static func flagList(_ flags: Set<Metric.Flag>) -> [String] {
        Metric.Flag.allCases.filter(flags.contains).map(\.rawValue)
    }
}
