import Foundation

// A thin shell: the command is BuildSiteCommand, tested in BuildSiteTests.
let status = BuildSiteCommand.main(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) })
exit(status.rawValue)
