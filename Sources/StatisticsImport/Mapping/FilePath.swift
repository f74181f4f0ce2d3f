/// Lexical path arithmetic for paths written in mapping files, so messages show `Content/areas.json` rather
/// than `Import/../Content/areas.json`. No file system access.
enum FilePath {
    /// `relative` read from a file in `folder`; absolute paths stay as they are.
    static func resolve(_ relative: String, from folder: String) -> String {
        if relative.hasPrefix("/") || folder.isEmpty { return normalise(relative) }
        return normalise(folder + "/" + relative)
    }

    /// The folder part of a path (`Import` for `Import/x.json`, empty for `x.json`).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Removes `.` and `name/..` pairs; keeps leading `..` that cannot be resolved lexically.
    static func normalise(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && isAbsolute && parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
