/// One of the national goals, with its texts per language.
public struct Goal: Sendable, Identifiable {
    public struct Text: Sendable {
        public var title: String
        public var shortTitle: String
        public var keyResults: [String]
        public var body: MarkdownSource
    }

    public var number: Int
    public var texts: Localized<Text>
    /// Indicator ids in their `order`.
    public var indicatorIDs: [String]

    public var id: String { String(number) }
}
