extension StatisticsCube {
    /// The cube as a tidy CSV, the contract `import-stats inspect` prints: a header of the dimension ids in file
    /// order, then `value` and `status`; one row per cell in row-major order, category codes in the dimension
    /// columns, an empty value for a missing figure. RFC 4180 quoting, `\n` line ends.
    public var tidyCSV: String {
        var output = ""
        output.reserveCapacity(cellCount * (dimensions.count * 8 + 12))
        output += (dimensions.map(\.id) + ["value", "status"]).map(Self.csvField).joined(separator: ",")
        output += "\n"
        let codes = dimensions.map { $0.categories.map { Self.csvField($0.code) } }
        var indices = [Int](repeating: 0, count: dimensions.count)
        for cell in 0..<cellCount {
            for (dimension, index) in indices.enumerated() {
                output += codes[dimension][index]
                output += ","
            }
            if let value = values[cell] { output += DecimalText.format(value) }
            output += ","
            if let status = statuses[cell] { output += Self.csvField(status) }
            output += "\n"
            // Advance the odometer: the last dimension fastest.
            var dimension = dimensions.count - 1
            while dimension >= 0 {
                indices[dimension] += 1
                if indices[dimension] < dimensions[dimension].categories.count { break }
                indices[dimension] = 0
                dimension -= 1
            }
        }
        return output
    }

    static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted += "\"" }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
