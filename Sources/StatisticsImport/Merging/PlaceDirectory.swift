import Dashboard

/// Every way an editor's spreadsheet may name a place: the site's id (`vantaa`), Statistics Finland's area
/// number (`43`, `043`), or its name in Finnish, Swedish or English (`Vantaa`, `Vanda`), in any letter case;
/// the same for the regional centres; and the whole country as `FI`, `SSS`, `Koko maa`, `Hela landet` or
/// `Whole country`.
struct PlaceDirectory {
    private var byName: [String: String] = [:]
    /// Place id → its Finnish name, for reports.
    private(set) var finnishNames: [String: String] = [:]

    init(_ model: DashboardModel) {
        for name in ["fi", "sss", "koko maa", "hela landet", "whole country", "suomi", "finland"] {
            byName[name] = Metric.wholeCountry
        }
        finnishNames[Metric.wholeCountry] = "Koko maa"
        for region in model.regions {
            add(region.id, names: region.name)
        }
        for area in model.areas {
            add(area.id, names: area.name)
            if let code = area.code {
                // Written as a number, or padded to two or three digits as spreadsheets and StatFin do.
                let digits = String(code)
                for width in digits.count...max(3, digits.count) {
                    byName[String(repeating: "0", count: width - digits.count) + digits] = area.id
                }
            }
        }
    }

    private mutating func add(_ id: String, names: LocalizedText) {
        byName[id] = id
        for name in names.values.values { byName[Self.key(name)] = id }
        finnishNames[id] = names.text("fi")
    }

    /// The place a cell names, or nil.
    func place(_ text: String) -> String? { byName[Self.key(text)] }

    /// Every name the directory knows, for "did you mean".
    var names: [String] { byName.keys.sorted() }

    func name(of place: String) -> String { finnishNames[place] ?? place }

    static func key(_ text: String) -> String {
        text.trimmingSpaces.lowercased().split(separator: " ").joined(separator: " ")
    }
}
