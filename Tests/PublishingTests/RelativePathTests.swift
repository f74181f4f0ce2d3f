import Testing

@testable import Publishing

@Suite struct RelativePathTests {
    @Test(arguments: [
        // From a deep page to an asset at the root.
        ("fi/alueet/helsinki/index.html", "assets/site.css", "../../../assets/site.css"),
        // To another language's page: index.html becomes the directory URL.
        ("fi/alueet/helsinki/index.html", "sv/omraden/helsingfors/index.html", "../../../sv/omraden/helsingfors/"),
        // To a directory given with a trailing slash, through the common parent.
        ("fi/alueet/helsinki/index.html", "fi/alueet/", "../"),
        ("fi/alueet/helsinki/index.html", "fi/alueet/index.html", "../"),
        ("fi/alueet/helsinki/index.html", "fi/alueet/espoo/index.html", "../espoo/"),
        ("fi/alueet/helsinki/index.html", "fi/alueet/helsinki/data.csv", "data.csv"),
        // The page's own directory is ./, never "".
        ("fi/alueet/helsinki/index.html", "fi/alueet/helsinki/index.html", "./"),
        ("fi/index.html", "fi/", "./"),
        // The site root.
        ("fi/index.html", "", "../"),
        ("fi/index.html", "index.html", "../"),
        ("index.html", "", "./"),
        ("index.html", "fi/index.html", "fi/"),
        ("404.html", "assets/site.css", "assets/site.css"),
        // A page given as a directory.
        ("fi/alueet/", "assets/a.svg", "../../assets/a.svg"),
        // Fragments are kept and encoded.
        ("fi/index.html", "fi/tavoitteet/1/index.html#kuvio-1", "tavoitteet/1/#kuvio-1"),
        ("fi/index.html", "fi/index.html#pääsisältö", "./#p%C3%A4%C3%A4sis%C3%A4lt%C3%B6"),
        // Non-ASCII and reserved characters are percent-encoded (RFC 3986, UTF-8).
        ("fi/index.html", "sv/områden/Åbo/index.html", "../sv/omr%C3%A5den/%C3%85bo/"),
        ("fi/index.html", "fi/a b+c:d%e.html", "a%20b%2Bc%3Ad%25e.html"),
        // Similar names are not a common prefix.
        ("fi/alue/index.html", "fi/alueet/index.html", "../alueet/"),
    ])
    func omittingIndexFiles(page: String, target: String, expected: String) {
        #expect(RelativePath.url(from: page, to: target) == expected)
    }

    @Test(arguments: [
        ("fi/alueet/helsinki/index.html", "sv/omraden/helsingfors/index.html", "../../../sv/omraden/helsingfors/index.html"),
        ("fi/alueet/helsinki/index.html", "fi/alueet/helsinki/index.html", "index.html"),
        ("fi/index.html", "fi/tavoitteet/1/index.html#kuvio-1", "tavoitteet/1/index.html#kuvio-1"),
        // A directory target stays a directory: the caller chose it.
        ("fi/index.html", "sv/", "../sv/"),
    ])
    func keepingIndexFiles(page: String, target: String, expected: String) {
        #expect(RelativePath.url(from: page, to: target, indexFiles: .kept) == expected)
    }
}

@Suite struct URLPathEncodingTests {
    @Test func encodesEverythingButUnreserved() {
        #expect(URLPathEncoding.encodeSegment("AZaz09-._~") == "AZaz09-._~")
        #expect(URLPathEncoding.encodeSegment("ä/ö å") == "%C3%A4%2F%C3%B6%20%C3%A5")
        #expect(URLPathEncoding.encodeSegment("?#[]@!$&'()*+,;=%\"<>") == "%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25%22%3C%3E")
        #expect(URLPathEncoding.encodePath("fi/äiti/") == "fi/%C3%A4iti/")
    }
}

@Suite struct BaseURLTests {
    @Test(arguments: [
        ("https://example.org/tavoitteet/", "https://example.org/tavoitteet/"),
        ("https://example.org/tavoitteet", "https://example.org/tavoitteet/"),
        ("https://example.org", "https://example.org/"),
        ("HTTPS://example.org/", "https://example.org/"),
        ("http://localhost:8000/a/b", "http://localhost:8000/a/b/"),
        ("https://example.org/työ/", "https://example.org/ty%C3%B6/"),
        ("https://example.org/ty%C3%B6/", "https://example.org/ty%C3%B6/"),
    ])
    func normalises(input: String, expected: String) throws {
        #expect(try BaseURL(input).string == expected)
    }

    @Test(arguments: [
        "example.org/tavoitteet/", "ftp://example.org/", "https://", "https:///path", "https://example.org/?q=1",
        "https://example.org/#top", "https://user@example.org/", "https://exa mple.org/", "https://esimerkkiä.fi/",
        "https://example.org\\a", "",
    ])
    func rejects(input: String) {
        #expect(throws: BaseURL.Error.self) { try BaseURL(input) }
    }

    @Test func errorNamesTheInputAndReason() {
        #expect(throws: BaseURL.Error(input: "https://example.org/?q", reason: "a query string or fragment cannot be the root of a site")) {
            try BaseURL("https://example.org/?q")
        }
    }

    @Test(arguments: [
        ("", "https://example.org/tavoitteet/"),
        ("index.html", "https://example.org/tavoitteet/"),
        ("sitemap.xml", "https://example.org/tavoitteet/sitemap.xml"),
        ("/sitemap.xml", "https://example.org/tavoitteet/sitemap.xml"),
        ("fi/alueet/index.html", "https://example.org/tavoitteet/fi/alueet/"),
        ("fi/alueet/", "https://example.org/tavoitteet/fi/alueet/"),
        ("fi/myindex.html", "https://example.org/tavoitteet/fi/myindex.html"),
        ("sv/områden/index.html#a b", "https://example.org/tavoitteet/sv/omr%C3%A5den/#a%20b"),
    ])
    func absoluteURLs(path: String, expected: String) throws {
        // With and without the trailing slash on the base.
        #expect(try BaseURL("https://example.org/tavoitteet/").absolute(path) == expected)
        #expect(try BaseURL("https://example.org/tavoitteet").absolute(path) == expected)
    }
}
