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

    @Test(arguments: [
        // Blank lines before the opening `---`: the block is still read, so nothing else is reported.
        ("\n\n---\ntitle: x\n---\nBody\n", "x.md:3:1 front-matter.not-at-start"),
        // The closing `---` forgotten: reported at the opening one, whatever the body holds.
        ("---\ntitle: x\n\nBody text.\n\n---\nMore.\n", "x.md:1:1 front-matter.unclosed"),
        ("---\ntitle: x\nBody text.\n", "x.md:1:1 front-matter.unclosed"),
        // Characters that look like a space where one is expected, named.
        ("---\ntitle:\u{A0}x\n---\n", "x.md:2:7 front-matter.lookalike-character"),
        ("---\ntitle:\u{2009}x\n---\n", "x.md:2:7 front-matter.lookalike-character"),
        ("---\nitems:\n  -\u{A0}x\n---\n", "x.md:3:4 front-matter.lookalike-character"),
        ("---\n\u{A0}title: x\n---\n", "x.md:2:1 front-matter.lookalike-character"),
        ("---\ntitle: x\ty\n---\n", "x.md:2:9 front-matter.tab"),
        ("---\n\ttitle: x\n---\n", "x.md:2:1 front-matter.tab"),
    ])
    func reportsTheFirstCauseAtItsPlace(text: String, expected: String) {
        let (_, log) = parse(text)
        #expect(log.errors == [expected])
    }

    @Test func aKeyWithASyntaxErrorIsNotAlsoMissing() {
        for text in ["---\ntitle: Tavoite 3: Työ\n---\n", "---\ntitle:\tTavoite\n---\n", "---\ntitle:Tavoite\n---\n",
                     "---\ntitle: \"open\n---\n", "---\ntitle:\u{A0}Tavoite\n---\n"] {
            let (frontMatter, log) = parse(text)
            #expect(frontMatter.invalidKeys == ["title"] || frontMatter.field("title") != nil, "\(text)")
            var readerLog = log
            var reader = FrontMatterReader(frontMatter, markdownOptions: .init())
            _ = reader.string("title", log: &readerLog)
            #expect(readerLog.errors == log.errors, "only the syntax error, not also 'missing title': \(text)")
            #expect(log.errors.count == 1)
        }
    }

    @Test func theFixTellsWhatToWrite() {
        let (_, colon) = parse("---\ntitle: Tavoite 3: \"Työ\"\n---\n")
        #expect(colon.diagnostics.first?.hint == #"write title: "Tavoite 3: \"Työ\"""#)
        let (_, nbsp) = parse("---\ntitle:\u{A0}x\n---\n")
        #expect(nbsp.diagnostics.first?.message
                == "the front matter has U+00A0 NO-BREAK SPACE here, where a space is expected")
        #expect(nbsp.diagnostics.first?.hint
                == "after 'title:' it looks like a space but is not one: type an ordinary space")
        let (_, tab) = parse("---\ntitle:\tx\n---\n")
        #expect(tab.diagnostics.first?.hint == "write a space after 'title:' instead of the tab")
        let (frontMatter, unclosed) = parse("---\ntitle: x\nshort: y\n\nBody text.\n")
        #expect(unclosed.diagnostics.first?.hint == "add a line '---' after line 3, before the text")
        #expect(frontMatter.field("short")?.value == .scalar("y"))
        #expect(frontMatter.body == "Body text.\n" && frontMatter.bodyStartLine == 5)
    }

    @Test func blankLinesBeforeTheOpeningLineStillReadTheBlock() {
        let (frontMatter, _) = parse("\n---\ntitle: x\n---\nBody\n")
        #expect(frontMatter.field("title")?.value == .scalar("x"))
        #expect(frontMatter.body == "Body\n" && frontMatter.bodyStartLine == 5)
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
