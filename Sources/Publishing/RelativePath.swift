/// Relative URLs between files of the generated site, so that the site works from any sub-path of any host and
/// from `file://`.
///
/// Paths are site-relative and `/`-separated: a page is a file path (`"fi/alueet/helsinki/index.html"`), a target
/// is a file path, a directory path ending in `/` (`"fi/alueet/"`), or `""` for the site root, optionally
/// followed by `#fragment`. The result takes the shortest route through the common parent directory and is
/// percent-encoded by ``URLPathEncoding`` (non-ASCII as UTF-8 `%XX`).
public enum RelativePath {
    /// How links to `index.html` files are spelled.
    public enum IndexFiles: Sendable {
        /// `"…/helsinki/index.html"` is linked as the directory `"…/helsinki/"`: clean URLs on a web server, but
        /// a browser opening the site from `file://` shows a directory listing instead of the page.
        case omitted
        /// `"…/helsinki/index.html"` is linked as it is: works on every web server and from `file://`.
        case kept
    }

    /// The URL that leads from the page at `page` to `target`.
    ///
    /// ```
    /// url(from: "fi/alueet/helsinki/index.html", to: "assets/site.css")       // "../../../assets/site.css"
    /// url(from: "fi/alueet/helsinki/index.html", to: "sv/omraden/helsingfors/index.html")
    ///                                                                         // "../../../sv/omraden/helsingfors/"
    /// url(from: "fi/alueet/helsinki/index.html", to: "fi/alueet/")            // "../"
    /// ```
    ///
    /// A link to the page's own directory is `"./"`, never the empty string (which HTML treats as the page
    /// itself). `.` and `..` segments are programming errors: routes are generated, never user input.
    public static func url(from page: String, to target: String, indexFiles: IndexFiles = .omitted) -> String {
        let (targetPath, fragment) = splitFragment(target)
        let pageDirectory = directorySegments(ofFile: page)
        var targetDirectory = segments(targetPath)
        var fileName: Substring? = nil
        if !targetPath.isEmpty, !targetPath.hasSuffix("/"), let last = targetDirectory.popLast() {
            if last == "index.html" && indexFiles == .omitted {
                fileName = nil
            } else {
                fileName = last
            }
        }
        precondition(
            !(pageDirectory + targetDirectory + (fileName.map { [$0] } ?? [])).contains { $0 == "." || $0 == ".." },
            "Site paths have no . or .. segments: \(page) -> \(target)"
        )

        var common = 0
        while common < pageDirectory.count, common < targetDirectory.count,
            pageDirectory[common] == targetDirectory[common]
        {
            common += 1
        }
        var url = String(repeating: "../", count: pageDirectory.count - common)
        for segment in targetDirectory[common...] {
            url += URLPathEncoding.encodeSegment(segment) + "/"
        }
        if let fileName {
            url += URLPathEncoding.encodeSegment(fileName)
        }
        if url.isEmpty {
            url = "./"
        }
        if let fragment {
            url += "#" + URLPathEncoding.encodeSegment(fragment)
        }
        return url
    }

    private static func splitFragment(_ target: String) -> (path: Substring, fragment: Substring?) {
        guard let hash = target.firstIndex(of: "#") else {
            return (target[...], nil)
        }
        return (target[..<hash], target[target.index(after: hash)...])
    }

    /// The non-empty segments of a `/`-separated path.
    private static func segments(_ path: Substring) -> [Substring] {
        path.split(separator: "/")
    }

    /// The directories containing the file at `page`; a page path ending in `/` is itself a directory.
    private static func directorySegments(ofFile page: String) -> [Substring] {
        var parts = segments(page[...])
        if !page.hasSuffix("/") {
            parts.removeLast(min(1, parts.count))
        }
        return parts
    }
}
