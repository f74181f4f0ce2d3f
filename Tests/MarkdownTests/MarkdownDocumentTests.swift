import Markdown
import Testing

/// The public API the site generator relies on: links, headings, plain text, rewriting and safety.
@Suite("MarkdownDocument API")
struct MarkdownDocumentTests {
    @Test func defaultsAreSafeSiteContent() {
        let options = MarkdownOptions()
        #expect(options.tables && options.strikethrough && options.autolinks)
        #expect(!options.allowRawHTML && options.safeLinks && !options.headingIDs)
        let pure = MarkdownOptions.commonMark
        #expect(!pure.tables && !pure.strikethrough && !pure.autolinks && pure.allowRawHTML && !pure.safeLinks)
    }

    @Test func rawHTMLIsOmittedUnlessAllowed() {
        let markdown = "<div onclick=\"x()\">\nhi\n</div>\n\ntext <b>bold</b> <script>alert(1)</script>\n"
        #expect(MarkdownDocument(parsing: markdown).html() == "<p>text bold alert(1)</p>\n")
        let allowed = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: true)).html()
        #expect(allowed == "<div onclick=\"x()\">\nhi\n</div>\n<p>text <b>bold</b> <script>alert(1)</script></p>\n")
    }

    @Test func dangerousDestinationsAreNeutralised() {
        let markdown = """
            [a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](vbscript:x) [d](file:///etc/passwd)
            [e](data:text/html,x) ![f](data:image/png;base64,AA) ![g](data:image/svg+xml,x) <javascript:y>
            [h](goal:3) [i](indicator:benefit-days) [j](area:helsinki#x) [k](https://example.fi/?a=1&b=2)
            [l](jav&#x61;script:x)
            """
        let output = MarkdownDocument(parsing: markdown).html()
        #expect(output == """
            <p><a href="">a</a> <a href="">b</a> <a href="">c</a> <a href="">d</a>
            <a href="">e</a> <img src="data:image/png;base64,AA" alt="f" /> <img src="" alt="g" /> <a href="">javascript:y</a>
            <a href="goal:3">h</a> <a href="indicator:benefit-days">i</a> <a href="area:helsinki#x">j</a> <a href="https://example.fi/?a=1&amp;b=2">k</a>
            <a href="">l</a></p>

            """)
        let unsafe = MarkdownDocument(parsing: "[a](javascript:x)", options: .commonMark).html()
        #expect(unsafe == "<p><a href=\"javascript:x\">a</a></p>\n")
    }

    @Test func textIsEscaped() {
        #expect(MarkdownDocument(parsing: "a < b & \"c\" > d").html() == "<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n")
    }

    @Test func linksInSourceOrderWithPositions() {
        let markdown = """
            # Title [h](head:1)

            Some *text* with [a link](goal:3 "The goal") and ![alt *x*](img.png).
            > quote [q][ref] <https://example.fi>
            - item ä [l](indicator:benefit-days)

            | c |
            |---|
            | [t](area:helsinki#x) |

            [ref]: /ref
            """
        let links = MarkdownDocument(parsing: markdown).links
        #expect(links == [
            MarkdownLink(destination: "head:1", title: nil, isImage: false, text: "h", line: 1, column: 9),
            MarkdownLink(destination: "goal:3", title: "The goal", isImage: false, text: "a link", line: 3, column: 18),
            MarkdownLink(destination: "img.png", title: nil, isImage: true, text: "alt x", line: 3, column: 50),
            MarkdownLink(destination: "/ref", title: nil, isImage: false, text: "q", line: 4, column: 9),
            MarkdownLink(destination: "https://example.fi", title: nil, isImage: false, text: "https://example.fi",
                         line: 4, column: 18),
            MarkdownLink(destination: "indicator:benefit-days", title: nil, isImage: false, text: "l", line: 5, column: 10),
            MarkdownLink(destination: "area:helsinki#x", title: nil, isImage: false, text: "t", line: 9, column: 3),
        ])
    }

    @Test func linkColumnsCountUnicodeScalarsAndTabs() {
        let links = MarkdownDocument(parsing: "Työ\tÅÄÖ [x](y)\n\n> > ö [z](w)").links
        #expect(links.map { [$0.line, $0.column] } == [[1, 9], [3, 7]])
    }

    @Test func headingsWithUniqueReadableSlugs() {
        let markdown = """
            # Työllisyys ja ÅÄÖ

            ## Työllisyys ja ÅÄÖ
            Setext *heading*
            ---
            ### C++ & Swift: 2026!
            #### ###
            """
        let headings = MarkdownDocument(parsing: markdown).headings
        #expect(headings == [
            MarkdownHeading(level: 1, text: "Työllisyys ja ÅÄÖ", id: "työllisyys-ja-åäö", line: 1),
            MarkdownHeading(level: 2, text: "Työllisyys ja ÅÄÖ", id: "työllisyys-ja-åäö-1", line: 3),
            MarkdownHeading(level: 2, text: "Setext heading", id: "setext-heading", line: 4),
            MarkdownHeading(level: 3, text: "C++ & Swift: 2026!", id: "c-swift-2026", line: 6),
            MarkdownHeading(level: 4, text: "", id: "section", line: 7),
        ])
    }

    @Test func headingIDsAreRenderedWhenEnabled() {
        let document = MarkdownDocument(parsing: "# Työllisyys ja ÅÄÖ\n# Työllisyys ja ÅÄÖ\n## A \"q\"",
                                        options: MarkdownOptions(headingIDs: true))
        #expect(document.html() == """
            <h1 id="työllisyys-ja-åäö">Työllisyys ja ÅÄÖ</h1>
            <h1 id="työllisyys-ja-åäö-1">Työllisyys ja ÅÄÖ</h1>
            <h2 id="a-q">A &quot;q&quot;</h2>

            """)
        #expect(MarkdownDocument(parsing: "# A").html() == "<h1>A</h1>\n")
    }

    @Test func plainTextDropsMarkup() {
        let markdown = "# Title\n\nSome *emphasis* and [a link](/x)\nnext line.\n\n<div>raw</div>\n\n- one\n- `two`\n"
        #expect(MarkdownDocument(parsing: markdown).plainText == "Title\nSome emphasis and a link next line.\none\ntwo")
    }

    @Test func rewritingDestinations() {
        let document = MarkdownDocument(parsing: "[a](goal:3) ![b](chart.png) [c](https://x.fi) [d](evil:1)")
        let output = document.html { destination in
            if destination.hasPrefix("goal:") { return "/fi/goals/" + destination.dropFirst(5) + "/" }
            if destination == "evil:1" { return "javascript:alert(1)" }
            return nil
        }
        #expect(output == "<p><a href=\"/fi/goals/3/\">a</a> <img src=\"chart.png\" alt=\"b\" /> "
            + "<a href=\"https://x.fi\">c</a> <a href=\"\">d</a></p>\n")
    }

    @Test func lineEndingsTabsNulAndInvalidUTF8() {
        #expect(MarkdownDocument(parsing: "a\r\nb\rc\n---\r\n").html() == "<h2>a\nb\nc</h2>\n")
        #expect(MarkdownDocument(parsing: "- a\r\n  \r\n---\r\n").html() == "<ul>\n<li>a</li>\n</ul>\n<hr />\n")
        #expect(MarkdownDocument(parsing: "a\u{0}b").html() == "<p>a\u{FFFD}b</p>\n")
        let invalid: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xF0, 0x9F, 0x98, 0x80, 0x00, 0xED, 0xA0, 0x80]
        #expect(MarkdownDocument(parsing: invalid).html() == "<p>a\u{FFFD}b\u{FFFD}c😀\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}</p>\n")
        #expect(MarkdownDocument(parsing: [0xEF, 0xBB, 0xBF, 0x23, 0x20, 0x41]).html() == "<h1>A</h1>\n")
        #expect(MarkdownDocument(parsing: "\tcode\n>\t\tquoted").html() == "<pre><code>code\n</code></pre>\n<blockquote>\n<pre><code>  quoted\n</code></pre>\n</blockquote>\n")
    }

    @Test func differencesFoundAgainstCmark() {
        // An item opened on a line that did not match the previous item's paragraph may start with code.
        #expect(MarkdownDocument(parsing: "- a\n-       e\n").html()
            == "<ul>\n<li>a</li>\n<li>\n<pre><code>  e\n</code></pre>\n</li>\n</ul>\n")
        // The language class is the info string's first word, ending at any whitespace (here a decoded line feed).
        #expect(MarkdownDocument(parsing: "~~~o&#10;x\n~~~").html() == "<pre><code class=\"language-o\"></code></pre>\n")
    }

    @Test func knownHangsOfOtherParsersFinish() {
        // Inputs that hung or crashed hand-written Swift parsers.
        #expect(MarkdownDocument(parsing: "unclosed <p").html() == "<p>unclosed &lt;p</p>\n")
        #expect(MarkdownDocument(parsing: "- a\n  ").html() == "<ul>\n<li>a</li>\n</ul>\n")
        #expect(MarkdownDocument(parsing: "---\r\n").html() == "<hr />\n")
        #expect(MarkdownDocument(parsing: "").html() == "")
    }
}
