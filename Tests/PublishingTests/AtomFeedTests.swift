import TestSupport
import Testing

@testable import Publishing

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
                <title>Uutinen &quot;yksi&quot;</title>
                <updated>2026-09-15T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/uutiset/1/"/>
                <summary>Rivi 1&#10;Rivi 2</summary>
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
