import Diagnostics

extension SiteWriter {
    /// The problems with a set of generated site paths; empty when every path is safe to write.
    ///
    /// A path must be relative and `/`-separated, with no empty, `.` or `..` segments, no backslashes or control
    /// characters, and no segment over 255 UTF-8 bytes (the usual file name limit). No two paths may differ
    /// only in case or Unicode normalisation, because the site must survive case-insensitive file systems and
    /// hosts, and no path may be both a file and a directory of another file.
    /// Problems are sorted by path, then message, so the report is deterministic.
    public static func validate(_ paths: some Collection<String>) -> [Problem] {
        var problems: [Problem] = []
        var validPaths: [String] = []
        for path in paths.sorted(by: utf8Ascending) {
            if let reason = invalidityReason(path) {
                problems.append(Problem(.invalidSitePath, path: path, ["reason": reason]))
            } else {
                validPaths.append(path)
            }
        }

        // Every name on disk, files and directories, by its case-folded form.
        var spellings: [String: Set<String>] = [:]
        var directories: [String: String] = [:]
        for path in validPaths {
            let segments = path.split(separator: "/")
            for count in 1...segments.count {
                let prefix = segments[..<count].joined(separator: "/")
                spellings[folded(prefix), default: []].insert(prefix)
                if count < segments.count && directories[prefix] == nil {
                    directories[prefix] = path
                }
            }
        }
        for (_, names) in spellings where names.count > 1 {
            let sorted = names.sorted(by: utf8Ascending)
            problems.append(
                Problem(
                    .caseClash, path: sorted[0], ["others": sorted.dropFirst().joined(separator: ", ")])
            )
        }
        for path in validPaths {
            if let child = directories[path] {
                problems.append(
                    Problem(.fileDirectoryClash, path: path, ["child": child])
                )
            }
        }
        return problems.sorted { lhs, rhs in
            lhs.path != rhs.path ? utf8Ascending(lhs.path, rhs.path) : utf8Ascending(lhs.message, rhs.message)
        }
    }

    /// Why `path` is not a plain relative site path, or nil if it is one.
    private static func invalidityReason(_ path: String) -> Diagnostic.Term? {
        if path.isEmpty {
            return .emptyPath
        }
        if path == markerName {
            return .reservedMarkerName
        }
        if path.hasPrefix("/") {
            return .absolutePath
        }
        if path.contains("\\") {
            return .backslashInPath
        }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return .controlCharacterInPath
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty {
                return .emptySegment
            }
            if segment == "." || segment == ".." {
                return .dotSegment
            }
            if segment.utf8.count > 255 {
                return .longName
            }
        }
        return nil
    }

    /// The form under which two names collide on a case-insensitive file system. Swift string equality already
    /// identifies canonically equivalent (NFC/NFD) spellings, so lowercasing is the only folding needed.
    private static func folded(_ path: String) -> String {
        path.lowercased()
    }

    /// Byte order of the UTF-8 forms: locale-independent and the same on every platform.
    static func utf8Ascending(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
