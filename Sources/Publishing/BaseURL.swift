/// The absolute URL the site is published at, such as `https://example.org/tavoitteet/`, for the few files that
/// need absolute URLs (sitemap, robots.txt, feeds). Pages themselves use only ``RelativePath`` links.
public struct BaseURL: Sendable, Equatable, CustomStringConvertible {
    /// Why a base URL was rejected.
    public struct Error: Swift.Error, Equatable, CustomStringConvertible {
        /// The text that was given.
        public var input: String
        /// What is wrong with it, in a sentence.
        public var reason: String

        public var description: String { "invalid base URL '\(input)': \(reason)" }
    }

    /// The normalised base URL: lowercase scheme, non-ASCII path characters percent-encoded, and always ending
    /// in `/` so that a relative path can be appended.
    public let string: String

    public var description: String { string }

    /// Parses an `http` or `https` URL with a host and an optional path; a missing trailing slash is added
    /// (`https://example.org/tavoitteet` means the directory). Query strings, fragments, user names, whitespace
    /// and backslashes are rejected because they cannot be the root of a static site.
    public init(_ text: String) throws(Error) {
        func fail(_ reason: String) -> Error { Error(input: text, reason: reason) }

        let scheme: String
        let lowercased = text.lowercased()
        if lowercased.hasPrefix("https://") {
            scheme = "https://"
        } else if lowercased.hasPrefix("http://") {
            scheme = "http://"
        } else {
            throw fail("it must start with https:// or http://")
        }
        let rest = text.dropFirst(scheme.count)
        if let bad = rest.unicodeScalars.first(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0 == "\\" })
        {
            throw fail("it contains the character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if rest.contains("?") || rest.contains("#") {
            throw fail("a query string or fragment cannot be the root of a site")
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<slash]
        if authority.isEmpty {
            throw fail("it has no host name")
        }
        if authority.contains("@") {
            throw fail("user names and passwords do not belong in a published URL")
        }
        if !authority.allSatisfy(\.isASCII) {
            throw fail("write an internationalised host name in its ASCII (punycode) form")
        }
        var path = String(rest[slash...])
        if !path.hasSuffix("/") {
            path += "/"
        }
        self.string = scheme + String(authority) + Self.encodeNonASCII(path)
    }

    /// The absolute URL of the site file at `sitePath` (`"fi/alueet/index.html"`), percent-encoded like
    /// ``RelativePath``. Leading slashes are ignored, a final `index.html` becomes the directory URL
    /// (`https://example.org/tavoitteet/fi/alueet/`), and a `#fragment` is kept.
    public func absolute(_ sitePath: String) -> String {
        var path = sitePath[...]
        var fragment: Substring? = nil
        if let hash = path.firstIndex(of: "#") {
            fragment = path[path.index(after: hash)...]
            path = path[..<hash]
        }
        while path.hasPrefix("/") {
            path = path.dropFirst()
        }
        if path == "index.html" {
            path = ""
        } else if path.hasSuffix("/index.html") {
            path = path.dropLast("index.html".count)
        }
        var url = string + URLPathEncoding.encodePath(path)
        if let fragment {
            url += "#" + URLPathEncoding.encodeSegment(fragment)
        }
        return url
    }

    /// Percent-encodes the non-ASCII bytes of an already URL-shaped path, leaving existing `%XX` escapes and
    /// ASCII punctuation as the user wrote them.
    private static func encodeNonASCII(_ path: String) -> String {
        var result = ""
        for character in path {
            if character.isASCII {
                result.append(character)
            } else {
                result += URLPathEncoding.encodeSegment(String(character))
            }
        }
        return result
    }
}
