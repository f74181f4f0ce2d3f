import Diagnostics

/// Reads the members of one JSON object into typed values, reporting wrong types, missing and unknown keys
/// with positions. This is where the metric schema is enforced, so the loader and the published JSON Schema
/// accept the same files.
struct JSONObjectReader {
    let node: JSONNode
    let file: String
    private let members: [String: JSONNode.Member]
    private var readKeys: Set<String> = []
    /// What the object is, for messages: "a region", or the key it is the value of.
    let context: Diagnostic.Argument

    /// Nil (with an error) when `node` is not an object. Duplicate keys are reported here.
    init?(_ node: JSONNode, context: Diagnostic.Argument, log: inout DiagnosticLog) {
        guard case .object(let list) = node.value else {
            log.error(.jsonNotAnObject, at: node.location, ["context": context, "kind": node.kindDescription])
            return nil
        }
        var members: [String: JSONNode.Member] = [:]
        for member in list {
            if members[member.key] != nil {
                log.error(.jsonDuplicateKey, at: member.keyLocation, ["key": member.key, "context": context])
            } else {
                members[member.key] = member
            }
        }
        self.node = node
        self.file = node.location.file
        self.members = members
        self.context = context
    }

    var location: SourceLocation { node.location }

    func has(_ key: String) -> Bool { members[key] != nil }

    mutating func node(_ key: String, required: Bool, log: inout DiagnosticLog) -> JSONNode? {
        readKeys.insert(key)
        guard let member = members[key] else {
            if required {
                log.error(.jsonMissingKey, at: node.location, ["context": context, "key": key])
            }
            return nil
        }
        return member.value
    }

    mutating func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .string(let text) = value.value else {
            log.error(.jsonNotAString, at: value.location, ["key": key, "kind": value.kindDescription])
            return nil
        }
        return text
    }

    mutating func number(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Double? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .number(let number) = value.value else {
            log.error(.jsonNotANumber, at: value.location, ["key": key, "kind": value.kindDescription])
            return nil
        }
        return number
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true,
                          log: inout DiagnosticLog) -> Int? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .number(let number) = value.value, number == number.rounded(), let integer = Int(exactly: number),
              range.contains(integer)
        else {
            log.error(.jsonNotAWholeNumber, at: value.location,
                      ["key": key, "lowest": range.lowerBound, "highest": range.upperBound])
            return nil
        }
        return integer
    }

    mutating func bool(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Bool? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .bool(let flag) = value.value else {
            log.error(.jsonNotABoolean, at: value.location, ["key": key, "kind": value.kindDescription])
            return nil
        }
        return flag
    }

    mutating func array(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [JSONNode]? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .array(let elements) = value.value else {
            log.error(.jsonNotAList, at: value.location, ["key": key, "kind": value.kindDescription])
            return nil
        }
        return elements
    }

    mutating func strings(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [String]? {
        guard let elements = array(key, required: required, log: &log) else { return nil }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element.value else {
                log.error(.jsonElementNotAString, at: element.location, ["key": key, "kind": element.kindDescription])
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A list of strings with where each one is written.
    mutating func stringElements(_ key: String, required: Bool = true,
                                 log: inout DiagnosticLog) -> [(text: String, location: SourceLocation)]? {
        guard let elements = array(key, required: required, log: &log) else { return nil }
        var result: [(text: String, location: SourceLocation)] = []
        for element in elements {
            guard case .string(let text) = element.value else {
                log.error(.jsonElementNotAString, at: element.location, ["key": key, "kind": element.kindDescription])
                continue
            }
            result.append((text, element.location))
        }
        return result
    }

    /// One of a fixed set of words, e.g. a unit; an unknown word gets the list of valid ones.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: String, as type: Choice.Type, required: Bool = true, log: inout DiagnosticLog
    ) -> Choice? where Choice.RawValue == String {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard case .string(let text) = value.value else {
            log.error(.jsonNotAString, at: value.location, ["key": key, "kind": value.kindDescription])
            return nil
        }
        if let choice = Choice(rawValue: text) { return choice }
        let valid = Choice.allCases.map(\.rawValue)
        log.error(.jsonUnknownChoice, at: value.location, [
            "key": key, "value": text, "valid": valid.joined(separator: ", "),
            "suggestion": Suggestion.closest(to: text, among: valid),
        ])
        return nil
    }

    /// An object of language code → text, checked against the site's languages: a code that is not one of them
    /// ("se") is an error, the default language's text is required, and a missing text in another language is
    /// a warning when the text is ``TextKind/translated`` (`--strict` makes it an error).
    mutating func localized(_ key: String, languages: SiteLanguages, kind: TextKind = .translated,
                            required: Bool = true, log: inout DiagnosticLog) -> LocalizedText? {
        guard let value = node(key, required: required, log: &log) else { return nil }
        guard var object = JSONObjectReader(value, context: .text("\"\(key)\""), log: &log) else { return nil }
        var texts = LocalizedText()
        for member in object.allKeys {
            guard member.count == 2, member.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                log.error(.jsonNotALanguageCode, at: object.keyLocation(member), ["key": member])
                continue
            }
            guard languages.all.contains(member) else {
                // A language the tool knows but this site does not publish: prepared text, not a mistake.
                if SiteLanguages.supported.contains(member) { continue }
                log.error(.jsonUnknownLanguage, at: object.keyLocation(member), [
                    "code": member, "key": key, "languages": languages.all.joined(separator: ", "),
                    "suggestion": Suggestion.closest(to: member, among: languages.all),
                ])
                continue
            }
            texts[member] = object.string(member, log: &log)
        }
        if texts[languages.defaultLanguage] == nil && object.has(languages.defaultLanguage) == false {
            log.error(.jsonMissingFinnish, at: value.location, [
                "key": key, "language": Diagnostic.Term.language(languages.defaultLanguage),
                "code": languages.defaultLanguage,
            ])
        } else if kind == .translated {
            for language in languages.all where !object.has(language) {
                log.warning(.jsonMissingTranslation, at: value.location, [
                    "key": key, "language": Diagnostic.Term.language(language), "code": language,
                    "fallback": Diagnostic.Term.language(languages.defaultLanguage),
                ])
            }
        }
        return texts
    }

    /// Whether a text in every site language is expected.
    enum TextKind {
        /// Prose that is translated: a missing language is a warning.
        case translated
        /// A proper name or abbreviation that exists in some languages only (a municipality's Swedish name, a
        /// tile label): the default language's form stands in silently.
        case name
    }

    /// An optional date written YYYY-MM-DD.
    mutating func date(_ key: String, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: false, log: &log) else { return nil }
        guard let date = CalendarDate(text) else {
            log.error(.jsonInvalidDate, at: keyLocation(key), ["key": key, "value": text])
            return nil
        }
        return date
    }

    /// A required month written YYYY-MM.
    mutating func month(_ key: String, log: inout DiagnosticLog) -> Period? {
        guard let text = string(key, log: &log) else { return nil }
        guard let period = Period(text), period.frequency == .month else {
            log.error(.jsonInvalidMonth, at: keyLocation(key), ["key": key, "value": text])
            return nil
        }
        return period
    }

    var allKeys: [String] {
        guard case .object(let list) = node.value else { return [] }
        var seen = Set<String>()
        return list.map(\.key).filter { seen.insert($0).inserted }
    }

    func keyLocation(_ key: String) -> SourceLocation {
        members[key]?.keyLocation ?? node.location
    }

    /// Where the value of `key` starts, for problems with the value itself.
    func valueLocation(_ key: String) -> SourceLocation {
        members[key]?.value.location ?? node.location
    }

    /// Reports keys that were never read: typos and fields this version does not know.
    func reportUnknownKeys(log: inout DiagnosticLog) {
        let known = readKeys
        for key in allKeys where !known.contains(key) {
            log.error(.jsonUnknownKey, at: keyLocation(key), [
                "key": key, "context": context, "suggestion": Suggestion.closest(to: key, among: known.sorted()),
            ])
        }
    }
}

extension Diagnostic.Code {
    static let jsonNotAnObject = Diagnostic.Code(
        .json, "not-an-object", "{context} must be an object ({ … }), not {kind}")
    static let jsonDuplicateKey = Diagnostic.Code(
        .json, "duplicate-key", "the key \"{key}\" appears twice in {context}", hint: "keep one of them")
    static let jsonMissingKey = Diagnostic.Code(.json, "missing-key", "{context} is missing the required key \"{key}\"")
    static let jsonUnknownKey = Diagnostic.Code(
        .json, "unknown-key", "unknown key \"{key}\" in {context}", hint: "did you mean '{suggestion}'?")
    static let jsonNotAString = Diagnostic.Code(.json, "not-a-string", "\"{key}\" must be a string, not {kind}")
    static let jsonNotANumber = Diagnostic.Code(.json, "not-a-number", "\"{key}\" must be a number, not {kind}")
    static let jsonNotAWholeNumber = Diagnostic.Code(
        .json, "not-a-whole-number", "\"{key}\" must be a whole number from {lowest} to {highest}")
    static let jsonNotABoolean = Diagnostic.Code(.json, "not-a-boolean", "\"{key}\" must be true or false, not {kind}")
    static let jsonNotAList = Diagnostic.Code(.json, "not-a-list", "\"{key}\" must be a list ([ … ]), not {kind}")
    static let jsonElementNotAString = Diagnostic.Code(
        .json, "element-not-a-string", "every element of \"{key}\" must be a string, not {kind}")
    static let jsonUnknownChoice = Diagnostic.Code(
        .json, "unknown-choice", "unknown {key} \"{value}\"; valid values: {valid}",
        hint: "did you mean '{suggestion}'?")
    static let jsonNotALanguageCode = Diagnostic.Code(
        .json, "not-a-language-code", "\"{key}\" is not a language code (fi, sv, en)")
    static let jsonMissingFinnish = Diagnostic.Code(
        .json, "missing-finnish",
        "\"{key}\" needs a text in {language} (\"{code}\"), the language every other one falls back to")
    static let jsonUnknownLanguage = Diagnostic.Code(
        .json, "unknown-language", "\"{code}\" in \"{key}\" is not a language of this site ({languages})",
        hint: "did you mean '{suggestion}'?")
    static let jsonMissingTranslation = Diagnostic.Code(
        .json, "missing-translation", "\"{key}\" has no {language} text: the {fallback} text is shown instead",
        hint: "add \"{code}\": \"…\"")
    static let jsonInvalidDate = Diagnostic.Code(
        .json, "invalid-date", "\"{key}\" must be a date written YYYY-MM-DD, not \"{value}\"")
    static let jsonInvalidMonth = Diagnostic.Code(
        .json, "invalid-month", "\"{key}\" must be a month written YYYY-MM, not \"{value}\"")
}

/// The languages of the site, against which translated texts are checked.
struct SiteLanguages: Sendable {
    var all: [String]
    var defaultLanguage: String

    /// The languages the site can be published in.
    static let supported = ["fi", "sv", "en"]
}
