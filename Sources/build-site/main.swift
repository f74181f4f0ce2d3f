import Foundation
import SiteGenerator

// A thin shell: everything else is in SiteGenerator, where it is tested.
let status = BuildSiteCommand.main(
    Array(CommandLine.arguments.dropFirst()),
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) })
exit(status.rawValue)
