/// Recognises destinations that could run script or read local files when followed.
public enum LinkSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeDataImages = ["image/png", "image/gif", "image/jpeg", "image/webp"].map { Array($0.utf8) }

    /// Whether `destination` uses `javascript:`, `vbscript:`, `file:` or a `data:` type other than a
    /// PNG, GIF, JPEG or WebP image. Case and ASCII whitespace or control characters (which browsers
    /// ignore in schemes) do not hide the scheme.
    static func isDangerous(_ destination: [UInt8]) -> Bool {
        dangerousScheme(destination) != nil
    }

    /// The dangerous scheme `destination` uses, spelled plainly (`javascript:`), or nil when it is safe. The
    /// same rule as ``isDangerous(_:)``, for messages: content checks report the scheme, the renderer drops it.
    public static func dangerousScheme(in destination: String) -> String? {
        dangerousScheme(Array(destination.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The dangerous scheme of a URL written where HTML character references are not decoded (JSON, front
    /// matter), also when one disguises it (`jav&#x61;script:`): such a value is a mistake or an attack either
    /// way, and the message names the scheme.
    public static func dangerousScheme(inUndecoded text: String) -> String? {
        if let scheme = dangerousScheme(in: text) { return scheme }
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"),
               let next = EntityDecoder.decode(bytes, at: index, end: bytes.count, into: &decoded) {
                index = next
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return dangerousScheme(decoded).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func dangerousScheme(_ destination: [UInt8]) -> [UInt8]? {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(24)
        for byte in destination {
            if byte <= 0x20 || byte == 0x7F { continue }
            normalized.append(ByteClass.lowercased(byte))
            if normalized.count >= 24 { break }
        }
        for scheme in dangerousSchemes where normalized.starts(with: scheme) {
            guard scheme.count == 5 else { return scheme }  // "data:"
            let rest = normalized.dropFirst(5)
            for image in safeDataImages where rest.starts(with: image) {
                let after = rest.dropFirst(image.count).first
                if after == nil || after == UInt8(ascii: ";") || after == UInt8(ascii: ",") { return nil }
            }
            return scheme
        }
        return nil
    }
}
