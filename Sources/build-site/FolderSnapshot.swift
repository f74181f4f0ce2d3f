import Foundation

/// Names, sizes and modification times of every file in some folders, to notice edits without inotify.
struct FolderSnapshot: Equatable {
    var entries: [String: [Double]] = [:]

    init(folders: [String]) {
        let fileManager = FileManager.default
        for folder in folders {
            guard let enumerator = fileManager.enumerator(atPath: folder) else { continue }
            for case let relative as String in enumerator {
                let path = folder + "/" + relative
                guard let attributes = try? fileManager.attributesOfItem(atPath: path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                entries[path] = [size, modified]
            }
        }
    }
}
