import Foundation

extension BuildSiteCommand {
    /// Rebuilds when a file in the content or assets folder changes; never exits on content errors.
    func watch() -> Status {
        standardOutput("build-site: watching \(arguments.content)/ and \(arguments.assets)/ (Ctrl-C to stop)\n")
        var last = FolderSnapshot(folders: [arguments.content, arguments.assets])
        _ = runOnce()
        while true {
            Thread.sleep(forTimeInterval: 0.4)
            let current = FolderSnapshot(folders: [arguments.content, arguments.assets])
            guard current != last else { continue }
            last = current
            standardOutput("build-site: change detected, rebuilding\n")
            _ = runOnce()
        }
    }
}
