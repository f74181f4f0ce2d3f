import Foundation

/// Reads a folder tree into memory: the input end of the pipeline, as ``SiteWriter`` is the output end.
/// Everything between them is pure.
public enum DirectoryReader {
    /// Why a folder could not be read: a sentence naming the folder or file.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every regular file below `path`, by path relative to it (with `/`), skipping hidden files and folders.
    /// Symbolic links are not followed, so content cannot pull in files from elsewhere.
    public static func read(_ path: String) throws(Failure) -> [String: [UInt8]] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "the folder '\(path)' does not exist")
        }
        var files: [String: [UInt8]] = [:]
        let root = URL(fileURLWithPath: path, isDirectory: true)
        guard let enumerator = fileManager.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles]) else {
            throw Failure(description: "the folder '\(path)' cannot be read")
        }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath + "/") else { continue }
            let relative = String(full.dropFirst(rootPath.count + 1))
            guard let data = fileManager.contents(atPath: full) else {
                throw Failure(description: "the file '\(path)/\(relative)' cannot be read")
            }
            files[relative] = [UInt8](data)
        }
        return files
    }
}
