/// Percent-encoding of site paths for use in URLs.
///
/// Every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) is written as `%XX` with uppercase hex
/// digits, non-ASCII characters as the percent-encoded bytes of their UTF-8 form. That is stricter than a browser
/// needs over HTTP, but it is the one spelling that works everywhere, including `file://` on every platform and
/// tools that do not accept IRIs; the cost is that `ä` appears as `%C3%A4` in the HTML source.
enum URLPathEncoding {
    /// `segment` with every byte outside the unreserved set percent-encoded; a `/` is encoded too.
    static func encodeSegment(_ segment: some StringProtocol) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(segment.utf8.count)
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(hexDigits[Int(byte >> 4)])
                encoded.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// `path` with each `/`-separated segment encoded by ``encodeSegment(_:)`` and the slashes kept.
    static func encodePath(_ path: some StringProtocol) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encodeSegment($0) }.joined(separator: "/")
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
