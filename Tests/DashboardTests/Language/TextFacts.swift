/// The facts a text states that must read the same in every language: numbers, dates, links to content ids
/// and UI placeholders, each written as the language writes it and compared in one canonical form.
///
/// - content links `[…](goal:3)`, `(page:methods#anchor)` → "goal:3", "page:methods" (anchors are per language);
/// - dates 23.2.2026, 2026-02-23, "23 February 2026", "den 23 februari 2026" → "2026-02-23";
/// - numbers 19 394 / 19,394 → "19394", 9,7 / 9.7 → "9.7", −0,5 → "−0.5", WCAG 1.4.11 → "1.4.11";
/// - placeholders `{count}` → "{count}".
///
/// Number words ("three months", "kolmen kuukauden") are not facts here: write a number the same way (in words
/// or in digits) in every language.
enum TextFacts {
    static let contentSchemes: Set<String> = ["goal", "indicator", "area", "region", "page", "discussion"]

    static func facts(_ text: String, language: String) -> Set<String> {
        var facts: Set<String> = []
        var rest = removingLinkDestinations(text, into: &facts)
        rest = removingPlaceholders(rest, into: &facts)
        rest = removingDates(rest, language: language, into: &facts)
        facts.formUnion(numbers(rest, language: language))
        return facts
    }

    /// Link destinations carry no visible fact except a content id; URLs and e-mail addresses are dropped.
    static func removingLinkDestinations(_ text: String, into facts: inout Set<String>) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "](") {
            result += rest[..<open.lowerBound] + "]"
            guard let close = rest[open.upperBound...].firstIndex(of: ")") else {
                rest = rest[open.upperBound...]
                break
            }
            let destination = rest[open.upperBound..<close]
            let target = destination.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            if let colon = target.firstIndex(of: ":"), contentSchemes.contains(String(target[..<colon])) {
                facts.insert(target)
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        // Autolinks and bare addresses: <x@y.fi>, <https://…>, https://…
        return result.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.contains("://") || (word.contains("@") && word.contains(".")) ? "" : String(word)
        }.joined(separator: " ")
    }

    static func removingPlaceholders(_ text: String, into facts: inout Set<String>) -> String {
        guard let pattern = try? Regex("\\{[a-z][a-z-]*\\}") else { return text }
        for match in text.matches(of: pattern) { facts.insert(String(text[match.range])) }
        return text.replacing(pattern, with: " ")
    }

    static let monthNames: [String: [String]] = [
        "sv": ["januari", "februari", "mars", "april", "maj", "juni",
               "juli", "augusti", "september", "oktober", "november", "december"],
        "en": ["January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November", "December"],
    ]

    static func removingDates(_ text: String, language: String, into facts: inout Set<String>) -> String {
        var rest = text
        func take(_ pattern: String, _ date: ([Substring]) -> (year: Substring, month: Int, day: Int)?) {
            guard let regex = try? Regex(pattern) else { return }
            for match in rest.matches(of: regex) {
                let groups = match.output.dropFirst().compactMap { $0.substring }
                if let (year, month, day) = date(groups) {
                    facts.insert("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)")
                }
            }
            rest = rest.replacing(regex, with: " ")
        }
        take("([0-9]{4})-([0-9]{2})-([0-9]{2})") { ($0[0], Int($0[1])!, Int($0[2])!) }
        take("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})") { ($0[2], Int($0[1])!, Int($0[0])!) }
        if let months = monthNames[language] {
            take("([0-9]{1,2}) (" + months.joined(separator: "|") + ") ([0-9]{4})") { groups in
                guard let month = months.firstIndex(of: String(groups[1])) else { return nil }
                return (groups[2], month + 1, Int(groups[0])!)
            }
        }
        return rest
    }

    /// Numbers with the language's separators: groups of three after a space (and a comma in English), a decimal
    /// comma in Finnish and Swedish, a decimal point in English. Dotted sequences (2.1, 1.4.11) are kept as written.
    static func numbers(_ text: String, language: String) -> [String] {
        let characters = Array(text)
        let groupSeparators: Set<Character> = language == "en" ? [",", " ", "\u{00A0}", "\u{202F}"]
            : [" ", "\u{00A0}", "\u{202F}"]
        let decimalSeparator: Character = language == "en" ? "." : ","
        func digits(from start: Int) -> Int {
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end - start
        }
        var found: [String] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            else {
                index += 1
                continue
            }
            let sign = index > 0 && characters[index - 1] == "\u{2212}" ? "\u{2212}" : ""
            let first = digits(from: index)
            var number = String(characters[index..<index + first])
            index += first
            // Thousands: "19 394", "19,394"; the first group has at most three digits.
            while first <= 3, index + 4 <= characters.count, groupSeparators.contains(characters[index]),
                  digits(from: index + 1) == 3 {
                number += String(characters[index + 1..<index + 4])
                index += 4
            }
            // Decimals and dotted numbers: "9,7", "9.7", "2.1", "1.4.11".
            while index + 1 < characters.count,
                  characters[index] == decimalSeparator || characters[index] == ".",
                  digits(from: index + 1) > 0 {
                let count = digits(from: index + 1)
                number += "." + String(characters[index + 1..<index + 1 + count])
                index += 1 + count
            }
            found.append(sign + number)
        }
        return found
    }
}
