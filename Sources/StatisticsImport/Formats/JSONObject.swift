import Dashboard
import Diagnostics

/// Typed access to the members of one JSON object, reporting wrong types, missing keys and (where a format is
/// ours, like the mapping) unknown keys, each at its line and column.
struct JSONObject {
    let node: JSONNode
    /// What the object is, for messages: "the mapping", `"dimension"."alue"`.
    let context: Diagnostic.Argument
    private let members: [String: JSONNode.Member]
    private var readKeys: Set<String> = []

    /// Nil (with an error) when `node` is not an object. A key written twice is an error at the second one.
    init?(_ node: JSONNode, context: Diagnostic.Argument, log: inout DiagnosticLog) {
        guard case .object(let list) = node.value else {
            log.error(.importWrongType, at: node.location,
                      ["subject": context, "expected": Diagnostic.Term.importObject, "kind": node.kindDescription])
            return nil
        }
        var members: [String: JSONNode.Member] = [:]
        for member in list {
            if members[member.key] != nil {
                log.error(.importDuplicateKey, at: member.keyLocation, ["key": member.key, "context": context])
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
                log.error(.importMissingKey, at: node.location, ["context": context, "key": key])
            }
            return nil
        }
        return member.value
    }

    mutating func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return value.string(.text("\"\(key)\""), log: &log)
    }

    mutating func number(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Double? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .number(let number) = value.value else {
            log.error(.importWrongType, at: value.location, [
                "subject": "\"\(key)\"", "expected": Diagnostic.Term.importNumber, "kind": value.kindDescription,
            ])
            return nil
        }
        return number
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true,
                          log: inout DiagnosticLog) -> Int? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return value.integer(.text("\"\(key)\""), in: range, log: &log)
    }

    mutating func bool(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Bool? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .bool(let flag) = value.value else {
            log.error(.importWrongType, at: value.location, [
                "subject": "\"\(key)\"", "expected": Diagnostic.Term.importBoolean, "kind": value.kindDescription,
            ])
            return nil
        }
        return flag
    }

    mutating func array(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [JSONNode]? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        guard case .array(let elements) = value.value else {
            log.error(.importWrongType, at: value.location,
                      ["subject": "\"\(key)\"", "expected": Diagnostic.Term.importList, "kind": value.kindDescription])
            return nil
        }
        return elements
    }

    mutating func object(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> JSONObject? {
        guard let value = value(key, required: required, log: &log) else { return nil }
        return JSONObject(value, context: .text("\"\(key)\""), log: &log)
    }

    /// A list of strings; elements of another type are reported and left out.
    mutating func strings(_ key: String, required: Bool = true,
                          log: inout DiagnosticLog) -> [(String, SourceLocation)]? {
        guard let elements = array(key, required: required, log: &log) else { return nil }
        return elements.enumerated().compactMap { index, element in
            element.string(.text("\"\(key)\"[\(index)]"), log: &log).map { ($0, element.location) }
        }
    }

    /// One of a fixed set of words; an unknown word gets the valid ones and the closest as a hint.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, as type: Choice.Type, required: Bool = true, log: inout DiagnosticLog
    ) -> Choice? where Choice.RawValue == String {
        guard let value = value(key, required: required, log: &log),
              let text = value.string(.text("\"\(key)\""), log: &log) else {
            return nil
        }
        if let choice = Choice(rawValue: text) { return choice }
        let valid = Choice.allCases.map(\.rawValue)
        log.error(.importBadMapping, at: value.location, [
            "key": key, "value": text, "valid": valid.joined(separator: ", "),
            "suggestion": Suggestion.closest(to: text, among: valid),
        ])
        return nil
    }

    /// Keys never read are typos or fields this version does not know.
    func reportUnknownKeys(log: inout DiagnosticLog) {
        for member in orderedMembers where !readKeys.contains(member.key) {
            log.error(.importUnknownKey, at: member.keyLocation, [
                "key": member.key, "context": context,
                "suggestion": Suggestion.closest(to: member.key, among: readKeys.sorted()),
            ])
        }
    }
}

extension JSONNode {
    /// The string, or nil with an error naming `subject` (`"file"`, `"members"[2]`).
    func string(_ subject: Diagnostic.Argument, log: inout DiagnosticLog) -> String? {
        guard case .string(let text) = value else {
            log.error(.importWrongType, at: location,
                      ["subject": subject, "expected": Diagnostic.Term.importString, "kind": kindDescription])
            return nil
        }
        return text
    }

    func integer(_ subject: Diagnostic.Argument, in range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
        guard case .number(let number) = value, number == number.rounded(), let integer = Int(exactly: number),
              range.contains(integer)
        else {
            log.error(.importNotAWholeNumber, at: location, [
                "subject": subject, "lowest": range.lowerBound, "highest": range.upperBound,
                "value": number.isNaN ? Diagnostic.Argument.term(kindDescription) : .text(DecimalText.format(number)),
            ])
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
