/// The file name of an asset with a content hash inserted before its extension, so that hosts can cache the
/// file forever: a changed file gets a new name.
///
/// `contentHashedName("site.css", bytes)` is `"site.3f2a9c1b0d.css"`: the first 10 hexadecimal digits
/// (40 bits) of the SHA-256 of `contents`. Directories in `fileName` are kept (`"assets/site.css"` becomes
/// `"assets/site.<hash>.css"`), the hash goes before the last extension (`"site.min.css"` becomes
/// `"site.min.<hash>.css"`), and a name without an extension, or whose only dot is leading (`".htaccess"`),
/// gets the hash appended.
public func contentHashedName(_ fileName: String, _ contents: [UInt8]) -> String {
    let hash = String(SHA256.hexDigest(of: contents).prefix(10))
    let slash = fileName.lastIndex(of: "/")
    let nameStart = slash.map { fileName.index(after: $0) } ?? fileName.startIndex
    let name = fileName[nameStart...]
    // A leading dot marks a hidden file, not an extension.
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
        return fileName + "." + hash
    }
    return String(fileName[..<dot]) + "." + hash + String(fileName[dot...])
}
