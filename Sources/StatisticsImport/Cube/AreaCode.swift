/// Statistics Finland's area codes: `SSS` (whole country), `KU091` (municipality), `MK01` (region, maakunta),
/// `SK011` (sub-region, seutukunta), `ELY01` (ELY centre). Tables do not always say which dimension holds areas,
/// so the importer recognises it by these codes.
enum AreaCode: Equatable {
    case country
    /// The three-digit municipality number, as the registry writes it (`091`).
    case municipality(String)
    case region
    case subRegion
    case ely

    init?(_ code: String) {
        let bytes = Array(code.utf8)
        func isDigits(_ range: Range<Int>) -> Bool {
            range.upperBound == bytes.count
                && bytes[range].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
        if code == "SSS" {
            self = .country
        } else if code.hasPrefix("KU") && isDigits(2..<5) {
            self = .municipality(String(code.dropFirst(2)))
        } else if code.hasPrefix("MK") && isDigits(2..<4) {
            self = .region
        } else if code.hasPrefix("SK") && isDigits(2..<5) {
            self = .subRegion
        } else if code.hasPrefix("ELY") && isDigits(3..<5) {
            self = .ely
        } else {
            return nil
        }
    }

    /// The table code of a municipality number from the registry.
    static func tableCode(municipality number: String) -> String { "KU" + number }
}
