import Dashboard
import Diagnostics

/// Typed access to the members of one JSON object, reporting wrong types, missing keys and (where a format is
/// ours, like the mapping) unknown keys, each at its line and column.
struct JSONObject {
    let node: JSONNode
    /// What the object is, for messages: "the mapping", "dimension \"alue\"".
    let context: String
    private let members: [String: JSONNode.Member]
    private var readKeys: Set<String> = []

    /// Nil (with an error) when `node` is not an object. A key written twice is an error at the second one.
    init?(_ node: JSONNode, context: String, log: inout DiagnosticLog) {
        guard case .object(let list) = node.value else {
            log.report(.importWrongType, "\(context) must be an object ({ … }), not \(node.kindDescription.english)",
                       at: node.location)
            return nil
        }
        var members: [String: JSONNode.Member] = [:]
        for member in list {
            if members[member.key] != nil {
                log.report(.importDuplicateKey, "the key \"\(member.key)\" appears twice in \(context)",
                           at: member.keyLocation, hint: "keep one of them")
            } else {
                members[member.key] = member
            }
        }
        self.node = node
        self.context = context
        self.members = members
    }

    var location: SourceLocation { node.location }

    /// Members in the order the file writes them.
    var orderedMembers: [JSONNode.Member] {
        guard case .object(let list) = node.value else { return [] }
        return list
    }

    func has(_ key: String) -> Bool { members[key] != nil }

    func keyLocation(_ key: String) -> SourceLocation { members[key]?.keyLocation ?? node.location }

    /// Where the value of `key` starts, for problems with the value rather than the key.
    func valueLocation(_ key: String) -> SourceLocation { members[key]?.value.location ?? node.location }

    mutating func value(_ key: String, required: Bool, log: inout DiagnosticLog) -> JSONNode? {
        readKeys.insert(key)
        guard let member = members[key] else {
            if required {
                log.report(.importMissingKey, "\(context) is missing the required key \"\(key)\"", at: node.location)
            }
            return nil
        }
        return member.value
    }

    mutating func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return value.string("\"\(key)\"", log: &log)
    }

    mutating func number(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Double? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .number(let number) = value.value else {
            log.report(.importWrongType, "\"\(key)\" must be a number, not \(value.kindDescription.english)",
                       at: value.location)
            return nil
        }
        return number
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true,
                          log: inout DiagnosticLog) -> Int? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return value.integer("\"\(key)\"", in: range, log: &log)
    }

    mutating func bool(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Bool? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .bool(let flag) = value.value else {
            log.report(.importWrongType, "\"\(key)\" must be true or false, not \(value.kindDescription.english)",
                       at: value.location)
            return nil
        }
        return flag
    }

    mutating func array(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [JSONNode]? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .array(let elements) = value.value else {
            log.report(.importWrongType, "\"\(key)\" must be a list ([ … ]), not \(value.kindDescription.english)",
                       at: value.location)
            return nil
        }
        return elements
    }

    mutating func object(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> JSONObject? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return JSONObject(value, context: "\"\(key)\"", log: &log)
    }

    /// A list of strings; elements of another type are reported and left out.
    mutating func strings(_ key: String, required: Bool = true,
                          log: inout DiagnosticLog) -> [(String, SourceLocation)]? {
        guard let elements = array(key, required: required, log: &log) else { return nil }
        return elements.compactMap { element in element.string("every element of \"\(key)\"", log: &log).map {
            ($0, element.location)
        } }
    }

    /// One of a fixed set of words; an unknown word gets the valid ones and the closest as a hint.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, as type: Choice.Type, required: Bool = true, log: inout DiagnosticLog
    ) -> Choice? where Choice.RawValue == String {
        guard let value = value(key, required: required, log: &log),
              let text = value.string("\"\(key)\"", log: &log) else {
            return nil
        }
        if let choice = Choice(rawValue: text) { return choice }
        let valid = Choice.allCases.map(\.rawValue)
        log.report(.importBadMapping, "unknown \(key) \"\(text)\"; valid values: \(valid.joined(separator: ", "))",
                   at: value.location, hint: Suggestion.didYouMean(for: text, among: valid))
        return nil
    }

    /// Keys never read are typos or fields this version does not know.
    func reportUnknownKeys(log: inout DiagnosticLog) {
        for member in orderedMembers where !readKeys.contains(member.key) {
            log.report(.importUnknownKey, "unknown key \"\(member.key)\" in \(context)", at: member.keyLocation,
                       hint: Suggestion.didYouMean(for: member.key, among: readKeys.sorted()))
        }
    }
}

extension JSONNode {
    /// The string, or nil with an error naming `subject` (`"file"`, `every element of "members"`).
    func string(_ subject: String, log: inout DiagnosticLog) -> String? {
        guard case .string(let text) = value else {
            log.report(.importWrongType, "\(subject) must be a string, not \(kindDescription.english)", at: location)
            return nil
        }
        return text
    }

    func integer(_ subject: String, in range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
        guard case .number(let number) = value, number == number.rounded(), let integer = Int(exactly: number),
              range.contains(integer)
        else {
            log.report(.importWrongType,
                       "\(subject) must be a whole number from \(range.lowerBound) to \(range.upperBound), not "
                        + (kindDescription.english == "a number" ? "\(number)" : kindDescription.english),
                       at: location)
            return nil
        }
        return integer
    }

    private var number: Double {
        if case .number(let value) = value { return value }
        return .nan
    }

    var arrayElements: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }
}
