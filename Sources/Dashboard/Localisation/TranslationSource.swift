/// Which Finnish text a translation was made from: a fingerprint of the source file's translatable content, kept
/// in the translation's front matter as `source_hash`.
///
/// The build compares the fingerprint with the source as it is now, so a translation older than its source is
/// reported without git, the same on every machine. `build-site --mark-translated <file>` writes the current
/// fingerprint once the translation has been brought up to date. The fingerprint covers the source's front matter
/// values and body, but not its language-neutral facts (which translations take from the source) nor layout that
/// does not change the text (quotes, comments, line ends).
public enum TranslationSource {
    /// The front matter key of the fingerprint.
    public static let key = "source_hash"

    /// The keys whose values are facts, not text: written once, in the default language's file, which every
    /// translation takes them from. A translation may repeat one only with the same value. By content folder.
    public static let neutralKeys: [String: [String]] = [
        "indicators": ["goal", "order", "headline"],
        "discussions": ["year", "region", "date", "goals", "participants"],
        "pages": ["updated"],
        "areas": ["updated"],
    ]

    /// The fingerprint of a source file's translatable content: 16 hexadecimal digits.
    public static func fingerprint(of source: FrontMatter, folder: String) -> String {
        let excluded = Set((neutralKeys[folder] ?? []) + [key])
        var text = ""
        for field in source.fields where !excluded.contains(field.key) {
            switch field.value {
            case .scalar(let value): text += field.key + "\u{0}" + value + "\n"
            case .list(let items): text += field.key + "\u{0}" + items.joined(separator: "\u{1}") + "\n"
            }
        }
        text += "\u{2}" + source.body
        return hexadecimal(fnv1a(text.utf8))
    }

    /// `text`, a Markdown file with front matter, with its `source_hash` line set to `fingerprint`: the line
    /// replaced where there is one, else added before the closing `---`. Nil when the file has no front matter.
    /// Every other line stays as it was; a file with Windows line ends keeps them.
    public static func marking(_ text: String, with fingerprint: String) -> String? {
        // "\r\n" is one Character in Swift: split at either, and join with the file's own line end.
        let windows = text.contains("\r\n")
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        func bare(_ line: String) -> Substring {
            var line = Substring(line)
            if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            while line.last == " " { line = line.dropLast() }
            return line
        }
        guard let first = lines.first, bare(first) == "---",
              let closing = lines.indices.dropFirst().first(where: { bare(lines[$0]) == "---" }) else { return nil }
        let line = "\(key): \(fingerprint)"
        if let existing = lines[1..<closing].firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[existing] = line
        } else {
            lines.insert(line, at: closing)
        }
        return lines.joined(separator: windows ? "\r\n" : "\n")
    }

    /// 64-bit FNV-1a: small, fast and stable; this detects edits, it does not guard against forgery.
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
