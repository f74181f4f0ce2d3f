import Foundation
import StatisticsImport

// A thin shell: everything else is in StatisticsImport, where it is tested.
let status = ImportStatsCommand.main(
    Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
    standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
    standardError: { FileHandle.standardError.write(Data($0.utf8)) })
exit(status.rawValue)
