/// Recognises destinations that could run script or read local files when followed.
enum LinkSafety {
    private static let dangerousSchemes = ["javascript:", "vbscript:", "file:", "data:"].map { Array($0.utf8) }
    private static let safeDataImages = ["image/png", "image/gif", "image/jpeg", "image/webp"].map { Array($0.utf8) }

    /// Whether `destination` uses `javascript:`, `vbscript:`, `file:` or a `data:` type other than a
    /// PNG, GIF, JPEG or WebP image. Case and ASCII whitespace or control characters (which browsers
    /// ignore in schemes) do not hide the scheme.
    static func isDangerous(_ destination: [UInt8]) -> Bool {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(24)
        for byte in destination {
            if byte <= 0x20 || byte == 0x7F { continue }
            normalized.append(ByteClass.lowercased(byte))
            if normalized.count >= 24 { break }
        }
        for scheme in dangerousSchemes where normalized.starts(with: scheme) {
            guard scheme.count == 5 else { return true }  // "data:"
            let rest = normalized.dropFirst(5)
            for image in safeDataImages where rest.starts(with: image) {
                let after = rest.dropFirst(image.count).first
                if after == nil || after == UInt8(ascii: ";") || after == UInt8(ascii: ",") { return false }
            }
            return true
        }
        return false
    }
}
