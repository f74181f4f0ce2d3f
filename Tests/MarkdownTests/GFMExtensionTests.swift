import Markdown
import Testing

/// GFM tables, strikethrough and extended autolinks, following the GitHub Flavored Markdown spec's behaviour.
@Suite("GFM extensions")
struct GFMExtensionTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: true, safeLinks: false)).html()
    }

    // MARK: Tables

    @Test func basicTable() {
        #expect(html("| foo | bar |\n| --- | --- |\n| baz | bim |\n") == """
            <table>
            <thead>
            <tr>
            <th>foo</th>
            <th>bar</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>baz</td>
            <td>bim</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func alignmentAndOptionalOuterPipes() {
        #expect(html("| abc | defghi |\n:-: | -----------:\nbar | baz\n") == """
            <table>
            <thead>
            <tr>
            <th align="center">abc</th>
            <th align="right">defghi</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="center">bar</td>
            <td align="right">baz</td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(html("a | b\n:-- | ---\n").contains("<th align=\"left\">a</th>\n<th>b</th>"))
    }

    @Test func escapedPipesIncludingInsideInlineSpans() {
        #expect(html("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n") == """
            <table>
            <thead>
            <tr>
            <th>f|oo</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>b <code>|</code> az</td>
            </tr>
            <tr>
            <td>b <strong>|</strong> im</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func inlineContentInCells() {
        let output = html("| *a* | [l](/u) |\n|---|---|\n| `c` | ~~d~~ |\n")
        #expect(output.contains("<th><em>a</em></th>\n<th><a href=\"/u\">l</a></th>"))
        #expect(output.contains("<td><code>c</code></td>\n<td><del>d</del></td>"))
    }

    @Test func tableEndsAtBlockQuoteOrBlankLine() {
        let quoted = html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n")
        #expect(quoted.hasSuffix("</tbody>\n</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"))
        let blank = html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n")
        #expect(blank.contains("<tr>\n<td>bar</td>\n<td></td>\n</tr>\n</tbody>\n</table>\n<p>bar</p>\n"))
    }

    @Test func headerMustMatchDelimiterRow() {
        #expect(html("| abc | def |\n| --- |\n| bar |\n") == "<p>| abc | def |\n| --- |\n| bar |</p>\n")
    }

    @Test func columnCountComesFromTheDelimiterRow() {
        let output = html("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n")
        #expect(output.contains("<tr>\n<td>bar</td>\n<td></td>\n</tr>"))
        #expect(output.contains("<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>"))
        #expect(!output.contains("boo"))
    }

    @Test func headerOnlyTableHasNoBody() {
        #expect(html("| abc | def |\n| --- | --- |\n") == """
            <table>
            <thead>
            <tr>
            <th>abc</th>
            <th>def</th>
            </tr>
            </thead>
            </table>

            """)
    }

    @Test func paragraphLinesBeforeTheHeaderStayAParagraph() {
        let output = html("intro\n| a |\n| - |\n| b |\n")
        #expect(output.hasPrefix("<p>intro</p>\n<table>\n<thead>\n<tr>\n<th>a</th>"))
    }

    @Test func tablesInsideContainers() {
        let body = "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n"
        // A line without the quote marker is not a lazy table row: it starts a paragraph.
        #expect(html("> | a |\n> |---|\n> | b |\nlazy\n") == "<blockquote>\n" + body + "</blockquote>\n<p>lazy</p>\n")
        #expect(html("- | a |\n  |---|\n  | b |\n- x\n") == "<ul>\n<li>\n" + body + "</li>\n<li>x</li>\n</ul>\n")
    }

    @Test func tablesAreOffInCommonMarkMode() {
        let output = MarkdownDocument(parsing: "| a |\n| - |\n", options: .commonMark).html()
        #expect(output == "<p>| a |\n| - |</p>\n")
    }

    @Test func shortRowsCannotMultiplyTheOutputWithoutBound() {
        // 1,000 columns and 2,000 one-cell rows would need two million empty cells; the table stops early
        // (the budget is about one filled cell per input byte) and the remaining lines form a paragraph.
        let header = "|" + String(repeating: " a |", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n"
        let output = html(header + String(repeating: "x\n", count: 2_000))
        let cells = output.components(separatedBy: "<td></td>").count - 1
        #expect(cells > 0 && cells <= 20_000)
        #expect(output.hasSuffix("x</p>\n"))
    }

    // MARK: Strikethrough

    @Test func strikethrough() {
        #expect(html("~~Hi~~ Hello, ~there~ world!\n") == "<p><del>Hi</del> Hello, <del>there</del> world!</p>\n")
        #expect(html("This ~~has a\n\nnew paragraph~~.\n") == "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n")
        #expect(html("This will ~~~not~~~ strike.\n") == "<p>This will ~~~not~~~ strike.</p>\n")
        #expect(html("~~a~ b~\n") == "<p>~~a~ b~</p>\n")
        #expect(html("**~~a~~**\n") == "<p><strong><del>a</del></strong></p>\n")
    }

    // MARK: Extended autolinks

    @Test func wwwAutolinks() {
        #expect(html("www.commonmark.org\n") == "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n")
        #expect(html("Visit www.commonmark.org/help for more information.\n")
            == "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n")
        #expect(html("Visit www.commonmark.org.\n") == "<p>Visit <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>\n")
        #expect(html("Visit www.commonmark.org/a.b.\n")
            == "<p>Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.</p>\n")
    }

    @Test func autolinkParenthesesAndEntities() {
        #expect(html("www.google.com/search?q=Markup+(business)\n")
            == "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n")
        #expect(html("www.google.com/search?q=Markup+(business)))\n")
            == "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>))</p>\n")
        #expect(html("(www.google.com/search?q=Markup+(business))\n")
            == "<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>)</p>\n")
        #expect(html("www.google.com/search?q=commonmark&hl;\n")
            == "<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n")
        #expect(html("www.commonmark.org/he<lp\n")
            == "<p><a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp</p>\n")
    }

    @Test func httpAutolinks() {
        #expect(html("http://commonmark.org\n") == "<p><a href=\"http://commonmark.org\">http://commonmark.org</a></p>\n")
        #expect(html("(Visit https://encrypted.google.com/search?q=Markup+(business))\n")
            == "<p>(Visit <a href=\"https://encrypted.google.com/search?q=Markup+(business)\">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>\n")
        #expect(html("see https://a.b/c_d_e, ok\n") == "<p>see <a href=\"https://a.b/c_d_e\">https://a.b/c_d_e</a>, ok</p>\n")
        #expect(html("nohttp://a.b\n") == "<p>nohttp://a.b</p>\n")
        #expect(html("www.a_b.c_d\n") == "<p>www.a_b.c_d</p>\n")
    }

    @Test func emailAutolinks() {
        #expect(html("foo@bar.baz\n") == "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n")
        #expect(html("hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.\n")
            == "<p>hello@mail+xyz.example isn't valid, but <a href=\"mailto:hello+xyz@mail.example\">hello+xyz@mail.example</a> is.</p>\n")
        #expect(html("a.b-c_d@a.b\n") == "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a></p>\n")
        #expect(html("a.b-c_d@a.b.\n") == "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n")
        #expect(html("a.b-c_d@a.b-\n") == "<p>a.b-c_d@a.b-</p>\n")
        #expect(html("a.b-c_d@a.b_\n") == "<p>a.b-c_d@a.b_</p>\n")
    }

    @Test func noAutolinksInsideLinksOrCode() {
        #expect(html("[www.a.com](/x) `www.b.com`\n") == "<p><a href=\"/x\">www.a.com</a> <code>www.b.com</code></p>\n")
        #expect(html("[me@a.fi](/x)\n") == "<p><a href=\"/x\">me@a.fi</a></p>\n")
    }
}

@Suite struct AutolinkLineBreakTests {
    @Test func backslashLineBreakEndsAnExtendedAutolink() {
        let html = MarkdownDocument(parsing: "see www.x.fi\\\nnext\n").html()
        #expect(html == "<p>see <a href=\"http://www.x.fi\">www.x.fi</a><br />\nnext</p>\n")
        // Inside an address a backslash is still part of the path.
        #expect(MarkdownDocument(parsing: "www.y.fi\\x\n").html() == "<p><a href=\"http://www.y.fi%5Cx\">www.y.fi\\x</a></p>\n")
    }
}
