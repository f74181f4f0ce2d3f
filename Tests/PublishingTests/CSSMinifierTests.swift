import Publishing
import Testing

@Suite struct CSSMinifierTests {
    @Test func dropsCommentsAndLayoutButKeepsMeaningfulSpace() {
        let css = """
            /* The header. */
            .site-header a:hover,
            .site-header  a :focus-visible {
              color: var(--text);   /* why */
              margin: 0 auto !important;
              width: calc(100% - 2rem);
            }
            @media (min-width: 40rem) {
              nav > ul li + li { gap: 1rem; }
            }

            """
        #expect(CSSMinifier.minify(css) == """
            .site-header a:hover,.site-header a :focus-visible{color: var(--text);margin: 0 auto!important;\
            width: calc(100% - 2rem)}@media (min-width: 40rem){nav>ul li + li{gap: 1rem}}

            """)
    }

    @Test func copiesStringsAndURLsAsTheyAre() {
        let css = #".a::before { content: "a ; /* b */  {c}"; } .b { background: url(x/y z.svg ); } .c { content: 'it\'s  }'; }"#
        #expect(CSSMinifier.minify(css) == #".a::before{content: "a ; /* b */  {c}"}.b{background: url(x/y z.svg )}.c{content: 'it\'s  }'}"# + "\n")
    }

    @Test func anUnclosedCommentOrStringEndsTheInput() {
        #expect(CSSMinifier.minify(".a { x: 1 } /* open") == ".a{x: 1}\n")
        #expect(CSSMinifier.minify(".a { content: \"open") == ".a{content: \"open\n")
    }
}
