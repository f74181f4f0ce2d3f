import Testing
import Markdown

/// Table alignment as classes for pages that must validate as HTML5 under a strict CSP.
@Suite struct AlignmentClassTests {
    let table = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"

    @Test func gfmDefaultKeepsTheAlignAttribute() {
        let html = MarkdownDocument(parsing: table).html()
        #expect(html.contains("<th align=\"left\">a</th>\n<th align=\"center\">b</th>\n<th align=\"right\">c</th>"))
    }

    @Test func classesReplaceTheObsoleteAttribute() {
        var options = MarkdownOptions()
        options.alignmentClasses = true
        let html = MarkdownDocument(parsing: table, options: options).html()
        #expect(html.contains("<td class=\"align-left\">1</td>\n<td class=\"align-center\">2</td>\n<td class=\"align-right\">3</td>"))
        #expect(!html.contains("align=\""))
    }
}
