import Markup

/// A JSON value with its object keys in a fixed order, written by hand so that published files are identical
/// on every build and easy to read and diff.
///
/// Layout: two-space indentation; an array of scalars and an object nested at most two levels deep are written on
/// one line (`{"period": "2024-01", "value": 20.1, "flags": ["provisional"]}`), so a long series reads as one
/// line per value. Numbers are passed in already formatted (see ``PlainDecimal``); strings are quoted by
/// `Escape.json`, which keeps non-ASCII characters as UTF-8 and escapes only what JSON requires.
indirect enum JSONText {
    case string(String)
    /// A number in its final JSON spelling, such as `"12.5"`.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONText])
    /// Members in the order they are written.
    case object([(key: String, value: JSONText)])

    /// An integer.
    static func integer(_ value: Int) -> JSONText { .number(String(value)) }

    /// The document: the value followed by a line feed.
    func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    /// Nesting depth: 0 for a scalar, 1 for a container of scalars (or an empty one), and so on.
    private var depth: Int {
        switch self {
        case .string, .number, .bool, .null: 0
        case .array(let elements): 1 + (elements.map(\.depth).max() ?? 0)
        case .object(let members): 1 + (members.map(\.value.depth).max() ?? 0)
        }
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .string(let text): output += Escape.json(text)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let elements):
            writeContainer(
                elements.map { (nil, $0) }, open: "[", close: "]", inlineDepth: 1, to: &output, indent: indent)
        case .object(let members):
            writeContainer(
                members.map { ($0.key, $0.value) }, open: "{", close: "}", inlineDepth: 2, to: &output, indent: indent)
        }
    }

    private func writeContainer(
        _ children: [(key: String?, value: JSONText)], open: String, close: String, inlineDepth: Int,
        to output: inout String, indent: String
    ) {
        if depth <= inlineDepth {
            output += open
            for (index, child) in children.enumerated() {
                if index > 0 { output += ", " }
                if let key = child.key { output += Escape.json(key) + ": " }
                child.value.write(to: &output, indent: indent)
            }
            output += close
            return
        }
        let inner = indent + "  "
        output += open + "\n"
        for (index, child) in children.enumerated() {
            output += inner
            if let key = child.key { output += Escape.json(key) + ": " }
            child.value.write(to: &output, indent: inner)
            output += index + 1 < children.count ? ",\n" : "\n"
        }
        output += indent + close
    }
}
