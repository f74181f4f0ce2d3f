import Diagnostics
import Testing
@testable import Dashboard

@Suite struct FrontMatterTests {
    func parse(_ text: String) -> (FrontMatter, DiagnosticLog) {
        var log = DiagnosticLog()
        let frontMatter = FrontMatter.parse(text, file: "x.md", log: &log)
        return (frontMatter, log)
    }

    @Test func readsScalarsQuotedStringsAndLists() {
        let (frontMatter, log) = parse("""
            ---
            title: Työllisyys ja "yhdenvertaisuus"
            quoted: "a: b \\"c\\" \\\\ d"
            single: 'it''s'
            number: 3
            # a comment
            items:
              - one
              - "two: 2"

            empty_list:
            ---
            Body *text*.
            """)
        #expect(log.diagnostics.isEmpty)
        #expect(frontMatter.field("title")?.value == .scalar("Työllisyys ja \"yhdenvertaisuus\""))
        #expect(frontMatter.field("quoted")?.value == .scalar("a: b \"c\" \\ d"))
        #expect(frontMatter.field("quoted")?.isQuoted == true)
        #expect(frontMatter.field("single")?.value == .scalar("it's"))
        #expect(frontMatter.field("number")?.value == .scalar("3"))
        #expect(frontMatter.field("items")?.value == .list(["one", "two: 2"]))
        #expect(frontMatter.field("empty_list")?.value == .list([]))
        #expect(frontMatter.body == "Body *text*.\n")  // bodies always end with a line break
        #expect(frontMatter.bodyStartLine == 13)
    }

    @Test func fileWithoutFrontMatterIsAllBody() {
        let (frontMatter, log) = parse("# Heading\n\nText\n")
        #expect(log.diagnostics.isEmpty)
        #expect(frontMatter.fields.isEmpty)
        #expect(frontMatter.body == "# Heading\n\nText\n")
        #expect(frontMatter.bodyStartLine == 1)
    }

    @Test(arguments: [
        ("---\ntitle: a\n", "x.md:1:1 front-matter.unclosed"),
        ("---\ntitle:\tx\n---\n", "x.md:2:7 front-matter.tab"),
        ("---\ntitle: \"open\n---\n", "x.md:2:8 front-matter.unclosed-quote"),
        ("---\ntitle: 'open\n---\n", "x.md:2:8 front-matter.unclosed-quote"),
        ("---\ntitle: \"a\" b\n---\n", "x.md:2:8 front-matter.text-after-quote"),
        ("---\ntitle: 'a' b\n---\n", "x.md:2:8 front-matter.text-after-quote"),
        ("---\ntitle: \"a\\q\"\n---\n", "x.md:2:8 front-matter.unknown-escape"),
        ("---\nlist: [a, b]\n---\n", "x.md:2:7 front-matter.flow-collection"),
        ("---\ntext: |\n---\n", "x.md:2:7 front-matter.multi-line-value"),
        ("---\nparent:\n  child: x\n---\n", "x.md:3:1 front-matter.indentation"),
        ("---\n- item\n---\n", "x.md:2:1 front-matter.item-without-key"),
        ("---\njust text\n---\n", "x.md:2:1 front-matter.key-value-expected"),
        ("---\nTitle: x\n---\n", "x.md:2:1 front-matter.invalid-key"),
        ("---\na: 1\na: 2\n---\n", "x.md:3:1 front-matter.duplicate-key"),
        ("---\na: b: c\n---\n", "x.md:2:4 front-matter.unquoted-colon"),
        ("---\na:b\n---\n", "x.md:2:3 front-matter.space-after-colon"),
        ("---\na: *anchor\n---\n", "x.md:2:4 front-matter.reserved-character"),
    ])
    func reportsUnsupportedYAMLWithPosition(text: String, expected: String) {
        let (_, log) = parse(text)
        #expect(log.errors == [expected])
    }

    @Test func quotedValueMessagesNameTheQuote() {
        #expect(parse("---\ntitle: 'open\n---\n").1.diagnostics.map(\.message)
                == ["the quoted value is not closed: a closing ' is missing"])
        #expect(parse("---\ntitle: \"open\n---\n").1.diagnostics.map(\.hint)
                == ["end the value with \" on the same line"])
    }

    @Test func plainValueCommentIsDropped() {
        let (frontMatter, _) = parse("---\na: value # note\n---\n")
        #expect(frontMatter.field("a")?.value == .scalar("value"))
    }
}
