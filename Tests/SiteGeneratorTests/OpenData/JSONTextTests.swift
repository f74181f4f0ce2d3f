import Foundation
import Testing

@testable import SiteGenerator

@Suite struct JSONTextTests {
    @Test func layoutKeepsShallowContainersOnOneLine() {
        let document = JSONText.object([
            ("name", .object([("fi", .string("Ä")), ("en", .string("A"))])),
            ("empty", .array([])),
            (
                "values",
                .array([
                    .object([("period", .string("2024")), ("value", .number("1.0"))]),
                    .object([
                        ("period", .string("2025")), ("value", .null), ("flags", .array([.string("provisional")])),
                    ]),
                ])
            ),
            ("ok", .bool(true)),
        ])
        #expect(
            document.rendered() == """
                {
                  "name": {"fi": "Ä", "en": "A"},
                  "empty": [],
                  "values": [
                    {"period": "2024", "value": 1.0},
                    {"period": "2025", "value": null, "flags": ["provisional"]}
                  ],
                  "ok": true
                }

                """)
    }

    @Test func stringEscapesRoundTripThroughFoundation() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} ä € 😀"
        let rendered = JSONText.array([.string(text)]).rendered()
        #expect(rendered.contains("\\u0007"))
        let parsed = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String]
        #expect(parsed == [text])
    }
}
