@testable import Charts
import Testing

@Suite struct TextMetricsTests {
    @Test func widerTextMeasuresWider() {
        let narrow = TextMetrics.width("illi", fontSize: 10)
        let wide = TextMetrics.width("MWMW", fontSize: 10)
        #expect(narrow < wide)
        #expect(TextMetrics.width("abc", fontSize: 20) == 2 * TextMetrics.width("abc", fontSize: 10))
    }

    /// Width is measured per character, even where a character is several scalars: the fast path over scalars
    /// must step aside for combining marks and CR LF.
    @Test func measuresCharactersNotScalars() {
        let one = TextMetrics.width("a", fontSize: 10)
        #expect(TextMetrics.width("e\u{301}", fontSize: 10) == one)
        #expect(TextMetrics.width("\r\n", fontSize: 10) == one)
        #expect(TextMetrics.width("Ä", fontSize: 10) == TextMetrics.width("A", fontSize: 10))
        #expect(TextMetrics.width("Å\u{30A}", fontSize: 10) == TextMetrics.width("A", fontSize: 10))
        #expect(TextMetrics.width("työ 12,5\u{A0}%", fontSize: 10) == TextMetrics.width("tyo 12,5 %", fontSize: 10))
    }

    @Test func wrapsAtSpacesAndHyphens() {
        let lines = TextMetrics.wrap("Pohjois-Pohjanmaan työllisyysalue", maxWidth: 110, fontSize: 13, maxLines: 3)
        #expect(lines == ["Pohjois-", "Pohjanmaan", "työllisyysalue"])
        #expect(TextMetrics.wrap("Koko maa", maxWidth: 200, fontSize: 13, maxLines: 2) == ["Koko maa"])
    }

    @Test func truncatesWithEllipsisBeyondMaxLines() {
        let lines = TextMetrics.wrap("one two three four five six", maxWidth: 30, fontSize: 13, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
    }
}

@Suite struct LabelPlacementTests {
    @Test func leavesSeparatedLabelsInPlace() {
        let tops = LabelPlacement.spread(desiredCentres: [20, 80], heights: [10, 10], gap: 2, minimum: 0, maximum: 100)
        #expect(tops == [15, 75])
    }

    @Test func pushesOverlappingLabelsApartInOrder() {
        let tops = LabelPlacement.spread(desiredCentres: [50, 50, 52], heights: [20, 20, 20], gap: 4, minimum: 0, maximum: 200)
        for (a, b) in [(0, 1), (1, 2)] {
            #expect(tops[b] >= tops[a] + 24)
        }
    }

    @Test func keepsLabelsInsideTheBounds() {
        let tops = LabelPlacement.spread(desiredCentres: [98, 99, 100], heights: [10, 10, 10], gap: 2, minimum: 0, maximum: 100)
        #expect(tops.max()! + 10 <= 100)
        #expect(tops.sorted() == tops)
        let crowded = LabelPlacement.spread(desiredCentres: [5, 5, 5], heights: [40, 40, 40], gap: 0, minimum: 0, maximum: 100)
        #expect(crowded == [0, 40, 80])
    }
}
