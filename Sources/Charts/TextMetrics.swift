/// Rough text widths for layout, without fonts.
///
/// The build has no font files to measure with, so widths are estimated from character classes of a
/// typical sans-serif system font. Layout leaves slack for the error; what matters is that the
/// estimate is deterministic and errs on the wide side for long labels. Public so that documents placing
/// a chart (an exported file's title and source lines) lay out their text by the same estimate.
public enum TextMetrics {
    /// Estimated advance width of `text` at `fontSize` user units.
    public static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        if let latin = latinEms(text) {
            ems = latin
        } else {
            for character in text {
                ems += advance(of: character)
            }
        }
        // 8 % extra covers wide fallback fonts (DejaVu Sans) better than a tight Helvetica-like estimate; their
        // bold faces are some 12 % wider again (measured in Chromium by Scripts/reflow-check).
        return ems * fontSize * 1.08 * (bold ? 1.12 : 1)
    }

    /// Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces and after hyphens.
    ///
    /// A single word wider than the line is shortened to fit and ends with "…" (the caller shows the full
    /// text elsewhere: a table, a title); when the text needs more lines than allowed, the last line ends
    /// with "…" too. No returned line is estimated wider than `maxWidth`.
    public static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false, maxLines: Int) -> [String] {
        let pieces = breakOpportunities(text)
        var lines: [String] = []
        var current = ""
        for piece in pieces {
            let candidate = current + piece
            let trimmed = candidate.trimmingTrailingSpaces()
            if current.isEmpty || width(trimmed, fontSize: fontSize, bold: bold) <= maxWidth {
                current = candidate
            } else {
                lines.append(current.trimmingTrailingSpaces())
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces()) }
        let fits = { (line: String) in width(line, fontSize: fontSize, bold: bold) <= maxWidth }
        guard lines.count > maxLines, maxLines > 0 else {
            return lines.map { fits($0) ? $0 : shortened($0, maxWidth: maxWidth, fontSize: fontSize, bold: bold) }
        }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = shortened(kept[maxLines - 1] + "…", maxWidth: maxWidth, fontSize: fontSize, bold: bold)
        return kept.map { fits($0) ? $0 : shortened($0, maxWidth: maxWidth, fontSize: fontSize, bold: bold) }
    }

    /// `text` cut at the end until it fits `maxWidth` with a final "…" ("Tammerforsreg…").
    static func shortened(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        var base = text.hasSuffix("…") ? String(text.dropLast()) : text
        if text.hasSuffix("…") && width(text, fontSize: fontSize, bold: bold) <= maxWidth { return text }
        while !base.isEmpty && width(base.trimmingTrailingSpaces() + "…", fontSize: fontSize, bold: bold) > maxWidth {
            base.removeLast()
        }
        var trimmed = base.trimmingTrailingSpaces()
        while trimmed.last == "-" { trimmed.removeLast() }
        return trimmed + "…"
    }

    /// The width of the widest piece of `text` that ``wrap(_:maxWidth:fontSize:bold:maxLines:)`` cannot break,
    /// such as a long compound word ("Livskraftscentralen").
    static func widestUnbreakable(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        breakOpportunities(text).map { width($0.trimmingTrailingSpaces(), fontSize: fontSize, bold: bold) }.max() ?? 0
    }

    /// Splits after each space and after each hyphen that follows a letter ("Pohjois-" "Pohjanmaa").
    private static func breakOpportunities(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == " " || (character == "-" && current.count > 1) {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The sum of advances scalar by scalar, or nil when a scalar is not in ``latinAdvances`` or is a carriage
    /// return. Below U+0300 only CR LF joins two scalars into one character, so otherwise each scalar is a whole
    /// character and the sum is the same, in the same order, as over characters, without grapheme breaking,
    /// which chart labels paid for on every measurement.
    private static func latinEms(_ text: String) -> Double? {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            guard value < latinAdvances.count, value != 0x0D else { return nil }
            ems += latinAdvances[value]
        }
        return ems
    }

    /// ``advance(of:)`` of each scalar below U+0300 (Latin letters with their accents: å, ä, ö), made by it.
    private static let latinAdvances: [Double] = (0..<0x300).map { advance(of: Character(Unicode.Scalar($0)!)) }

    private static func advance(of character: Character) -> Double {
        switch character {
        case "i", "l", "j", "I", "|", ".", ",", ":", ";", "'", "!", "\u{00A0}", " ", "\u{202F}": return 0.28
        case "f", "t", "r", "(", ")", "[", "]", "/", "-": return 0.36
        case "m", "w", "M", "W", "%", "@": return 0.86
        case "0"..."9": return 0.57
        default:
            if character.isUppercase { return 0.68 }
            return 0.55
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
