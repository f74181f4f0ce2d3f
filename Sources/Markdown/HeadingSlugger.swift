/// Makes stable, unique, readable heading ids: "Työllisyys ja ÅÄÖ" becomes "työllisyys-ja-åäö".
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    /// The slug of `text`: lowercased letters and digits kept (any script), runs of other characters
    /// collapsed to one hyphen; a repeated slug gets "-1", "-2", ….
    mutating func slug(for text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if properties.generalCategory == .nonspacingMark && !slug.isEmpty {
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { slug = "section" }
        var candidate = slug
        if let count = used[slug] {
            var suffix = count
            repeat {
                suffix += 1
                candidate = "\(slug)-\(suffix)"
            } while used[candidate] != nil
            used[slug] = suffix
        }
        if used[candidate] == nil { used[candidate] = 0 }
        return candidate
    }
}
