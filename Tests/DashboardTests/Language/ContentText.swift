import Foundation

/// One translatable text under `Content/` in one language: a Markdown file, a UI string, or a `"fi"` / `"sv"` /
/// `"en"` value in a JSON file. Texts with the same `unit` are translations of each other.
struct ContentText: Equatable {
    /// What the translations share: "goals/1", "i18n goal.number", "process.json cycle[2].event".
    var unit: String
    var language: String
    var text: String

    /// Where to look, for messages: "goals/1.sv.md", "i18n/sv.json goal.number", "process.json cycle[2].event.sv".
    var location: String {
        if unit.hasPrefix("i18n ") { return "i18n/\(language).json \(unit.dropFirst(5))" }
        if unit.contains(".json ") { return "\(unit).\(language)" }
        return "\(unit).\(language).md"
    }
}

extension ContentText {
    static let languages = ["fi", "sv", "en"]

    /// Every text in `files` (paths relative to `Content/`, as `Fixture.read` gives them), in path order.
    static func all(in files: [String: [UInt8]]) -> [ContentText] {
        var texts: [ContentText] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            var text = String(decoding: bytes, as: UTF8.self)
            if path.hasSuffix(".md") {
                // A translation's source fingerprint is bookkeeping, not a fact of the text.
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("source_hash:") }.joined(separator: "\n")
                let parts = path.dropLast(3).split(separator: ".")
                guard parts.count == 2, languages.contains(String(parts[1])) else { continue }
                texts.append(ContentText(unit: String(parts[0]), language: String(parts[1]), text: text))
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".json") {
                let language = String(path.dropFirst(5).dropLast(5))
                guard let catalog = json(bytes) as? [String: String] else { continue }
                for (key, value) in catalog.sorted(by: { $0.key < $1.key }) {
                    texts.append(ContentText(unit: "i18n \(key)", language: language, text: value))
                }
            } else if path.hasSuffix(".json"), let root = json(bytes) {
                collect(root, at: "", in: path, into: &texts)
            }
        }
        return texts
    }

    /// The texts of `unit`, by language.
    static func translations(_ texts: [ContentText]) -> [(unit: String, versions: [String: String])] {
        var units: [String: [String: String]] = [:]
        var order: [String] = []
        for text in texts {
            if units[text.unit] == nil { order.append(text.unit) }
            units[text.unit, default: [:]][text.language] = text.text
        }
        return order.map { ($0, units[$0]!) }
    }

    private static func json(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes))
    }

    /// Objects with a `"fi"` string are localized texts; everything else is walked through.
    private static func collect(_ node: Any, at path: String, in file: String, into texts: inout [ContentText]) {
        if let object = node as? [String: Any] {
            if object["fi"] is String {
                for language in languages {
                    if let text = object[language] as? String {
                        texts.append(ContentText(unit: "\(file) \(path)", language: language, text: text))
                    }
                }
                return
            }
            for key in object.keys.sorted() {
                collect(object[key]!, at: path.isEmpty ? key : "\(path).\(key)", in: file, into: &texts)
            }
        } else if let array = node as? [Any] {
            for (index, element) in array.enumerated() {
                collect(element, at: "\(path)[\(index)]", in: file, into: &texts)
            }
        }
    }
}
