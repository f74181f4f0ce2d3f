import Markup
import Testing

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndLiteralsAreMarkup() {
        let title = "Tom & \"Jerry\" <b>'s</b>"
        let html: HTML = "<a href=\"\(title)\">\(title)</a>"
        #expect(html.string == "<a href=\"Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;\">"
            + "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;</a>")
    }

    @Test func interpolatedHTMLIsAppendedAsItIs() {
        let inner: HTML = "<em>\("a<b")</em>"
        let outer: HTML = "<p>\(inner) \(3)</p>"
        #expect(outer.string == "<p><em>a&lt;b</em> 3</p>")
    }

    @Test func textInitialiserKeepsQuotes() {
        #expect(HTML(text: "\"x\" & 'y' <z>").string == "\"x\" &amp; 'y' &lt;z&gt;")
    }

    @Test func trustedMarkupIsTakenAsItIs() {
        #expect(HTML(trusted: "<p>a &amp; b</p>").string == "<p>a &amp; b</p>")
        #expect(HTML(trustedBytes: Array("<br>".utf8)).string == "<br>")
    }

    @Test func optionalAttributeIsEscapedOrLeftOut() {
        #expect(HTML.attribute("fill", "url(#a)\" onload=\"x").string == " fill=\"url(#a)&quot; onload=&quot;x\"")
        #expect(HTML.attribute("fill", nil).isEmpty)
        let element: HTML = "<rect\(HTML.attribute("title", "a & b"))/>"
        #expect(element.string == "<rect title=\"a &amp; b\"/>")
    }

    @Test func joinedPutsSeparatorsBetween() {
        let items: [HTML] = ["<li>1</li>", "<li>2</li>", "<li>3</li>"]
        #expect(items.joined(separator: "\n").string == "<li>1</li>\n<li>2</li>\n<li>3</li>")
        #expect([HTML]().joined(separator: ",").isEmpty)
    }

    @Test func appendingBuildsOneBuffer() {
        var html = HTML()
        html += "<p>"
        html.append(attributeValue: "ä & \"ö\"")
        html = html + "</p>"
        #expect(html.string == "<p>ä &amp; &quot;ö&quot;</p>")
        #expect(html.bytes == Array("<p>ä &amp; &quot;ö&quot;</p>".utf8))
    }
}

@Suite struct EscapeTests {
    @Test func htmlTextEscapesMarkupCharactersOnly() {
        #expect(Escape.htmlText("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d \"e\" 'f'")
    }

    @Test func htmlAttributeAlsoEscapesQuotes() {
        #expect(Escape.htmlAttribute("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;")
    }

    @Test func htmlDropsControlsAndNoncharactersButKeepsWhitespace() {
        // Swift literals cannot hold U+FFFE and friends, so build the text from scalars.
        let scalars: [UInt32] = [0x61, 0, 1, 0x62, 9, 0x63, 10, 0x64, 13, 0x65, 0x7F, 0x66, 0x85, 0x67, 0x9F, 0x68,
                                 0xFDD0, 0x69, 0xFFFE, 0x6A, 0x1FFFF, 0x6B, 0x10FFFF, 0x6C]
        var text = ""
        for value in scalars { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        #expect(Escape.htmlText(text) == "ab\tc\nd\refghijkl")
        // Neighbours of the dropped ranges stay.
        #expect(Escape.htmlText("\u{A0}\u{FDCF}\u{FDF0}\u{FFFD}\u{1FFFD}") == "\u{A0}\u{FDCF}\u{FDF0}\u{FFFD}\u{1FFFD}")
    }

    @Test func htmlLeavesCleanTextAndNonASCIIAlone() {
        let text = "Työllisyysalue – Sysselsättningsområde 12,5\u{00A0}%"
        #expect(Escape.htmlText(text) == text)
        #expect(Escape.htmlAttribute(text[...]) == text)
    }

    @Test func xmlIsSafeInTextAndAttributesAndAlwaysParses() {
        #expect(Escape.xml("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(Escape.xml("]]>") == "]]&gt;")
        #expect(Escape.xml("1\t2\n3\r4") == "1&#9;2&#10;3&#13;4")
        var text = "x\u{1}y"
        text.unicodeScalars.append(Unicode.Scalar(0xFFFE)!)
        #expect(Escape.xml(text + "z") == "x\u{FFFD}y\u{FFFD}z")
    }

    @Test func jsonQuotesAndEscapesWhatRFC8259Requires() {
        #expect(Escape.json("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(Escape.json("1\n2\r3\t4\u{1}") == "\"1\\n2\\r3\\t4\\u0001\"")
        #expect(Escape.json("ä/€") == "\"ä/€\"")
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        #expect(Escape.csvField("12.5") == "12.5")
        #expect(Escape.csvField("a,b") == "\"a,b\"")
        #expect(Escape.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escape.csvField("line\nbreak") == "\"line\nbreak\"")
        #expect(Escape.csvField("12,5", separator: ";") == "12,5")
        #expect(Escape.csvField("a;b", separator: ";") == "\"a;b\"")
    }
}
