import Foundation

/// Each employment area's statistical neighbours: the areas whose figures are closest to its own.
///
/// Every feature is standardised across the places that have it (z-scores: minus the mean, divided by the
/// population standard deviation), so that a share and a rate per 1 000 weigh the same; a feature on a log scale
/// (a count, whose size is what matters) is standardised after taking its natural logarithm. The distance of two
/// places is Euclidean over the features both have, scaled up by (all features ÷ shared features) so that a pair
/// compared on fewer features is not made to look closer. Places that share no feature have no distance. The
/// nearest come first; equal distances are ordered by id, so the result never depends on the input's order.
public struct SimilarAreas: Sendable {
    /// One figure that describes every place, e.g. the unemployed share of the labour force.
    public struct Feature: Sendable {
        public var id: String
        /// Place id → value; a place without a value (suppressed, not published) is left out.
        public var values: [String: Double]
        /// Compare the logarithm (counts, where 2 000 and 20 000 differ as much as 20 000 and 200 000).
        public var logScale: Bool

        public init(id: String, values: [String: Double], logScale: Bool = false) {
            self.id = id
            self.values = values
            self.logScale = logScale
        }
    }

    /// A place near another one.
    public struct Neighbour: Sendable, Equatable {
        public var id: String
        public var distance: Double
        /// How many features the two places were compared on.
        public var sharedFeatures: Int
    }

    /// The places compared, sorted by id.
    public let places: [String]
    /// The features, in the order given.
    public let features: [Feature]
    /// Place id → its standard score per feature (nil where it has no value).
    private let scores: [String: [Double?]]

    public init(places: [String], features: [Feature]) {
        self.places = Array(Set(places)).sorted()
        self.features = features
        var scores = Dictionary(uniqueKeysWithValues: self.places.map { ($0, [Double?]()) })
        for feature in features {
            let standardised = Self.standardise(feature, places: self.places)
            for place in self.places { scores[place]?.append(standardised[place]) }
        }
        self.scores = scores
    }

    /// A feature's standard scores over `places`. A feature that does not vary (or has one value) tells places
    /// apart in nothing, so every place with a value scores zero.
    static func standardise(_ feature: Feature, places: [String]) -> [String: Double] {
        let values = places.compactMap { place -> (String, Double)? in
            guard let value = feature.values[place], value.isFinite,
                  !feature.logScale || value > 0 else { return nil }
            return (place, feature.logScale ? log(value) : value)
        }
        guard !values.isEmpty else { return [:] }
        let count = Double(values.count)
        let mean: Double = values.reduce(0.0) { $0 + $1.1 } / count
        let variance: Double = values.reduce(0.0) { $0 + ($1.1 - mean) * ($1.1 - mean) } / count
        let deviation = variance.squareRoot()
        var scores: [String: Double] = [:]
        for (place, value) in values {
            scores[place] = deviation > 0 ? (value - mean) / deviation : 0
        }
        return scores
    }

    /// The standard score of a place on a feature (by index in `features`).
    public func score(of place: String, feature index: Int) -> Double? {
        scores[place].flatMap { index < $0.count ? $0[index] : nil }
    }

    /// The distance of two places and the number of features they were compared on; nil when they share none
    /// or either is unknown.
    public func distance(between a: String, and b: String) -> (distance: Double, sharedFeatures: Int)? {
        guard let first = scores[a], let second = scores[b] else { return nil }
        var sum = 0.0
        var shared = 0
        for (x, y) in zip(first, second) {
            guard let x, let y else { continue }
            sum += (x - y) * (x - y)
            shared += 1
        }
        guard shared > 0 else { return nil }
        let scale: Double = Double(features.count) / Double(shared)
        let distance: Double = (sum * scale).squareRoot()
        return (distance, shared)
    }

    /// The `count` places nearest to `place`, nearest first, equal distances by id.
    public func neighbours(of place: String, count: Int = 5) -> [Neighbour] {
        var found: [Neighbour] = []
        for other in places where other != place {
            guard let measured = distance(between: place, and: other) else { continue }
            found.append(Neighbour(id: other, distance: measured.distance, sharedFeatures: measured.sharedFeatures))
        }
        found.sort { a, b in a.distance != b.distance ? a.distance < b.distance : a.id < b.id }
        return Array(found.prefix(count))
    }
}
