/// Numbers as the importer writes them in CSV and JSON: the shortest text that reads back as the same number,
/// with a decimal point, no exponent for whole numbers, and no "-0".
enum DecimalText {
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
