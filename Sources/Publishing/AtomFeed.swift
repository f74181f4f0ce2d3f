import Markup

/// An Atom 1.0 feed (RFC 4287) of data updates and news in one language.
///
/// Every URL in the feed is absolute, built from the ``BaseURL``. Entries appear in the order given, which
/// should be newest first. Dates are ``PublicationDate``s written as midnight UTC, so the feed never depends on
/// the build time.
public struct AtomFeed: Sendable {
    /// One item of the feed.
    public struct Entry: Sendable, Equatable {
        /// The permanent, unique identifier: an absolute URI (`tag:`, `urn:`, `https:`) used as it is, or a
        /// site path (`"fi/uutiset/2026-10-01-uusi-data/#paivitys"`) made absolute with the base URL. It must
        /// never change once published, or readers see the entry again as new.
        public var id: String
        /// The title, plain text.
        public var title: String
        /// When the entry last changed.
        public var updated: PublicationDate
        /// A short summary, plain text.
        public var summary: String
        /// The site path of the page the entry is about.
        public var path: String

        /// Creates an entry.
        public init(id: String, title: String, updated: PublicationDate, summary: String, path: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.summary = summary
            self.path = path
        }
    }

    /// The feed's permanent identifier, an absolute URI or a site path (see ``Entry/id``).
    public var id: String
    /// The feed's title, plain text.
    public var title: String
    /// The BCP 47 language of the feed's text, written as `xml:lang`.
    public var language: String
    /// When the feed last changed, usually the newest entry's date.
    public var updated: PublicationDate
    /// The author Atom requires, usually the publishing organisation.
    public var authorName: String
    /// The site path of the feed file itself, for the `rel="self"` link.
    public var selfPath: String
    /// The site path of the HTML page the feed corresponds to, for the `rel="alternate"` link.
    public var alternatePath: String
    /// The entries, newest first.
    public var entries: [Entry]

    /// Creates a feed.
    public init(
        id: String, title: String, language: String, updated: PublicationDate, authorName: String,
        selfPath: String, alternatePath: String, entries: [Entry]
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.updated = updated
        self.authorName = authorName
        self.selfPath = selfPath
        self.alternatePath = alternatePath
        self.entries = entries
    }

    /// The feed document, UTF-8 XML with `\n` line endings.
    public func render(baseURL: BaseURL) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.xml(language))">
              <id>\(Escape.xml(Self.absoluteIdentifier(id, baseURL: baseURL)))</id>
              <title>\(Escape.xml(title))</title>
              <updated>\(updated.rfc3339)</updated>
              <author><name>\(Escape.xml(authorName))</name></author>
              <link rel="self" type="application/atom+xml" href="\(Escape.xml(baseURL.absolute(selfPath)))"/>
              <link rel="alternate" type="text/html" href="\(Escape.xml(baseURL.absolute(alternatePath)))"/>

            """
        for entry in entries {
            xml += """
                  <entry>
                    <id>\(Escape.xml(Self.absoluteIdentifier(entry.id, baseURL: baseURL)))</id>
                    <title>\(Escape.xml(entry.title))</title>
                    <updated>\(entry.updated.rfc3339)</updated>
                    <link rel="alternate" type="text/html" href="\(Escape.xml(baseURL.absolute(entry.path)))"/>
                    <summary>\(Escape.xml(entry.summary))</summary>
                  </entry>

                """
        }
        xml += "</feed>\n"
        return xml
    }

    /// `identifier` as it is when it already has a URI scheme, otherwise resolved against the base URL.
    static func absoluteIdentifier(_ identifier: String, baseURL: BaseURL) -> String {
        if let colon = identifier.firstIndex(of: ":") {
            let scheme = identifier[..<colon]
            if let first = scheme.first, first.isASCII, first.isLetter,
                scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
            {
                return identifier
            }
        }
        return baseURL.absolute(identifier)
    }
}
