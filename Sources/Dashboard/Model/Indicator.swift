/// An indicator: its texts per language and its metric data.
public struct Indicator: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Measures progress towards one of the national goals.
        case goal
        /// Describes the current situation (tilannekuva) in the areas; belongs to no goal.
        case context
    }

    public struct Text: Sendable {
        public var title: String
        public var shortTitle: String
        public var definition: String
        public var calculation: String
        public var body: MarkdownSource
    }

    public var id: String
    public var kind: Kind
    /// The goal the indicator measures; nil for a context indicator.
    public var goal: Int?
    public var order: Int
    /// Shown on the home page as the goal's headline figure.
    public var headline: Bool
    /// For a count: the indicator that puts it in proportion (a share, or a rate per inhabitants), on which
    /// places of different sizes are compared instead of on the count.
    public var rateID: String?
    public var texts: Localized<Text>
    public var metric: Metric

    public init(id: String, kind: Kind = .goal, goal: Int?, order: Int, headline: Bool, rateID: String? = nil,
                texts: Localized<Text>, metric: Metric) {
        self.id = id
        self.kind = kind
        self.goal = goal
        self.order = order
        self.headline = headline
        self.rateID = rateID
        self.texts = texts
        self.metric = metric
    }
}
