@testable import Markdown
import Testing

/// cmark's pathological shapes for the block pass, checked by counting work rather than timing it: the open
/// blocks the parser visits must grow linearly with the input. Four times the input may cost at most six
/// times the visits; a quadratic pass would cost sixteen times.
@Suite("Block pass scaling")
struct BlockPassScalingTests {
    /// A shape of input at size `n`, and the number of list items it must produce.
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let shapes = [
        Shape(name: "empty lines in deeply nested lists") {
            String(repeating: "- ", count: $0) + "x" + String(repeating: "\n", count: $0)
        },
        Shape(name: "empty lines in deeply nested lists in a block quote") {
            "> " + String(repeating: "- ", count: $0) + "x\n" + String(repeating: ">\n", count: $0)
        },
        Shape(name: "empty lines after a reference definition in deeply nested lists") {
            String(repeating: "- ", count: $0) + "[r]: /u" + String(repeating: "\n", count: $0)
        },
    ]

    private func blockVisits(_ markdown: String) -> Int {
        var parser = Parser(input: Array(markdown.utf8), options: MarkdownOptions())
        parser.parseBlocks()
        return parser.blockVisits
    }

    @Test(arguments: shapes) func workGrowsLinearly(_ shape: Shape) {
        let small = blockVisits(shape.markdown(1_000))
        let large = blockVisits(shape.markdown(4_000))
        #expect(small >= 1_000)
        #expect(large <= 6 * small, "\(small) visits at 1 000, \(large) at 4 000")
    }

    @Test(arguments: shapes) func outputKeepsEveryLevel(_ shape: Shape) {
        let html = MarkdownDocument(parsing: shape.markdown(2_000)).html()
        #expect(html.components(separatedBy: "<li>").count - 1 == 2_000)
        #expect(html.components(separatedBy: "</ul>").count - 1 == 2_000)
    }

    @Test func emptyLinesStillCloseWhatTheyClose() {
        // The shortcut for repeated empty lines must not keep open what an empty line closes.
        let cases = [
            // An item whose only paragraph was a reference definition is empty after the first empty line.
            ("- [r]: /u\n\n\n  x\n", "<ul>\n<li></li>\n</ul>\n<p>x</p>\n"),
            // Spaces keep an empty item open for one line; the empty line after them closes it.
            ("-\n      \n\n  x\n", "<ul>\n<li></li>\n</ul>\n<p>x</p>\n"),
            // When the reference-only paragraph goes, the code block before it becomes the item's last child, and
            // the second empty line marks it as ending in a blank line: the item is loose.
            (
                "- -     c\n    [r]: /u\n\n\n    d\n",
                "<ul>\n<li>\n<ul>\n<li>\n<pre><code>c\n</code></pre>\n<p>d</p>\n</li>\n</ul>\n</li>\n</ul>\n"
            ),
            // Code blocks keep every empty line.
            (
                "- - ```\n    a\n\n\n\n    b\n",
                "<ul>\n<li>\n<ul>\n<li>\n<pre><code>a\n\n\n\nb\n</code></pre>\n</li>\n</ul>\n</li>\n</ul>\n"
            ),
        ]
        for (markdown, expected) in cases {
            #expect(MarkdownDocument(parsing: markdown).html() == expected, "\(markdown.debugDescription)")
        }
    }
}
