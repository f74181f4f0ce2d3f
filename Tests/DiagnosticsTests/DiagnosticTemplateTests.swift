import Testing
@testable import Diagnostics

/// Messages and hints are filled in from a code's templates by name; translations will be tables of the same.
@Suite struct DiagnosticTemplateTests {
    @Test func placeholdersAreNamesInBraces() {
        #expect(Diagnostic.Template.placeholders(in: "unknown {key} \"{value}\" in {context}")
                == ["key", "value", "context"])
        #expect(Diagnostic.Template.placeholders(in: "must be an object ({ … }), not {kind}") == ["kind"])
        #expect(Diagnostic.Template.placeholders(in: "'}' or '{' or {} or {a-b} or {") == [])
    }

    @Test func theMessageIsFilledInAndTheFirstFittingHintChosen() {
        let template = Diagnostic.Template(
            message: "unknown front matter key '{key}'",
            hints: ["did you mean '{suggestion}'?", "valid keys here: {valid}"])
        #expect(template.message(["key": "titel"]) == "unknown front matter key 'titel'")
        #expect(template.hint(["key": "titel", "suggestion": "title", "valid": "title"]) == "did you mean 'title'?")
        #expect(template.hint(["key": "colour", "valid": "title, order"]) == "valid keys here: title, order")
        #expect(template.hint(["key": "colour"]) == nil)
        #expect(template.message([:]) == "unknown front matter key '{key}'")
    }

    @Test func argumentsMustFitTheTemplates() {
        let template = Diagnostic.Template(message: "unknown area \"{area}\"", hints: ["did you mean '{suggestion}'?"])
        #expect(template.accepts(["area"]))
        #expect(template.accepts(["area", "suggestion"]))
        #expect(!template.accepts([]))                        // the message needs its value
        #expect(!template.accepts(["area", "sugestion"]))     // a misspelt name is caught
    }

    @Test func termsAreShownInTheMessagesLanguage() {
        let code = Diagnostic.Code(.content, "missing-translation", "missing {language} translation: {file}")
        let diagnostic = Diagnostic(.warning, code, at: SourceLocation(file: "a.fi.md"),
                                    ["language": Diagnostic.Term.language("sv"), "file": "a.sv.md"])
        #expect(diagnostic.arguments["language"] == .term(Diagnostic.Term("language.sv", "Swedish")))
        #expect(diagnostic.message == "missing Swedish translation: a.sv.md")
    }

    @Test func nilArgumentsAreLeftOutSoTheirHintIsNotShown() {
        let code = Diagnostic.Code(.metric, "unknown-area", "unknown area {area}", hint: "did you mean '{suggestion}'?")
        let none: String? = nil
        let diagnostic = Diagnostic(.error, code, at: SourceLocation(file: "x.json"), ["area": "x", "suggestion": none])
        #expect(diagnostic.arguments == ["area": .text("x")])
        #expect(diagnostic.hint == nil)
        #expect(diagnostic.summaryLine == "x.json: error: unknown area x [metric.unknown-area]")
    }

    @Test func codesAreEqualByCategoryAndName() {
        let a = Diagnostic.Code(.json, "missing-key", "one text")
        let b = Diagnostic.Code(.json, "missing-key", "another")
        #expect(a == b)
        #expect(a.description == "json.missing-key")
        #expect(Diagnostic.Code(.frontMatter, "tab", "x").description == "front-matter.tab")
    }
}
