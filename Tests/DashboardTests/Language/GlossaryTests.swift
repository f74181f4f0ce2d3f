import Foundation
import Testing

/// The terms docs/GLOSSARY.md marks wrong appear in no text under Content/ and in no UI string.
@Suite struct GlossaryTests {
    static let glossary = Glossary(markdown: readRepositoryFile("docs/GLOSSARY.md"))
    static let texts = ContentText.all(in: Fixture.read("Content"))

    /// Real exceptions, each with its reason: (location as the failure message gives it, wrong term).
    static let allowed: [(location: String, term: String)] = [
        // None yet. Example: ("areas/x.fi.md", "työllisyyspalvelu"),  // the name of a municipal unit
    ]

    @Test func glossaryHasWrongTermsInEveryLanguage() {
        for language in ContentText.languages {
            #expect(Self.glossary.wrongTerms.contains { $0.language == language },
                    "docs/GLOSSARY.md lists no wrong \(language) terms: is the table under \"## Wrong terms\"?")
        }
        #expect(Self.glossary.wrongTerms.allSatisfy { !$0.term.isEmpty && !$0.instead.isEmpty })
    }

    @Test func noTextUsesAWrongTerm() {
        #expect(Self.texts.count > 500, "Content/ was not read")
        var problems: [String] = []
        for text in Self.texts {
            for wrong in Self.glossary.wrongTerms(in: text.text, language: text.language)
            where !Self.allowed.contains(where: { $0.location == text.location && $0.term == wrong.term }) {
                problems.append("\(text.location): \(wrong)")
            }
        }
        #expect(problems.isEmpty, "wrong terms (see docs/GLOSSARY.md):\n\(problems.joined(separator: "\n"))")
    }

    @Test func theCheckFindsWrongTermsInTheirOwnLanguageOnly() {
        let glossary = Glossary(markdown: """
            ## Terms
            | fi | `ignored` | x | not this table |
            ## Wrong terms
            | Language | Wrong | Write instead | Why |
            |---|---|---|---|
            | fi | `työllisyysviranomai` | työvoimaviranomainen | the law |
            | fi | `manner-Suom` | Manner-Suomi | a proper name |
            | sv | `uppföljningssamtal`, `nyckelresultat` | uppföljningsdiskussion | one name |
            ## After
            | fi | `ignored too` | x | y |
            """)
        #expect(glossary.wrongTerms.map(\.term)
            == ["työllisyysviranomai", "manner-Suom", "uppföljningssamtal", "nyckelresultat"])
        let found = { (text: String, language: String) in
            glossary.wrongTerms(in: text, language: language).map(\.term)
        }
        #expect(found("Alueen Työllisyysviranomaisten kanssa.", "fi") == ["työllisyysviranomai"])
        #expect(found("kattavat manner-Suomen kunnat", "fi") == ["manner-Suom"])
        #expect(found("kattavat Manner-Suomen kunnat", "fi") == [])
        #expect(found("Regionala uppföljningssamtal", "fi") == [])
        #expect(found("Regionala Uppföljningssamtal och nyckelresultaten", "sv")
            == ["uppföljningssamtal", "nyckelresultat"])
    }

    /// The methods page explains the trend status with the words the status labels use.
    @Test func methodsPageNamesTheStatusesAsTheLabelsDo() throws {
        for language in ContentText.languages {
            let methods = try #require(Self.texts.first { $0.unit == "pages/methods" && $0.language == language })
            for status in ["improving", "no-clear-change", "worsening", "not-enough-data"] {
                let label = try #require(
                    Self.texts.first { $0.unit == "i18n status.\(status)" && $0.language == language })
                let word = label.text.prefix(1).lowercased() + label.text.dropFirst()
                let named = methods.text.contains("**\(word)**")
                #expect(named,
                        "\(methods.location) does not name the status \"\(word)\" (\(label.location))")
            }
        }
    }
}

/// A file of the repository as text.
private func readRepositoryFile(_ path: String) -> String {
    let url = Fixture.repositoryRoot.appendingPathComponent(path)
    return String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
}
