import Dashboard
import Diagnostics
import Foundation
import Markup
import Testing

@testable import SiteGenerator

/// The two forms of UI strings and content texts: `HTML` page text (escaped, marked when it fell back to another
/// language) and `String` plain text (escaped only when it enters a page).
@Suite struct PageContextTests {
    /// The fixture with "nav.home" missing from the Swedish catalog, so Swedish pages fall back to Finnish.
    static let model: DashboardModel = {
        let catalog = SiteFixture.content().files["i18n/sv.json"] ?? []
        var strings = (try? JSONSerialization.jsonObject(with: Data(catalog)) as? [String: String]) ?? [:]
        strings["nav.home"] = nil
        strings["area.description"] = "<b>{area}</b> & co"
        let json = String(decoding: (try? JSONSerialization.data(withJSONObject: strings)) ?? Data(), as: UTF8.self)
        var log = DiagnosticLog()
        return ContentResolver.resolve(SiteFixture.content(["i18n/sv.json": json]), log: &log)!
    }()

    func context(_ language: String) -> PageContext {
        PageContext(model: Self.model, language: language, route: .home,
                    resources: SiteResources(model: Self.model, assetPaths: [:], routes: [.home]))
    }

    @Test func uiTextIsEscapedAndMarkedWhenItFellBack() {
        #expect(context("fi").text("nav.home").string == "Etusivu")
        #expect(context("sv").text("nav.home").string == "<span lang=\"fi\">Etusivu</span>")
        #expect(context("sv").text("area.description").string == "&lt;b&gt;{area}&lt;/b&gt; &amp; co")
    }

    @Test func uiStringIsPlainTextWithPlaceholdersFilled() {
        let sv = context("sv")
        let plain = sv.string("area.description", ["area": "\"Alfa\""])
        #expect(plain == "<b>\"Alfa\"</b> & co")
        #expect(sv.string("nav.home") == "Etusivu")
        let html: HTML = "<p title=\"\(plain)\">\(plain)</p>"
        #expect(html.string == "<p title=\"&lt;b&gt;&quot;Alfa&quot;&lt;/b&gt; &amp; co\">"
            + "&lt;b&gt;&quot;Alfa&quot;&lt;/b&gt; &amp; co</p>")
    }

    @Test func contentTextFollowsTheSameRules() {
        let text = LocalizedText(["fi": "A & <B>"])
        #expect(context("fi").text(text).string == "A &amp; &lt;B&gt;")
        #expect(context("sv").text(text).string == "<span lang=\"fi\">A &amp; &lt;B&gt;</span>")
        #expect(context("sv").string(text) == "A & <B>")
        #expect(context("sv").text(LocalizedText()).isEmpty)
    }

    @Test func langAttributeOnlyForAnotherLanguage() {
        #expect(context("sv").langAttribute("sv").isEmpty)
        #expect(context("sv").langAttribute("fi").string == " lang=\"fi\"")
    }
}
