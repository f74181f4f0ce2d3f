/// A ZIP archive written by our own code, for the bundle of all open data.
///
/// Entries are written in the order given, each deflated (``Deflate``) unless that would not make it smaller,
/// in which case it is stored. Every entry carries the same fixed modification time, passed in rather than read
/// from the clock, and the UTF-8 file name flag, so the archive's bytes depend only on its entries. Files are
/// marked as Unix files with mode 0644 so that extracting them gives ordinary readable files. ZIP64 is not
/// written: an archive is limited to 65,535 entries and 4 GiB, far beyond a dashboard's data.
public struct ZipArchive: Sendable {
    /// One file in the archive.
    public struct Entry: Sendable, Equatable {
        /// The `/`-separated path inside the archive, such as `fi/tyollisyysaste.csv`.
        public var path: String
        /// The uncompressed contents.
        public var contents: [UInt8]

        /// Creates an entry.
        public init(path: String, contents: [UInt8]) {
            self.path = path
            self.contents = contents
        }
    }

    /// Why an archive could not be written.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        /// An entry path is not a plain relative path, or two paths clash (see ``SiteWriter/validate(_:)``).
        case invalidPaths([SiteWriter.Problem])
        /// The same path occurs twice.
        case duplicatePath(String)
        /// The archive would need ZIP64: too many entries, or an entry or the whole archive over 4 GiB.
        case tooLarge(String)

        public var description: String {
            switch self {
            case .invalidPaths(let problems): problems.map(\.description).joined(separator: "\n")
            case .duplicatePath(let path): "\(path): the path occurs more than once in the archive"
            case .tooLarge(let what): "the archive is too large for ZIP without ZIP64: \(what)"
            }
        }
    }

    /// The entries, in archive order.
    public var entries: [Entry]
    /// The modification time recorded for every entry.
    public var modified: Timestamp

    /// Creates an archive.
    public init(entries: [Entry] = [], modified: Timestamp) {
        self.entries = entries
        self.modified = modified
    }

    /// Adds a file at the end.
    public mutating func append(path: String, contents: [UInt8]) {
        entries.append(Entry(path: path, contents: contents))
    }

    /// The bytes of the `.zip` file.
    public func encoded() throws(Error) -> [UInt8] {
        try validate()
        var archive: [UInt8] = []
        var centralDirectory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = CRC32.checksum(entry.contents)
            let deflated = Deflate.compress(entry.contents)
            let isDeflated = deflated.count < entry.contents.count
            let data = isDeflated ? deflated : entry.contents
            guard archive.count <= Int(UInt32.max) else {
                throw .tooLarge("entries start beyond 4 GiB")
            }
            let localHeaderOffset = UInt32(archive.count)

            // Fields shared by the local header and the central directory record, from "version needed" on.
            var common: [UInt8] = []
            common.appendLittleEndian(UInt16(isDeflated ? 20 : 10))  // version needed: 2.0 deflate, 1.0 stored
            common.appendLittleEndian(UInt16(0x0800))  // general purpose flags: bit 11, names are UTF-8
            common.appendLittleEndian(UInt16(isDeflated ? 8 : 0))  // compression method
            common.appendLittleEndian(modified.dosTime)
            common.appendLittleEndian(modified.dosDate)
            common.appendLittleEndian(crc)
            common.appendLittleEndian(UInt32(data.count))
            common.appendLittleEndian(UInt32(entry.contents.count))
            common.appendLittleEndian(UInt16(name.count))
            common.appendLittleEndian(UInt16(0))  // extra field length

            archive.appendLittleEndian(UInt32(0x0403_4b50))
            archive += common
            archive += name
            archive += data

            centralDirectory.appendLittleEndian(UInt32(0x0201_4b50))
            centralDirectory.appendLittleEndian(UInt16(0x0314))  // made by: Unix (3), spec 2.0
            centralDirectory += common
            centralDirectory.appendLittleEndian(UInt16(0))  // comment length
            centralDirectory.appendLittleEndian(UInt16(0))  // disk number
            centralDirectory.appendLittleEndian(UInt16(0))  // internal attributes
            centralDirectory.appendLittleEndian(UInt32(0o100644) << 16)  // external: regular file, rw-r--r--
            centralDirectory.appendLittleEndian(localHeaderOffset)
            centralDirectory += name
        }
        guard archive.count <= Int(UInt32.max), centralDirectory.count <= Int(UInt32.max) else {
            throw .tooLarge("the central directory starts beyond 4 GiB")
        }
        let centralDirectoryOffset = UInt32(archive.count)
        archive += centralDirectory

        archive.appendLittleEndian(UInt32(0x0605_4b50))
        archive.appendLittleEndian(UInt16(0))  // this disk
        archive.appendLittleEndian(UInt16(0))  // disk with the central directory
        archive.appendLittleEndian(UInt16(entries.count))
        archive.appendLittleEndian(UInt16(entries.count))
        archive.appendLittleEndian(UInt32(centralDirectory.count))
        archive.appendLittleEndian(centralDirectoryOffset)
        archive.appendLittleEndian(UInt16(0))  // comment length
        return archive
    }

    private func validate() throws(Error) {
        var seen: Set<String> = []
        for entry in entries where !seen.insert(entry.path).inserted {
            throw .duplicatePath(entry.path)
        }
        let problems = SiteWriter.validate(entries.map(\.path))
        guard problems.isEmpty else {
            throw .invalidPaths(problems)
        }
        guard entries.count < 0xFFFF else {
            throw .tooLarge("\(entries.count) entries")
        }
        for entry in entries where entry.contents.count >= Int(UInt32.max) || entry.path.utf8.count > 0xFFFF {
            throw .tooLarge(entry.path)
        }
    }
}

extension [UInt8] {
    /// Appends `value` in little-endian byte order, as ZIP stores every number.
    fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
        for index in 0..<(Value.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: value >> (index * 8)))
        }
    }
}
