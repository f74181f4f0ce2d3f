import Testing

@testable import SiteGenerator

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

@Suite struct PublicationDateTests {
    @Test func parsesAndFormats() throws {
        let date = try #require(PublicationDate(iso8601: "2026-09-30"))
        #expect(date.iso8601 == "2026-09-30")
        #expect(date.rfc3339 == "2026-09-30T00:00:00Z")
        #expect(PublicationDate(year: 5, month: 1, day: 2)?.iso8601 == "0005-01-02")
    }

    @Test(arguments: [
        "2026-9-30", "2026-09-31", "2025-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "26-01-01",
        "2026-01-01T00:00", "２０２６-01-01", "+026-01-01", "", "2026--01-01",
    ])
    func rejectsInvalidDates(text: String) {
        #expect(PublicationDate(iso8601: text) == nil)
    }

    @Test func leapYears() {
        #expect(PublicationDate(iso8601: "2024-02-29") != nil)
        #expect(PublicationDate(iso8601: "2000-02-29") != nil)
    }

    @Test func ordersChronologically() throws {
        let dates = ["2026-01-02", "2025-12-31", "2026-01-01"].compactMap { PublicationDate(iso8601: $0) }
        #expect(dates.sorted().map(\.iso8601) == ["2025-12-31", "2026-01-01", "2026-01-02"])
    }
}

@Suite struct SitemapTests {
    let base = try! BaseURL("https://example.org/tavoitteet")

    @Test func listsEveryLanguageVersionWithReciprocalAlternates() {
        let sitemap = Sitemap(
            baseURL: base,
            pages: [
                Sitemap.Page(
                    versions: [
                        .init(language: "fi", path: "fi/index.html"), .init(language: "sv", path: "sv/index.html"),
                    ],
                    defaultPath: "fi/index.html",
                    lastModified: PublicationDate(iso8601: "2026-10-01")
                ),
                Sitemap.Page(versions: [.init(language: "fi", path: "fi/alueet/åbo & co/index.html")], defaultPath: nil),
            ]
        )
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
              <url>
                <loc>https://example.org/tavoitteet/fi/</loc>
                <lastmod>2026-10-01</lastmod>
                <xhtml:link rel="alternate" hreflang="fi" href="https://example.org/tavoitteet/fi/"/>
                <xhtml:link rel="alternate" hreflang="sv" href="https://example.org/tavoitteet/sv/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/tavoitteet/fi/"/>
              </url>
              <url>
                <loc>https://example.org/tavoitteet/sv/</loc>
                <lastmod>2026-10-01</lastmod>
                <xhtml:link rel="alternate" hreflang="fi" href="https://example.org/tavoitteet/fi/"/>
                <xhtml:link rel="alternate" hreflang="sv" href="https://example.org/tavoitteet/sv/"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/tavoitteet/fi/"/>
              </url>
              <url>
                <loc>https://example.org/tavoitteet/fi/alueet/%C3%A5bo%20%26%20co/</loc>
              </url>
            </urlset>

            """
        #expect(sitemap.render() == expected)
    }

    @Test func emptySitemapIsWellFormed() throws {
        let xml = Sitemap(baseURL: base, pages: []).render()
        #expect(xml.hasSuffix("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n</urlset>\n"))
        if Python.isAvailable {
            _ = try Python.run("import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.stdin.buffer)", input: Array(xml.utf8))
        }
    }
}

@Suite struct AtomFeedTests {
    let base = try! BaseURL("https://example.org/tavoitteet/")

    var feed: AtomFeed {
        AtomFeed(
            id: "fi/feed.xml", title: "Työllisyystavoitteet & päivitykset", language: "fi",
            updated: PublicationDate(iso8601: "2026-10-01")!, authorName: "Esimerkki <ry>",
            selfPath: "fi/feed.xml", alternatePath: "fi/index.html",
            entries: [
                .init(
                    id: "fi/tavoitteet/1/index.html#paivitys-2026-09", title: "Uudet luvut: syyskuu 2026",
                    updated: PublicationDate(iso8601: "2026-10-01")!, summary: "Työttömyysaste 12 % < 13 %.",
                    path: "fi/tavoitteet/1/index.html"
                ),
                .init(
                    id: "tag:example.org,2026:uutinen-1", title: "Uutinen \"yksi\"",
                    updated: PublicationDate(iso8601: "2026-09-15")!, summary: "Rivi 1\nRivi 2",
                    path: "fi/uutiset/1/index.html"
                ),
            ]
        )
    }

    @Test func rendersTheFeed() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">
              <id>https://example.org/tavoitteet/fi/feed.xml</id>
              <title>Työllisyystavoitteet &amp; päivitykset</title>
              <updated>2026-10-01T00:00:00Z</updated>
              <author><name>Esimerkki &lt;ry&gt;</name></author>
              <link rel="self" type="application/atom+xml" href="https://example.org/tavoitteet/fi/feed.xml"/>
              <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/"/>
              <entry>
                <id>https://example.org/tavoitteet/fi/tavoitteet/1/#paivitys-2026-09</id>
                <title>Uudet luvut: syyskuu 2026</title>
                <updated>2026-10-01T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/tavoitteet/1/"/>
                <summary>Työttömyysaste 12 % &lt; 13 %.</summary>
              </entry>
              <entry>
                <id>tag:example.org,2026:uutinen-1</id>
                <title>Uutinen "yksi"</title>
                <updated>2026-09-15T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/uutiset/1/"/>
                <summary>Rivi 1
            Rivi 2</summary>
              </entry>
            </feed>

            """
        #expect(feed.render(baseURL: base) == expected)
    }

    @Test(.enabled(if: Python.isAvailable, "needs python3")) func parsesAsAtomWithPython() throws {
        let script = """
            import sys, xml.etree.ElementTree as ET
            ns = {'a': 'http://www.w3.org/2005/Atom'}
            root = ET.fromstring(sys.stdin.buffer.read())
            print(root.find('a:title', ns).text)
            for e in root.findall('a:entry', ns):
                print(e.find('a:id', ns).text, '|', e.find('a:title', ns).text, '|', e.find('a:summary', ns).text)
            """
        let output = String(decoding: try Python.run(script, input: Array(feed.render(baseURL: base).utf8)), as: UTF8.self)
        #expect(
            output == """
                Työllisyystavoitteet & päivitykset
                https://example.org/tavoitteet/fi/tavoitteet/1/#paivitys-2026-09 | Uudet luvut: syyskuu 2026 | Työttömyysaste 12 % < 13 %.
                tag:example.org,2026:uutinen-1 | Uutinen "yksi" | Rivi 1
                Rivi 2

                """)
    }

    @Test(arguments: [
        ("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"),
        ("https://other.example/x", "https://other.example/x"),
        ("fi/x:y/index.html", "https://example.org/tavoitteet/fi/x%3Ay/"),
        ("2026:update", "https://example.org/tavoitteet/2026%3Aupdate"),
    ])
    func identifiers(id: String, expected: String) {
        #expect(AtomFeed.absoluteIdentifier(id, baseURL: base) == expected)
    }
}

@Suite struct RobotsTxtTests {
    @Test func pointsToTheSitemap() throws {
        #expect(
            RobotsTxt.render(baseURL: try BaseURL("https://example.org/tavoitteet")) == """
                User-agent: *
                Disallow:

                Sitemap: https://example.org/tavoitteet/sitemap.xml

                """)
    }
}
