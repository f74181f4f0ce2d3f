/// A fragment of HTML (or inline SVG) that is safe by construction: text is escaped when it enters, and only
/// markup someone vouches for enters unescaped.
///
/// Build it with string interpolation, where the literal parts are markup and every interpolated `String` is
/// escaped (with attribute rules, so it is safe inside an attribute value as well as in text):
///
/// ```swift
/// let link: HTML = "<a href=\"\(href)\">\(title)</a>"   // href and title are escaped
/// ```
///
/// Interpolating another `HTML` value appends it as it is. `HTML(trusted:)` is the one way to turn an arbitrary
/// `String` into markup; use it only for output of a renderer that escapes by itself (Markdown, charts' numbers).
///
/// The value is a UTF-8 byte buffer, so pages are assembled and written without converting through `String`.
public struct HTML: Sendable, Hashable, CustomStringConvertible {
    /// The markup as UTF-8.
    public private(set) var bytes: [UInt8]

    /// No markup.
    public init() { bytes = [] }

    /// `text`, escaped for element content.
    public init(text: some StringProtocol) {
        bytes = []
        Escape.appendHTML(text, quotes: false, to: &bytes)
    }

    /// Markup taken as it is. The caller vouches that it is well-formed and escaped.
    public init(trusted markup: some StringProtocol) {
        bytes = Array(markup.utf8)
    }

    /// Markup taken as it is, as UTF-8 bytes. The caller vouches that it is well-formed and escaped.
    public init(trustedBytes: [UInt8]) {
        bytes = trustedBytes
    }

    public var isEmpty: Bool { bytes.isEmpty }

    /// The markup as a `String` (for tests and for APIs that take text).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public var description: String { string }

    public mutating func append(_ other: HTML) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends `value` escaped with attribute rules (safe in attribute values and in text), as interpolating a
    /// `String` does. For element text alone, `HTML(text:)` leaves quotes as they are.
    public mutating func append(attributeValue value: some StringProtocol) {
        Escape.appendHTML(value, quotes: true, to: &bytes)
    }

    /// ` name="value"` with the value escaped, or nothing when `value` is nil. The name is a literal in our
    /// own source code, so it cannot carry markup.
    public static func attribute(_ name: StaticString, _ value: String?) -> HTML {
        guard let value else { return HTML() }
        var html = HTML()
        html.bytes.append(UInt8(ascii: " "))
        name.withUTF8Buffer { html.bytes.append(contentsOf: $0) }
        html.bytes.append(contentsOf: "=\"".utf8)
        html.append(attributeValue: value)
        html.bytes.append(UInt8(ascii: "\""))
        return html
    }

    public mutating func reserveCapacity(_ byteCount: Int) {
        bytes.reserveCapacity(byteCount)
    }

    public static func += (lhs: inout HTML, rhs: HTML) {
        lhs.append(rhs)
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        var result = lhs
        result.append(rhs)
        return result
    }
}

extension HTML: ExpressibleByStringInterpolation {
    /// A literal is markup written in our own source code, so it is taken as it is.
    public init(stringLiteral literal: String) {
        bytes = Array(literal.utf8)
    }

    public init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Literal segments are markup; interpolated strings are escaped; interpolated `HTML` is appended as it is.
    /// There is deliberately no generic interpolation: a value reaches a page as text, a number or markup.
    public struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8]

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes = []
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            bytes.append(contentsOf: literal.utf8)
        }

        /// Text, escaped with attribute rules.
        public mutating func appendInterpolation(_ text: String) {
            Escape.appendHTML(text, quotes: true, to: &bytes)
        }

        /// Text, escaped with attribute rules.
        public mutating func appendInterpolation(_ text: Substring) {
            Escape.appendHTML(text, quotes: true, to: &bytes)
        }

        /// An integer in plain ASCII digits.
        public mutating func appendInterpolation(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8)
        }

        /// Markup, appended as it is.
        public mutating func appendInterpolation(_ html: HTML) {
            bytes.append(contentsOf: html.bytes)
        }
    }
}

extension Sequence<HTML> {
    /// The fragments one after another, with `separator` between them.
    public func joined(separator: HTML = HTML()) -> HTML {
        var result = HTML()
        var first = true
        for fragment in self {
            if !first { result.append(separator) }
            result.append(fragment)
            first = false
        }
        return result
    }
}
