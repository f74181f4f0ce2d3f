import Foundation
import Publishing
import TestSupport
import Testing

@testable import SiteGenerator

/// The site's Atom feeds, one per language, built from the model (`AtomFeed+Model`).
@Suite struct SiteFeedTests {
    let published: PublishedFiles

    init() throws {
        published = try OpenDataFixture.published(baseURL: "https://example.org/tavoitteet")
    }

    @Test func finnishFeedExactly() throws {
        #expect(published.feeds == ["fi": "fi/feed.xml", "sv": "sv/feed.xml", "en": "en/feed.xml"])
        #expect(
            try published.text("fi/feed.xml") == """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">
                  <id>https://example.org/tavoitteet/fi/feed.xml</id>
                  <title>Tavoitteet – päivitykset</title>
                  <updated>2026-11-02T00:00:00Z</updated>
                  <author><name>Ministeriö</name></author>
                  <link rel="self" type="application/atom+xml" href="https://example.org/tavoitteet/fi/feed.xml"/>
                  <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/"/>
                  <entry>
                    <id>https://example.org/tavoitteet/fi/feed.xml#page-about-2026-11-02</id>
                    <title>Sivu päivitetty: Tietoa</title>
                    <updated>2026-11-02T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/tietoa/"/>
                    <summary>Mikä sivusto on.</summary>
                  </entry>
                  <entry>
                    <id>https://example.org/tavoitteet/fi/feed.xml#data-jobs-2026-10-28</id>
                    <title>Työlliset: tiedot päivitetty</title>
                    <updated>2026-10-28T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/mittarit/jobs/"/>
                    <summary>Uusin ajanjakso: syyskuu 2026. Lähde: Tilasto, &quot;työ&quot;.</summary>
                  </entry>
                  <entry>
                    <id>https://example.org/tavoitteet/fi/feed.xml#data-groups-2026-03-01</id>
                    <title>Ryhmät lyhyesti: tiedot päivitetty</title>
                    <updated>2026-03-01T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/mittarit/groups/"/>
                    <summary>Uusin ajanjakso: 2025. Lähde: Rekisteri.</summary>
                  </entry>
                  <entry>
                    <id>https://example.org/tavoitteet/fi/feed.xml#discussion-2025-ely-uusimaa</id>
                    <title>Seurantakeskustelu 2025</title>
                    <updated>2025-10-21T00:00:00Z</updated>
                    <link rel="alternate" type="text/html" href="https://example.org/tavoitteet/fi/keskustelut/2025-ely-uusimaa/"/>
                    <summary>Alueellinen yhteistyö- ja seurantakeskustelu, Uudenmaan ELY-keskus, 21.10.2025.</summary>
                  </entry>
                </feed>

                """)
    }

    @Test func feedsAreWellFormedAtom() throws {
        guard Python.isAvailable else { return }
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            ns = {'a': 'http://www.w3.org/2005/Atom'}
            ids = [e.text for e in root.findall('a:entry/a:id', ns)]
            dates = [e.text for e in root.findall('a:entry/a:updated', ns)]
            assert len(ids) == len(set(ids)) and dates == sorted(dates, reverse=True)
            assert root.find('a:updated', ns).text == dates[0]
            print(len(ids))
            """
        for language in ["fi", "sv", "en"] {
            let feed = try #require(published.files["\(language)/feed.xml"])
            #expect(String(decoding: try Python.run(script, input: feed), as: UTF8.self) == "4\n", "\(language)")
        }
    }

    @Test func feedEntriesUseTheLanguageAndCatalogTexts() throws {
        let swedish = try published.text("sv/feed.xml")
        #expect(swedish.contains("<title>Sysselsatta: uppgifterna uppdaterade</title>"))
        #expect(swedish.contains("<summary>Senaste period: september 2026. Källa: Statistik.</summary>"))
        // A catalog text wins over the built-in one.
        let model = try OpenDataFixture.model(extraFiles: [
            "i18n/en.json": #"{"feed.entry.data": "New figures: {indicator}", "feed.title": "{site} feed"}"#
        ])
        let feed = AtomFeed(model: model, language: "en", strings: PublishingStrings(model: model))
        #expect(feed.title == "Goals feed")
        #expect(feed.entries.map(\.title).contains("New figures: Employed"))
    }

    @Test func emptyFeedHasAFixedDate() throws {
        var model = try OpenDataFixture.model()
        model.indicators = []
        model.discussions = []
        model.pages = [:]
        let feed = AtomFeed(model: model, language: "fi", strings: PublishingStrings(model: model))
        #expect(feed.entries.isEmpty)
        #expect(feed.updated == PublicationDate(year: 1980, month: 1, day: 1))
    }
}
