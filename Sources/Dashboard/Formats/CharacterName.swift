import Diagnostics

/// How messages show a character: printable ones in quotes (`'x'`), and the ones an editor cannot see or cannot
/// tell from another (a no-break space after `title:`, a typographic quote in JSON) by their Unicode name, so
/// the message says what is really there: `U+00A0 NO-BREAK SPACE`.
enum CharacterName {
    /// A character that looks like another one, what it is called, and what to write instead.
    struct Lookalike {
        var name: String
        /// How to fix it, as a hint.
        var fix: Diagnostic.Term
    }

    /// The characters that word processors, web pages and spreadsheets put into text where syntax expects a
    /// plain ASCII one.
    static let lookalikes: [UInt32: Lookalike] = {
        var table: [UInt32: Lookalike] = [:]
        let spaces: [(UInt32, String)] = [
            (0x09, "CHARACTER TABULATION"), (0xA0, "NO-BREAK SPACE"), (0x2002, "EN SPACE"), (0x2003, "EM SPACE"),
            (0x2007, "FIGURE SPACE"), (0x2008, "PUNCTUATION SPACE"), (0x2009, "THIN SPACE"), (0x200A, "HAIR SPACE"),
            (0x202F, "NARROW NO-BREAK SPACE"), (0x3000, "IDEOGRAPHIC SPACE"),
        ]
        for (value, name) in spaces { table[value] = Lookalike(name: name, fix: .fixSpace) }
        let invisible: [(UInt32, String)] = [
            (0xAD, "SOFT HYPHEN"), (0x200B, "ZERO WIDTH SPACE"), (0x200C, "ZERO WIDTH NON-JOINER"),
            (0x200D, "ZERO WIDTH JOINER"), (0x2060, "WORD JOINER"), (0xFEFF, "ZERO WIDTH NO-BREAK SPACE"),
        ]
        for (value, name) in invisible { table[value] = Lookalike(name: name, fix: .fixInvisible) }
        let quotes: [(UInt32, String)] = [
            (0x201C, "LEFT DOUBLE QUOTATION MARK"), (0x201D, "RIGHT DOUBLE QUOTATION MARK"),
            (0x201E, "DOUBLE LOW-9 QUOTATION MARK"), (0xAB, "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"),
            (0xBB, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"), (0x2018, "LEFT SINGLE QUOTATION MARK"),
            (0x2019, "RIGHT SINGLE QUOTATION MARK"),
        ]
        for (value, name) in quotes { table[value] = Lookalike(name: name, fix: .fixQuote) }
        let dashes: [(UInt32, String)] = [(0x2212, "MINUS SIGN"), (0x2013, "EN DASH"), (0x2014, "EM DASH")]
        for (value, name) in dashes { table[value] = Lookalike(name: name, fix: .fixMinus) }
        table[0x2028] = Lookalike(name: "LINE SEPARATOR", fix: .fixLineBreak)
        table[0x2029] = Lookalike(name: "PARAGRAPH SEPARATOR", fix: .fixLineBreak)
        return table
    }()

    /// `'x'` for a visible character, `U+00A0 NO-BREAK SPACE` for a lookalike, `U+0007` for other invisible ones.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        if let lookalike = lookalikes[scalar.value] { return "\(code(scalar)) \(lookalike.name)" }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
            || scalar.properties.generalCategory == .format {
            return code(scalar)
        }
        return "'\(Character(scalar))'"
    }

    /// `U+00A0`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The first Unicode scalar of valid UTF-8 `bytes` from `offset`.
    static func scalar(in bytes: [UInt8], at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return nil }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self).unicodeScalars.first
    }
}

extension Diagnostic.Term {
    static let fixSpace = Diagnostic.Term("fix.space", "it looks like a space but is not one: type an ordinary space")
    static let fixInvisible = Diagnostic.Term("fix.invisible", "it is invisible: delete it")
    static let fixQuote = Diagnostic.Term(
        "fix.quote", "write the straight quote \" (a word processor may have curled it)")
    static let fixMinus = Diagnostic.Term("fix.minus", "write a minus sign as the hyphen-minus -")
    static let fixLineBreak = Diagnostic.Term("fix.line-break", "replace it with an ordinary line break")
}
