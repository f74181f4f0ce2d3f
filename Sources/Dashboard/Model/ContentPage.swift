/// A Markdown page that is not a goal or an indicator: a free page, an area's narrative, or a regional
/// monitoring discussion.
public struct ContentPage: Sendable, Identifiable {
    public struct Text: Sendable {
        public var title: String
        public var description: String
        public var body: MarkdownSource
    }

    public var id: String
    public var texts: Localized<Text>
    /// `updated` from the front matter (free pages) or `date` (discussions).
    public var date: CalendarDate?
}

/// A regional cooperation and monitoring discussion (YSE) of one year and region.
public struct Discussion: Sendable, Identifiable {
    public var id: String
    public var year: Int
    public var regionID: String
    public var goalNumbers: [Int]
    /// The areas that took part (front matter `participants`); empty when not listed, and then the areas of the
    /// region are taken to have taken part.
    public var participantIDs: [String]
    public var page: ContentPage
}
