import Testing

@testable import Publishing

@Suite struct XMLTextTests {
    @Test func escapesText() {
        #expect(XMLText.escapingText("a & b < c > d ]]> \"q\" 'a'") == "a &amp; b &lt; c &gt; d ]]&gt; \"q\" 'a'")
        #expect(XMLText.escapingText("line\nnext\ttab\r") == "line\nnext\ttab&#13;")
        #expect(XMLText.escapingText("Työllisyys – åäö 🇫🇮") == "Työllisyys – åäö 🇫🇮")
    }

    @Test func escapesAttributes() {
        #expect(XMLText.escapingAttribute("a&b<c>\"d\"'e'") == "a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;")
        #expect(XMLText.escapingAttribute("x\ty\nz\r") == "x&#9;y&#10;z&#13;")
    }

    @Test func replacesCharactersXMLCannotRepresent() {
        #expect(XMLText.escapingText("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(XMLText.escapingAttribute("\u{8}") == "\u{FFFD}")
        // U+0085 and U+007F are allowed (discouraged) in XML 1.0; they are kept.
        #expect(XMLText.escapingText("\u{7F}\u{85}") == "\u{7F}\u{85}")
    }
}
