import Testing

@testable import SiteGenerator

@Suite struct PublishingStringsTests {
    @Test func placeholdersAreFilledOnce() throws {
        let strings = PublishingStrings(model: try OpenDataFixture.model())
        #expect(
            strings.format("feed.entry.data", "fi", ["indicator": "{indicator} {x"])
                == "{indicator} {x: tiedot päivitetty")
        #expect(strings.text("feed.entry.page", "de") == "Sivu päivitetty: {title}")
        #expect(strings.text("no.such.key", "fi") == "no.such.key")
    }
}
