import Charts
import Testing

/// Rules every chart kind must keep when embedded in a page: well-formed, unique ids, resolvable
/// references, a text alternative, and nothing a strict Content-Security-Policy would block.
@Suite struct AccessibilityTests {
    static let page = Fixtures.allFigures.joined()

    @Test func pageIsWellFormedWithUniqueIDs() {
        let inspector = MarkupInspector(Self.page)
        #expect(inspector.parseError == nil)
        #expect(inspector.duplicateIDs.isEmpty)
        #expect(inspector.unresolvedReferences.isEmpty)
    }

    @Test func noInlineStylesScriptsOrEventHandlers() {
        let inspector = MarkupInspector(Self.page)
        #expect(!inspector.attributeNames.contains("style"))
        #expect(!inspector.attributeNames.contains { $0.hasPrefix("on") })
        #expect(inspector.count(of: "script") == 0 && inspector.count(of: "style") == 0)
        #expect(!inspector.attributeNames.contains("xlink:href"))
        #expect(!inspector.attributeNames.contains { $0.hasPrefix("xmlns") })
    }

    @Test func everyExposedSVGHasATitleAndDescription() {
        let inspector = MarkupInspector(Self.page)
        let roles = inspector.values(of: "role", on: "svg")
        let hidden = inspector.values(of: "aria-hidden", on: "svg")
        #expect(roles.count + hidden.count == inspector.count(of: "svg"))
        #expect(Set(roles).isSubset(of: ["img", "group"]))
        #expect(inspector.values(of: "aria-labelledby", on: "svg").count == roles.count)
        #expect(inspector.count(of: "title") == roles.count && inspector.count(of: "desc") == roles.count)
    }

    @Test func figuresCarryTheirOwnKind() {
        let inspector = MarkupInspector(Self.page)
        #expect(inspector.values(of: "class", on: "figure") == [
            "chart-figure chart-figure--line", "chart-figure chart-figure--ranking",
            "chart-figure chart-figure--multiples", "chart-figure chart-figure--tilemap",
            "chart-figure chart-figure--cycle",
        ])
    }
}
