import Markdown
import Testing

/// Inputs that make naive parsers quadratic, exponential or overflow the stack. Each must finish quickly
/// (well under a second even in a debug build); the tests check that the output is the sane, expected one.
@Suite("Adversarial inputs")
struct AdversarialInputTests {
    private func html(_ markdown: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        MarkdownDocument(parsing: markdown, options: options).html()
    }

    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test func nestedEmphasisOpeners() {
        let output = html(String(repeating: "*a **a ", count: 30_000))
        #expect(output.hasPrefix("<p>*a **a *a"))
        #expect(output.hasSuffix("</p>\n"))
        #expect(!output.contains("<em>"))
    }

    @Test func deeplyNestedEmphasis() {
        let output = html(String(repeating: "*", count: 20_000) + "a" + String(repeating: "*", count: 20_000))
        #expect(count("<strong>", in: output) == 10_000)
    }

    @Test func manyOpenBrackets() {
        #expect(html(String(repeating: "[", count: 50_000)) == "<p>" + String(repeating: "[", count: 50_000) + "</p>\n")
        #expect(html(String(repeating: "![", count: 50_000)) == "<p>" + String(repeating: "![", count: 50_000) + "</p>\n")
    }

    @Test func manyBracketParenthesisPairs() {
        #expect(html(String(repeating: "](", count: 50_000)) == "<p>" + String(repeating: "](", count: 50_000) + "</p>\n")
        let opened = html(String(repeating: "[a](", count: 10_000))
        #expect(opened == "<p>" + String(repeating: "[a](", count: 10_000) + "</p>\n")
    }

    @Test func nestedBracketsClosedAtTheEnd() {
        let markdown = String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000) + "\n\n[a]: /u"
        let output = html(markdown)
        #expect(count("<a href=\"/u\">a</a>", in: output) == 1)
    }

    @Test func manyLinksInsideUnclosedBrackets() {
        let output = html(String(repeating: "[", count: 20_000) + String(repeating: "[a](b) ", count: 20_000))
        #expect(count("<a href=\"b\">a</a>", in: output) == 20_000)
    }

    @Test func deeplyNestedBlockQuotes() {
        let output = html(String(repeating: ">", count: 25_000) + " deep")
        #expect(count("<blockquote>", in: output) == 25_000)
        #expect(count("</blockquote>", in: output) == 25_000)
        #expect(output.contains("<p>deep</p>"))
    }

    @Test func deeplyNestedLists() {
        let output = html(String(repeating: "- ", count: 10_000) + "x")
        #expect(count("<ul>", in: output) == 10_000)
        #expect(count("<li>", in: output) == 10_000)
        // The same depth written one level per line.
        var lines = ""
        for level in 0..<1_000 { lines += String(repeating: "  ", count: level) + "- x\n" }
        #expect(count("<li>", in: html(lines)) == 1_000)
    }

    @Test func manyBacktickRuns() {
        // Runs of length 1, 2, …, 1,000: no opener has a closer, so a naive scan is quadratic.
        var markdown = ""
        for length in 1...1_000 { markdown += "e" + String(repeating: "`", count: length) }
        let output = html(markdown)
        #expect(!output.contains("<code>"))
        // 50,000 single backticks pair up into 25,000 code spans.
        let pairs = html(String(repeating: "`a", count: 50_000))
        #expect(count("<code>", in: pairs) == 25_000)
    }

    @Test func unclosedHTMLConstructs() {
        let options = MarkdownOptions(allowRawHTML: true)
        for opener in ["<!--", "<?", "<![CDATA[", "<!X", "<a x=\"", "</a"] {
            let output = html("x " + String(repeating: opener + " ", count: 20_000), options: options)
            #expect(output.hasPrefix("<p>x &lt;"))
        }
    }

    @Test func wideTable() {
        let columns = 5_000
        let markdown = "|" + String(repeating: " h |", count: columns) + "\n|" + String(repeating: "---|", count: columns)
            + "\n| b |\n"
        let output = html(markdown)
        #expect(count("<th>h</th>", in: output) == columns)
        #expect(output.contains("<td>b</td>"))
        #expect(count("<td></td>", in: output) == columns - 1)
    }

    @Test func manyReferenceDefinitions() {
        var markdown = ""
        for index in 0..<5_000 { markdown += "[r\(index)]: /u\(index) \"t\(index)\"\n" }
        markdown += "\n"
        for index in 0..<5_000 { markdown += "[x][r\(index)] " }
        let output = html(markdown)
        #expect(count("<a href=", in: output) == 5_000)
        #expect(output.contains("<a href=\"/u4999\" title=\"t4999\">x</a>"))
    }

    @Test func referenceExpansionIsCapped() {
        // One long definition used 20,000 times would expand to 200 MB; expansion stops at a budget.
        let markdown = "[a]: /" + String(repeating: "x", count: 10_000) + "\n\n" + String(repeating: "[a] ", count: 20_000)
        let output = html(markdown)
        #expect(output.utf8.count < 50 * markdown.utf8.count)
        #expect(output.contains("<a href=\"/xxx"))
        #expect(output.hasSuffix("[a]</p>\n"))
    }

    @Test func underscoresAndMixedDelimiters() {
        let output = html(String(repeating: "a_b_ ", count: 30_000) + String(repeating: "**_", count: 20_000))
        #expect(output.hasPrefix("<p>a_b_ a_b_"))
    }

    @Test func manyLinesAndCRLF() {
        let output = html(String(repeating: "line\r\n", count: 50_000) + String(repeating: "\r", count: 10_000) + "end")
        #expect(output.hasPrefix("<p>line\nline"))
        #expect(output.hasSuffix("<p>end</p>\n"))
    }

    @Test func extendedAutolinkTrimmingAndFailedAttempts() {
        let parentheses = html("www.a.fi" + String(repeating: ")", count: 50_000))
        #expect(parentheses == "<p><a href=\"http://www.a.fi\">www.a.fi</a>" + String(repeating: ")", count: 50_000) + "</p>\n")
        let attempts = html(String(repeating: "(www.", count: 20_000))
        #expect(attempts == "<p>" + String(repeating: "(www.", count: 20_000) + "</p>\n")
        let links = html(String(repeating: "(www.a.fi", count: 20_000))
        #expect(count("<a href=", in: links) == 1)
    }

    @Test func manyUnclosedAngleAutolinks() {
        let output = html(String(repeating: "<http://a ", count: 30_000))
        #expect(output.hasPrefix("<p>&lt;http://a"))
    }
}
