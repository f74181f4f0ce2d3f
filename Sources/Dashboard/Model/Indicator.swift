/// An indicator: its texts per language and its metric data.
public struct Indicator: Sendable, Identifiable {
    public struct Text: Sendable {
        public var title: String
        public var shortTitle: String
        public var definition: String
        public var calculation: String
        public var body: MarkdownSource
    }

    public var id: String
    public var goal: Int
    public var order: Int
    /// Shown on the home page as the goal's headline figure.
    public var headline: Bool
    public var texts: Localized<Text>
    public var metric: Metric
}
