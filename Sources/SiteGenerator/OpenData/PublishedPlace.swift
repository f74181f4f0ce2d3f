import Dashboard

/// A place a series is about, as data files describe it: the whole country, a regional centre or an
/// employment area, with its code and names.
struct PublishedPlace {
    /// The kind of place, written as `area_type` in CSV and `type` in JSON.
    enum Kind: String, Comparable {
        case country, region, area

        /// Files list the country first, then the regional centres, then the employment areas.
        private var rank: Int {
            switch self {
            case .country: 0
            case .region: 1
            case .area: 2
            }
        }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    var id: String
    var kind: Kind
    /// Employment areas and the regional centres have no official statistical code, so the code is our id;
    /// the whole country is `FI` (ISO 3166-1).
    var code: String { id }
    var name: LocalizedText

    /// The place with id `id` in `model`. An id the model does not know (the loader rejects those) is treated
    /// as an area with no name rather than dropped, so no data is lost silently.
    init(id: String, model: DashboardModel, strings: PublishingStrings) {
        self.id = id
        if id == Metric.wholeCountry {
            kind = .country
            let names = model.settings.languages.map { ($0, strings.text("place.whole-country", $0)) }
            name = LocalizedText(Dictionary(names, uniquingKeysWith: { first, _ in first }))
        } else if let region = model.region(id) {
            kind = .region
            name = region.name
        } else {
            kind = .area
            name = model.area(id)?.name ?? LocalizedText()
        }
    }

    /// The order of places in data files: by kind, then by id.
    static func isOrderedBefore(_ lhs: PublishedPlace, _ rhs: PublishedPlace) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}
