import Foundation

/// Runs Python 3 as an independent reference implementation (zipfile, zlib, csv, xml) for tests; tests that use
/// it are skipped where python3 is not installed.
public enum Python {
    /// The path of python3, or nil when there is none.
    public static let executable: String? = {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = "\(directory)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }()

    public static var isAvailable: Bool { executable != nil }

    /// Runs `script` with `input` on standard input and returns standard output; throws if it exits non-zero.
    public static func run(_ script: String, input: [UInt8] = [], arguments: [String] = []) throws -> [UInt8] {
        try runProcess(executable!, ["-c", script] + arguments, input: input)
    }

    /// Runs any program; shared by the `unzip -t` check.
    public static func runProcess(_ path: String, _ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read concurrently so that large inputs and outputs cannot fill a pipe and deadlock.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
        }
        return Array(output)
    }

    /// A program that exited with a non-zero status.
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var stderr: String
        public var description: String { "exit \(status): \(stderr)" }
    }
}
