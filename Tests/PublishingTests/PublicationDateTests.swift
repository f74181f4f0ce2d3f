import Testing

@testable import Publishing

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
