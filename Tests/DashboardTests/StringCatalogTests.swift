import Diagnostics
import Foundation
import Testing
@testable import Dashboard

/// UI string catalogs: path segments checked at their own line, and the keys the templates need checked in
/// every language, each problem named in the catalog that has it.
@Suite struct StringCatalogTests {
    static let keys = ContentResolver.StringKeys(
        required: ["path.goals", "path.process", "nav.home", "areas.member-count"],
        optional: { $0.hasPrefix("path.page.") || $0 == "areas.member-count.one" })

    static func catalog(_ language: String, _ strings: [(String, String)]) -> [String: String?] {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\u{7}", with: "\\u0007")
                + "\""
        }
        let members = strings.map { "  \(quoted($0.0)): \(quoted($0.1))" }.joined(separator: ",\n")
        return ["i18n/\(language).json": "{\n\(members)\n}\n"]
    }

    static let complete = [
        ("path.goals", "tavoitteet"), ("path.process", "seuranta"), ("nav.home", "Etusivu"),
        ("areas.member-count", "{count} kuntaa"), ("areas.member-count.one", "{count} kunta"),
    ]

    /// The diagnostics about UI strings (the fixture has other warnings, about its translations).
    func check(_ changes: [String: String?]) throws -> DiagnosticLog {
        var log = DiagnosticLog()
        log.append(contentsOf: try checkAll(changes).diagnostics.filter {
            $0.code.category == .strings || $0.code.category == .json || $0.file.contains("/i18n/")
        }.filter { $0.code.description != "json.missing-translation" })
        return log
    }

    func checkAll(_ changes: [String: String?]) throws -> DiagnosticLog {
        var all = Self.catalog("fi", Self.complete).merging(Self.catalog("sv", Self.complete)) { a, _ in a }
        all.merge(Self.catalog("en", Self.complete)) { a, _ in a }
        all.merge(changes) { _, b in b }
        let content = Fixture.content(all)
        var log = DiagnosticLog()
        let model = try #require(ContentResolver.resolve(content, log: &log))
        ContentResolver.checkStrings(in: model, keys: Self.keys, content: content, log: &log)
        return log
    }

    @Test func completeCatalogsPass() throws {
        #expect(try check([:]).diagnostics.isEmpty)
    }

    @Test(arguments: ["", ".", "..", "../x", "a/b", "/alku", "loppu/", "a\\b", " seuranta", "seuranta ",
                      "seu\u{A0}ranta", "seu\u{200B}ranta", "seu\u{7}ranta"])
    func aPathSegmentThatCannotBeAFolderIsAnErrorAtItsLine(segment: String) throws {
        let strings = Self.complete.map { $0.0 == "path.process" ? ($0.0, segment) : $0 }
        let log = try check(Self.catalog("sv", strings))
        #expect(log.errors == ["Content/i18n/sv.json:3:19 strings.invalid-path-segment"])
    }

    @Test func aMissingDefaultStringIsAnErrorInTheDefaultCatalog() throws {
        let log = try check(Self.catalog("fi", Self.complete.filter { $0.0 != "nav.home" }))
        #expect(log.errors == ["Content/i18n/fi.json:1:1 strings.missing-default-string"])
        #expect(log.first("strings.missing-default-string")?.arguments["key"] == .text("nav.home"))
        // Not also "unused" in the catalogs that still have it.
        #expect(log.warnings == [])
    }

    @Test func aMistypedDefaultStringIsSuggested() throws {
        let strings = Self.complete.map { $0.0 == "nav.home" ? ("nav.hom", $0.1) : $0 }
        let log = try check(Self.catalog("fi", strings))
        #expect(log.errors == ["Content/i18n/fi.json:1:1 strings.missing-default-string"])
        #expect(log.first("strings.missing-default-string")?.hint == "is 'nav.hom' a misspelling of it?")
        #expect(log.warnings == ["Content/i18n/fi.json:4:14 strings.unused-string"])
    }

    @Test func aMissingTranslationIsAWarningInItsOwnCatalogAndAnErrorWhenStrict() throws {
        var log = try check(Self.catalog("sv", Self.complete.filter { $0.0 != "nav.home" }))
        #expect(log.errors == [])
        #expect(log.warnings == ["Content/i18n/sv.json:1:1 strings.missing-string"])
        #expect(log.first("strings.missing-string")?.message
                == "missing Swedish UI string \"nav.home\": the Finnish text is shown instead")
        log.promoteWarnings()
        #expect(log.errors == ["Content/i18n/sv.json:1:1 strings.missing-string"])
    }

    @Test func aMissingCatalogIsAWarningAndTheDefaultOneAnError() throws {
        #expect(try check(["i18n/en.json": nil]).warnings == ["Content/i18n/en.json strings.missing-language"])
        #expect(try check(["i18n/fi.json": nil]).errors == ["Content/i18n/fi.json strings.missing-default"])
    }

    @Test func aBrokenCatalogIsReportedOnceNotAsMissingStrings() throws {
        let log = try check(["i18n/fi.json": "{\"nav.home\": \"Etusivu\",}"])
        #expect(log.errors == ["Content/i18n/fi.json:1:24 json.trailing-comma"])
    }

    @Test func aCatalogOfAnotherLanguageIsUnused() throws {
        let log = try check(Self.catalog("se", Self.complete))
        #expect(log.warnings == ["Content/i18n/se.json content.unused-file"])
        #expect(log.first("content.unused-file")?.hint == "did you mean 'sv.json'?")
    }

    @Test func lookupFallsBackToTheDefaultLanguage() {
        let strings = Strings(language: "sv", catalogs: ["fi": ["a": "fi-a", "b": "fi-b"], "sv": ["a": "sv-a"]],
                              fallbackLanguage: "fi")
        #expect(strings.lookup("a") == ("sv-a", "sv"))
        #expect(strings.lookup("b") == ("fi-b", "fi"))
    }
}
