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
        ("---\ntitle: a\n", "x.md:1:1: error: the front matter is not closed: a line with only '---' is missing"),
        ("---\ntitle:\tx\n---\n", "x.md:2:7: error: tabs are not allowed in front matter"),
        ("---\ntitle: \"open\n---\n", "x.md:2:8: error: the quoted value is not closed: a closing \" is missing"),
        ("---\ntitle: 'open\n---\n", "x.md:2:8: error: the quoted value is not closed: a closing ' is missing"),
        ("---\nlist: [a, b]\n---\n", "x.md:2:7: error: flow collections ('[…') are not supported in front matter"),
        ("---\ntext: |\n---\n", "x.md:2:7: error: multi-line values ('|') are not supported in front matter"),
        ("---\nparent:\n  child: x\n---\n", "x.md:3:1: error: unexpected indentation: nested values are not supported in front matter"),
        ("---\n- item\n---\n", "x.md:2:1: error: a list item without a key above it"),
        ("---\njust text\n---\n", "x.md:2:1: error: expected 'key: value'"),
        ("---\nTitle: x\n---\n", "x.md:2:1: error: 'Title' is not a valid key: keys use lower-case letters, digits and '_'"),
        ("---\na: 1\na: 2\n---\n", "x.md:3:1: error: the key 'a' appears twice"),
        ("---\na: b: c\n---\n", "x.md:2:4: error: a value containing ': ' must be quoted"),
        ("---\na:b\n---\n", "x.md:2:3: error: a space is needed after ':'"),
        ("---\na: *anchor\n---\n", "x.md:2:4: error: a value cannot start with '*' unless it is quoted"),
    ])
    func reportsUnsupportedYAMLWithPosition(text: String, expected: String) {
        let (_, log) = parse(text)
        #expect(log.errorLines == [expected])
    }

    @Test func plainValueCommentIsDropped() {
        let (frontMatter, _) = parse("---\na: value # note\n---\n")
        #expect(frontMatter.field("a")?.value == .scalar("value"))
    }
}
