import Testing
@testable import Dashboard

/// The similar-areas method of the methods page: z-scores, Euclidean distance over the shared features, the five
/// nearest with ties by id.
@Suite struct SimilarAreasTests {
    /// Four places on a square: feature x is 1, 1, 3, 3 (mean 2, standard deviation 1), feature y is 10, 30, 10,
    /// 30 (mean 20, deviation 10), so the scores are a (−1, −1), b (−1, 1), c (1, −1), d (1, 1).
    static let square = SimilarAreas(places: ["d", "c", "b", "a"], features: [
        .init(id: "x", values: ["a": 1, "b": 1, "c": 3, "d": 3]),
        .init(id: "y", values: ["a": 10, "b": 30, "c": 10, "d": 30]),
    ])

    @Test func standardisesAndMeasuresByHand() throws {
        let similar = Self.square
        #expect(similar.places == ["a", "b", "c", "d"])
        #expect(similar.score(of: "a", feature: 0) == -1)
        #expect(similar.score(of: "b", feature: 1) == 1)
        #expect(similar.distance(between: "a", and: "b")?.distance == 2)
        #expect(similar.distance(between: "a", and: "b")?.sharedFeatures == 2)
        let diagonal = try #require(similar.distance(between: "a", and: "d")?.distance)
        #expect(abs(diagonal - 8.0.squareRoot()) < 1e-12)
        #expect(similar.distance(between: "a", and: "a")?.distance == 0)
        #expect(similar.distance(between: "a", and: "nowhere") == nil)
    }

    @Test func nearestFirstAndEqualDistancesByID() {
        // b and c are both 2 from a: b comes first by id; d, the diagonal, last.
        #expect(Self.square.neighbours(of: "a").map(\.id) == ["b", "c", "d"])
        #expect(Self.square.neighbours(of: "d").map(\.id) == ["b", "c", "a"])
        #expect(Self.square.neighbours(of: "a", count: 1).map(\.id) == ["b"])
        // The place itself is never its own neighbour.
        #expect(!Self.square.neighbours(of: "c").contains { $0.id == "c" })
    }

    @Test func aCountIsComparedOnItsLogarithm() throws {
        // log 100 and log 10 000 are 2 log 10 apart; the middle one, log 1 000, is their mean.
        let similar = SimilarAreas(places: ["a", "b", "c"], features: [
            .init(id: "size", values: ["a": 100, "b": 1000, "c": 10000], logScale: true),
        ])
        #expect(try #require(similar.score(of: "b", feature: 0)) == 0)
        let ab = try #require(similar.distance(between: "a", and: "b")?.distance)
        let bc = try #require(similar.distance(between: "b", and: "c")?.distance)
        #expect(abs(ab - bc) < 1e-12)
        // On the plain scale, b would be much nearer to a than to c.
        let plain = SimilarAreas(places: ["a", "b", "c"], features: [
            .init(id: "size", values: ["a": 100, "b": 1000, "c": 10000]),
        ])
        #expect(plain.neighbours(of: "b").map(\.id) == ["a", "c"])
        #expect(try #require(plain.distance(between: "a", and: "b")?.distance)
                    < #require(plain.distance(between: "b", and: "c")?.distance) / 5)
    }

    @Test func distanceIsSymmetric() throws {
        let values: [String: Double] = ["a": 3.5, "b": 12.25, "c": 7, "d": 7.5, "e": 0.5, "f": 22]
        let similar = SimilarAreas(places: Array(values.keys), features: [
            .init(id: "x", values: values),
            .init(id: "y", values: values.mapValues { ($0 * 7).truncatingRemainder(dividingBy: 5) }),
            .init(id: "z", values: values.filter { $0.key != "c" }.mapValues { 100 - $0 * $0 }),
        ])
        for a in similar.places {
            for b in similar.places {
                let there = try #require(similar.distance(between: a, and: b))
                let back = try #require(similar.distance(between: b, and: a))
                #expect(there.distance == back.distance)
                #expect(there.sharedFeatures == back.sharedFeatures)
            }
        }
    }

    @Test func theSameFiguresGiveTheSameNeighboursInAnyOrder() {
        let places = (0..<20).map { "area-\($0)" }
        // Many equal distances: values repeat every four places.
        let x = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, Double($0 % 4)) })
        let y = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1, Double($0 % 3)) })
        let first = SimilarAreas(places: places, features: [.init(id: "x", values: x), .init(id: "y", values: y)])
        let second = SimilarAreas(places: places.reversed(), features: [.init(id: "x", values: x),
                                                                        .init(id: "y", values: y)])
        for place in places {
            #expect(first.neighbours(of: place) == second.neighbours(of: place))
            let distances = first.neighbours(of: place).map(\.distance)
            #expect(distances == distances.sorted())
        }
        // area-0 (0, 0) equals area-12 (0, 0) exactly; the next nearest are tied and come by id.
        #expect(first.neighbours(of: "area-0").first?.id == "area-12")
        #expect(first.neighbours(of: "area-0").first?.distance == 0)
    }

    @Test func aMissingFeatureIsLeftOutAndTheRestScaledUp() throws {
        // e has no x, so x's mean and deviation come from a–d and e is compared on y alone. On y, the values 10,
        // 30, 10, 30, 20 have mean 20 and variance 80: a scores −10/√80, e 0; scaled by 2 features ÷ 1 shared, the
        // distance is √(100/80 · 2) = √2,5.
        let similar = SimilarAreas(places: ["a", "b", "c", "d", "e", "f"], features: [
            .init(id: "x", values: ["a": 1, "b": 1, "c": 3, "d": 3]),
            .init(id: "y", values: ["a": 10, "b": 30, "c": 10, "d": 30, "e": 20]),
        ])
        #expect(similar.score(of: "a", feature: 0) == -1)
        #expect(similar.score(of: "e", feature: 0) == nil)
        let ae = try #require(similar.distance(between: "a", and: "e"))
        #expect(ae.sharedFeatures == 1)
        #expect(abs(ae.distance - 2.5.squareRoot()) < 1e-12)
        // f has no figures at all: no distance to anyone, and never a neighbour.
        #expect(similar.distance(between: "a", and: "f") == nil)
        #expect(similar.neighbours(of: "f").isEmpty)
        #expect(!similar.neighbours(of: "a", count: 10).contains { $0.id == "f" })
        // With y's deviation √80, b is √5 from a on y, c 2 on x, d √9: e (√2,5) is nearest.
        #expect(similar.neighbours(of: "a", count: 10).map(\.id) == ["e", "c", "b", "d"])
    }

    @Test func aFeatureThatDoesNotVaryScoresZero() {
        let similar = SimilarAreas(places: ["a", "b"], features: [
            .init(id: "x", values: ["a": 4, "b": 4]),
            .init(id: "size", values: ["a": 0, "b": 10], logScale: true),
        ])
        #expect(similar.score(of: "a", feature: 0) == 0)
        // log 0 has no value: a is compared without it.
        #expect(similar.score(of: "a", feature: 1) == nil)
        #expect(similar.score(of: "b", feature: 1) == 0)
        #expect(similar.distance(between: "a", and: "b")?.sharedFeatures == 1)
    }

    @Test func everyExampleAreaHasFiveNeighboursFromRealFigures() throws {
        let model = try #require(ExampleRegistryTests.model)
        let similar = SimilarAreas(model: model)
        #expect(similar.features.map(\.id) == SimilarAreas.indicatorIDs)
        #expect(similar.places.count == 45)
        for area in model.areas {
            let neighbours = similar.neighbours(of: area.id)
            #expect(neighbours.count == 5, "\(area.id)")
            #expect(Set(neighbours.map(\.id)).count == 5)
        }
    }
}
