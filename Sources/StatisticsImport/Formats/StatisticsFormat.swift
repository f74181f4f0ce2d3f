import Dashboard
import Diagnostics

/// The file formats Statistics Finland's StatFin service publishes that the importer reads.
public enum StatisticsFormat: String, Sendable, CaseIterable {
    /// PxWeb API v1 "json": `columns`, `data[{key, values}]`, `metadata`.
    case pxWebJSON = "PxWeb JSON"
    /// JSON-stat 2.0, one dataset.
    case jsonStat = "JSON-stat 2.0"
    /// PC-Axis.
    case px = "PX"
}

/// Reads a statistics file of any supported format into a cube. The format is recognised from the content
/// (a JSON object's keys; PX's `KEYWORD=` lines) and, for PX, the `.px` name.
public enum StatisticsReader {
    public static func read(_ raw: [UInt8], file: String, log: inout DiagnosticLog) -> StatisticsCube? {
        if file.lowercased().hasSuffix(".px") || looksLikePX(raw) {
            guard let text = StatisticsText.decode(raw, file: file, encoding: .utf8OrWindows1252, log: &log) else {
                return nil
            }
            return PXReader.read(text, file: file, log: &log)
        }
        guard let text = StatisticsText.decode(raw, file: file, encoding: .utf8, log: &log) else { return nil }
        guard text.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) == UInt8(ascii: "{") else {
            log.error(.importUnknownFormat, at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        let root: JSONNode
        guard let node = JSONParser.parse(text, file: file, log: &log) else { return nil }
        root = node
        guard case .object(let members) = root.value else { return nil }
        let keys = Set(members.map(\.key))
        if keys.contains("columns") || keys.contains("data") {
            return PxWebJSONReader.read(root, file: file, log: &log)
        }
        if keys.contains("dimension") || keys.contains("class") || keys.contains("version") {
            return JSONStatReader.read(root, file: file, log: &log)
        }
        if members.contains(where: { member in
            if case .object(let inner) = member.value.value { return inner.contains { $0.key == "dimension" } }
            return false
        }) {
            log.error(.importJSONStat1, at: root.location)
            return nil
        }
        log.error(.importUnknownFormat, at: root.location)
        return nil
    }

    /// PX files start with a keyword line such as `CHARSET="ANSI";` or `AXIS-VERSION="2013";`.
    static func looksLikePX(_ raw: [UInt8]) -> Bool {
        var index = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < raw.count, [0x20, 0x0A, 0x0D, 0x09].contains(raw[index]) { index += 1 }
        let start = index
        while index < raw.count, isKeywordByte(raw[index]) { index += 1 }
        guard index > start, index < raw.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(raw[start]) else {
            return false
        }
        return raw[index] == UInt8(ascii: "=") || raw[index] == UInt8(ascii: "[") || raw[index] == UInt8(ascii: "(")
    }

    static func isKeywordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}
