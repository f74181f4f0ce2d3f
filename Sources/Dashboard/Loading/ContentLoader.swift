import Diagnostics

/// The load stage: raw files → parsed documents, with every problem reported and nothing stopping early.
public struct ContentLoader {
    /// A Markdown file split into its id, language and front matter.
    struct MarkdownFile {
        var id: String
        var language: String
        var frontMatter: FrontMatter
    }

    /// Everything the loader understood, before cross-references are checked.
    struct LoadedContent {
        var settings: JSONNode?
        var regions: JSONNode?
        var municipalities: JSONNode?
        var areas: JSONNode?
        var process: JSONNode?
        var catalogs: [String: JSONNode] = [:]
        var metrics: [String: JSONNode] = [:]
        /// Every data file present, parsed or not, so a broken file is not also reported as missing.
        var metricFileIDs: Set<String> = []
        /// Folder name → files.
        var markdown: [String: [MarkdownFile]] = [:]
        /// Files that exist but could not be read (encoding, size, syntax), by path relative to the content
        /// folder. Their first error is the one reported: what depends on them is not checked as if they were
        /// missing or empty.
        var brokenFiles: Set<String> = []
        /// Folder name → ids of Markdown files that exist, including broken ones.
        var markdownIDs: [String: Set<String>] = [:]
    }

    public static let markdownFolders = ["goals", "indicators", "areas", "discussions", "pages"]

    /// Parses every file. Unknown files are reported as warnings so a misplaced file is noticed.
    static func load(_ content: ContentFiles, log: inout DiagnosticLog) -> LoadedContent {
        var loaded = LoadedContent()
        for relativePath in content.files.keys.sorted() {
            let path = content.displayPath(relativePath)
            let components = relativePath.split(separator: "/").map(String.init)
            let name = components.last ?? relativePath
            if name.hasPrefix(".") { continue }  // editor swap files, .DS_Store
            func decoded() -> [UInt8]? {
                guard let bytes = SourceText.decode(content.files[relativePath]!, file: path, log: &log) else {
                    loaded.brokenFiles.insert(relativePath)
                    return nil
                }
                return bytes
            }
            func parsed() -> JSONNode? {
                guard let bytes = decoded() else { return nil }
                guard let node = JSONParser.parse(bytes, file: path, log: &log) else {
                    loaded.brokenFiles.insert(relativePath)
                    return nil
                }
                return node
            }

            switch (components.count, components.first ?? "") {
            case (1, _) where name.hasSuffix(".json"):
                guard let node = parsed() else { continue }
                switch name {
                case "site.json": loaded.settings = node
                case "regions.json": loaded.regions = node
                case "municipalities.json": loaded.municipalities = node
                case "areas.json": loaded.areas = node
                case "process.json": loaded.process = node
                default:
                    log.warning(.unusedFile, at: SourceLocation(file: path), [
                        "suggestion": Suggestion.closest(
                            to: name,
                            among: ["site.json", "regions.json", "municipalities.json", "areas.json", "process.json"]),
                    ])
                }
            case (2, "data") where name.hasSuffix(".json"):
                guard let id = validID(String(name.dropLast(5)), file: path, log: &log) else { continue }
                loaded.metricFileIDs.insert(id)
                guard let node = parsed() else { continue }
                loaded.metrics[id] = node
            case (2, "i18n") where name.hasSuffix(".json"):
                guard let node = parsed() else { continue }
                loaded.catalogs[String(name.dropLast(5))] = node
            case (2, let folder) where markdownFolders.contains(folder) && name.hasSuffix(".md"):
                guard let (id, language) = markdownName(name, path: path, log: &log) else { continue }
                loaded.markdownIDs[folder, default: []].insert(id)
                guard let bytes = decoded() else { continue }
                let frontMatter = FrontMatter.parse(String(decoding: bytes, as: UTF8.self), file: path, log: &log)
                loaded.markdown[folder, default: []].append(
                    MarkdownFile(id: id, language: language, frontMatter: frontMatter))
            default:
                guard decoded() != nil else { continue }
                let folders = (markdownFolders + ["data", "i18n"]).joined(separator: ", ")
                log.warning(.unusedFile, at: SourceLocation(file: path), ["root": content.root, "folders": folders])
            }
        }
        return loaded
    }

    /// `goal-name.fi.md` → id and language; ids must make safe, readable URLs.
    static func markdownName(_ name: String, path: String, log: inout DiagnosticLog) -> (String, String)? {
        let parts = name.dropLast(3).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            log.error(.markdownFileName, at: SourceLocation(file: path))
            return nil
        }
        guard let id = validID(String(parts[0]), file: path, log: &log) else { return nil }
        return (id, String(parts[1]))
    }

    /// Ids become URL segments and file names on every host: lower-case ASCII letters, digits and single hyphens.
    static func validID(_ id: String, file: String, log: inout DiagnosticLog) -> String? {
        if isValidID(id) { return id }
        log.error(.invalidFileID, at: SourceLocation(file: file), ["id": id, "slug": slug(id)])
        return nil
    }

    public static func isValidID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-"),
              bytes.count <= 80 else { return false }
        var previousHyphen = false
        for byte in bytes {
            let isHyphen = byte == UInt8(ascii: "-")
            guard isHyphen || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
            if isHyphen && previousHyphen { return false }
            previousHyphen = isHyphen
        }
        return true
    }

    /// A suggestion for an invalid id: ä→a, ö→o, å→a, spaces and other characters → hyphens.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
            case "ä", "å", "á", "à": result += "a"
            case "ö", "ó", "ø": result += "o"
            case "é", "è": result += "e"
            case "ü": result += "u"
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        return result.trimmingCharacters(in: "-")
    }
}

extension Diagnostic.Code {
    static let unusedFile = Diagnostic.Code(
        .content, "unused-file", "this file is not used by the site",
        hints: ["did you mean '{suggestion}'?", "content files live in {root}/ (JSON) and in its folders {folders}"])
    static let markdownFileName = Diagnostic.Code(
        .content, "markdown-file-name", "a Markdown file name must be '<id>.<language>.md', like 'about.fi.md'")
    static let invalidFileID = Diagnostic.Code(
        .content, "invalid-file-id",
        "'{id}' cannot be used as an id: use lower-case letters a–z, digits and single hyphens",
        hint: "rename the file, e.g. '{slug}'")
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
