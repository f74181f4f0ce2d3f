import Foundation
import Testing
@testable import Diagnostics

/// Every code and every term has a Finnish and a Swedish text, each with exactly the placeholders of the English
/// one; the tables name nothing that does not exist; messages print in each language with the same code.
///
/// The codes and their English templates are found as ``DiagnosticCodeTests`` finds them, by reading the
/// declarations in Sources/, so a new code without translations fails here with the lines to add.
@Suite struct DiagnosticTranslationTests {
    static let translated: [Diagnostic.Language] = [.finnish, .swedish]

    static func name(_ language: Diagnostic.Language) -> String { language == .finnish ? "Finnish" : "Swedish" }

    static func tablePath(_ language: Diagnostic.Language) -> String {
        "Sources/Diagnostics/Translations/\(name(language)).swift"
    }

    @Test(arguments: translated)
    func tablesReadWithoutProblems(language: Diagnostic.Language) throws {
        let table = try #require(language.translation)
        #expect(table.problems == [], "\(Self.tablePath(language))")
        #expect(table.templates.count > 100)
    }

    @Test(arguments: translated)
    func everyCodeHasATranslationWithTheEnglishPlaceholders(language: Diagnostic.Language) throws {
        let table = try #require(language.translation)
        let declared = DiagnosticCodeTests.declaredTemplates
        #expect(declared.count == DiagnosticCodeTests.declared.count, "every declaration's templates were read")
        let file = Self.tablePath(language)
        for (code, english, path) in declared {
            guard let translation = table.templates[code] else {
                Issue.record("""
                    \(code) (declared in \(path)) has no \(Self.name(language)) translation. Add these lines to \
                    \(file), each <English text> translated, with the same {placeholders}:
                    \(code): <\(english.message)>
                    \(english.hints.map { "    hint: <\($0)>\n" }.joined())
                    """)
                continue
            }
            let placeholders = { (text: String) in Set(Diagnostic.Template.placeholders(in: text)).sorted() }
            #expect(placeholders(translation.message) == placeholders(english.message),
                    "\(code) in \(file): the message must use the placeholders of \"\(english.message)\"")
            #expect(translation.hints.count == english.hints.count,
                    "\(code) in \(file): give \(english.hints.count) hint lines, like \(english.hints)")
            for (hint, englishHint) in zip(translation.hints, english.hints) {
                #expect(placeholders(hint) == placeholders(englishHint),
                        "\(code) in \(file): the hint \"\(hint)\" must use the placeholders of \"\(englishHint)\"")
            }
        }
    }

    @Test(arguments: translated)
    func tablesNameOnlyDeclaredCodes(language: Diagnostic.Language) throws {
        let table = try #require(language.translation)
        let declared = Set(DiagnosticCodeTests.declared.map(\.code))
        #expect(Set(table.templates.keys).subtracting(declared).sorted() == [],
                "\(Self.tablePath(language)) translates codes that are not declared: remove or rename them")
    }

    /// Every term key declared in Sources/, and the language names `Term.language` makes.
    static let declaredTerms: [(key: String, english: String)] = {
        var terms = ["fi", "sv", "en"].map { (Diagnostic.Term.language($0).key, Diagnostic.Term.language($0).english) }
        for (_, text) in DiagnosticCodeTests.sources {
            for match in text.matches(of: /Diagnostic\.Term\(\s*"([^"\\]*)",\s*("(?:[^"\\]|\\.)*"|[\w.]+)/) {
                terms.append((String(match.output.1), String(match.output.2)))
            }
        }
        return terms
    }()

    @Test(arguments: translated)
    func everyTermHasATranslation(language: Diagnostic.Language) throws {
        let table = try #require(language.translation)
        #expect(Self.declaredTerms.count > 70)
        for (key, english) in Self.declaredTerms where table.terms[key] == nil {
            let file = Self.tablePath(language)
            let line = "term \(key): <\(english) translated>"
            Issue.record("the term \(key) has no \(Self.name(language)) translation: add to \(file) the line '\(line)'")
        }
        let declared = Set(Self.declaredTerms.map(\.key))
        #expect(Set(table.terms.keys).subtracting(declared).sorted() == [],
                "\(Self.tablePath(language)) translates terms that are not declared")
        for (key, words) in table.terms {
            #expect(Diagnostic.Template.placeholders(in: words) == [], "term \(key) cannot have placeholders")
        }
    }

    // MARK: Printing in each language

    static let unknownArea = Diagnostic.Code(
        .metric, "unknown-area", "unknown area \"{area}\": it is not in areas.json or regions.json, and not \"FI\"",
        hint: "did you mean '{suggestion}'?")
    static let missingTranslation = Diagnostic.Code(
        .content, "missing-translation", "missing {language} translation: the {fallback} text is shown instead",
        hint: "add {file}")
    static let notAString = Diagnostic.Code(.json, "not-a-string", "\"{key}\" must be a string, not {kind}")
    static let unknown = Diagnostic.Code(.json, "not-yet-translated", "a new code's message {value}")

    static func log() -> DiagnosticLog {
        var log = DiagnosticLog()
        log.error(unknownArea, at: SourceLocation(file: "Content/data/x.json", line: 2, column: 11),
                  ["area": "helsingi", "suggestion": "helsinki"])
        log.warning(missingTranslation, at: SourceLocation(file: "Content/goals/3.fi.md"), [
            "language": Diagnostic.Term.language("sv"), "fallback": Diagnostic.Term.language("fi"),
            "file": "Content/goals/3.sv.md",
        ])
        log.error(notAString, at: SourceLocation(file: "Content/site.json", line: 1, column: 9),
                  ["key": "title", "kind": Diagnostic.Term("json.number", "a number")])
        log.error(unknown, at: SourceLocation(file: "Content/z.json"), ["value": "7"])
        return log
    }

    static let source = ["Content/data/x.json": "{\n  \"area\": \"helsingi\"\n}", "Content/site.json": "{\"title\": 5}"]

    @Test func aReportInEnglish() {
        let text = DiagnosticReport(language: .english) { Self.source[$0] }.render(Self.log())
        #expect(text == """
            Content/data/x.json:2:11: error: unknown area "helsingi": it is not in areas.json or regions.json, and not "FI" [metric.unknown-area]
                  "area": "helsingi"
                          ^
                hint: did you mean 'helsinki'?
            Content/goals/3.fi.md: warning: missing Swedish translation: the Finnish text is shown instead [content.missing-translation]
                hint: add Content/goals/3.sv.md
            Content/site.json:1:9: error: "title" must be a string, not a number [json.not-a-string]
                {"title": 5}
                        ^
            Content/z.json: error: a new code's message 7 [json.not-yet-translated]

            """)
    }

    /// The code, the severity word and the position stay as they are; a code without a translation stays English.
    @Test func aReportInFinnish() {
        let text = DiagnosticReport(language: .finnish) { Self.source[$0] }.render(Self.log())
        #expect(text == """
            Content/data/x.json:2:11: error: tuntematon alue "helsingi": se ei ole tiedostossa areas.json eikä regions.json, eikä se ole "FI" [metric.unknown-area]
                  "area": "helsingi"
                          ^
                vihje: tarkoititko 'helsinki'?
            Content/goals/3.fi.md: warning: käännös puuttuu (ruotsi): sen tilalla näytetään teksti toisella kielellä (suomi) [content.missing-translation]
                vihje: lisää Content/goals/3.sv.md
            Content/site.json:1:9: error: avaimen "title" arvon on oltava merkkijono, ei luku [json.not-a-string]
                {"title": 5}
                        ^
            Content/z.json: error: a new code's message 7 [json.not-yet-translated]

            """)
    }

    @Test func aReportInSwedish() {
        let text = DiagnosticReport(language: .swedish) { Self.source[$0] }.render(Self.log())
        #expect(text == """
            Content/data/x.json:2:11: error: okänt område "helsingi": det finns inte i areas.json eller regions.json och är inte "FI" [metric.unknown-area]
                  "area": "helsingi"
                          ^
                tips: menade du 'helsinki'?
            Content/goals/3.fi.md: warning: översättningen till svenska saknas: texten visas på finska i stället [content.missing-translation]
                tips: lägg till Content/goals/3.sv.md
            Content/site.json:1:9: error: "title" ska vara en sträng, inte ett tal [json.not-a-string]
                {"title": 5}
                        ^
            Content/z.json: error: a new code's message 7 [json.not-yet-translated]

            """)
    }

    @Test func theCutOffLineIsInTheReportsLanguage() {
        var log = DiagnosticLog()
        for index in 1...3 { log.error(Self.unknown, at: SourceLocation(file: "f\(index)"), ["value": "\(index)"]) }
        let last = { (language: Diagnostic.Language) in
            DiagnosticReport(limit: 1, language: language) { _ in nil }.render(log).split(separator: "\n").last
        }
        #expect(last(.english) == "… and 2 more (3 errors, 0 warnings in all)")
        #expect(last(.finnish) == "… ja 2 muuta (yhteensä virheitä 3, varoituksia 0)")
        #expect(last(.swedish) == "… och 2 till (sammanlagt 3 fel, 0 varningar)")
    }

    @Test func theEnvironmentChoosesTheLanguageAsTheCLibraryDoes() {
        #expect(Diagnostic.Language(environment: [:]) == .english)
        #expect(Diagnostic.Language(environment: ["LANG": "fi_FI.UTF-8"]) == .finnish)
        #expect(Diagnostic.Language(environment: ["LANG": "sv_FI.UTF-8"]) == .swedish)
        #expect(Diagnostic.Language(environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Diagnostic.Language(environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Diagnostic.Language(environment: ["LANG": "fi_FI.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"]) == .swedish)
        #expect(Diagnostic.Language(environment: ["LC_MESSAGES": "sv_SE", "LC_ALL": "fi_FI"]) == .finnish)
        #expect(Diagnostic.Language(environment: ["LC_ALL": "C", "LANG": "fi_FI.UTF-8"]) == .english)
        #expect(Diagnostic.Language(environment: ["LC_ALL": "", "LANG": "sv_FI.UTF-8"]) == .swedish)
    }

    @Test func theTableFormatReportsWhatItCannotRead() {
        let table = Diagnostic.Translation("""
            # a comment
            metric.unknown-area: tuntematon alue "{area}"
                hint: tarkoititko '{suggestion}'?
            term language.sv: ruotsi
                hint: orphan
            no colon here
            metric.unknown-area: again
            """)
        #expect(table.templates["metric.unknown-area"]?.hints == [])
        #expect(table.templates["metric.unknown-area"]?.message == "again")
        #expect(table.terms == ["language.sv": "ruotsi"])
        #expect(table.problems == [
            "line 5: an indented line must be '    hint: …' below a code",
            "line 6: expected 'category.name: message' or 'term key: words'",
            "line 7: the code metric.unknown-area again",
        ])
    }
}
