import Dashboard
import Diagnostics
import Foundation
import Publishing

/// What `import-stats` does, as a function of its arguments. File I/O happens here and only here: reading the
/// mapping, tables and registry, and writing the metric files once everything has succeeded.
public struct ImportStatsCommand {
    public enum Status: Int32 {
        case success = 0
        case contentErrors = 1
        case usageOrEnvironment = 2
    }

    public var arguments: ImportStatsArguments
    public var standardOutput: (String) -> Void
    public var standardError: (String) -> Void
    /// Every file read, by the path messages use, for quoting lines in diagnostics.
    var texts: [String: String] = [:]

    public init(arguments: ImportStatsArguments, standardOutput: @escaping (String) -> Void,
                standardError: @escaping (String) -> Void) {
        self.arguments = arguments
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    public static func main(_ commandLine: [String], standardOutput: @escaping (String) -> Void,
                            standardError: @escaping (String) -> Void) -> Status {
        let arguments: ImportStatsArguments
        do {
            arguments = try ImportStatsArguments.parse(commandLine)
        } catch {
            standardError("import-stats: error: \(error.message)\nRun 'import-stats --help' for the options.\n")
            return .usageOrEnvironment
        }
        var command = ImportStatsCommand(arguments: arguments, standardOutput: standardOutput,
                                         standardError: standardError)
        switch arguments.action {
        case .help:
            standardOutput(ImportStatsArguments.usage + "\n")
            return .success
        case .inspect(let file, let dimensions):
            return command.inspect(file, dimensions: dimensions)
        case .run(let mapping):
            return command.run(mapping)
        case .merge(let file, let indicator):
            return command.merge(file, indicator: indicator)
        }
    }

    mutating func inspect(_ file: String, dimensions: Bool) -> Status {
        guard let bytes = read(file) else { return .usageOrEnvironment }
        var log = DiagnosticLog()
        let cube = StatisticsReader.read(bytes, file: file, log: &log)
        printDiagnostics(log)
        guard let cube, !log.hasErrors else { return .contentErrors }
        standardOutput(dimensions ? cube.summary : cube.tidyCSV)
        return .success
    }

    mutating func run(_ mappingFile: String) -> Status {
        guard let mappingBytes = read(mappingFile) else { return .usageOrEnvironment }
        var log = DiagnosticLog()
        guard var mapping = ImportMapping.read(mappingBytes, file: mappingFile, log: &log) else {
            return finish(log)
        }
        for (id, file) in arguments.tables.sorted(by: { $0.key < $1.key }) {
            guard let index = mapping.tables.firstIndex(where: { $0.id == id }) else {
                standardError("import-stats: error: --table \(id)=…: the mapping has no table \"\(id)\" "
                              + "(it has \(mapping.tables.map(\.id).joined(separator: ", ")))\n")
                return .usageOrEnvironment
            }
            mapping.tables[index].file = file
        }
        if let output = arguments.output { mapping.output = output }

        var cubes: [String: StatisticsCube] = [:]
        for table in mapping.tables {
            guard let bytes = read(table.file) else { return .usageOrEnvironment }
            cubes[table.id] = StatisticsReader.read(bytes, file: table.file, log: &log)
        }
        guard let areas = read(mapping.areasFile) else { return .usageOrEnvironment }
        var municipalities: [UInt8]?
        if let file = mapping.municipalitiesFile {
            guard let bytes = read(file) else { return .usageOrEnvironment }
            municipalities = bytes
        }
        let registry = AreaRegistry.read(areas: areas, file: mapping.areasFile, municipalities: municipalities,
                                         municipalitiesFile: mapping.municipalitiesFile, log: &log)
        guard let registry else { return finish(log) }
        let metrics = MetricImporter.run(mapping, tables: cubes, registry: registry, log: &log)
        guard !log.hasErrors else { return finish(log) }
        printDiagnostics(log)
        if arguments.check {
            if !arguments.quiet {
                standardOutput("import-stats: checked \(metrics.count) indicators; nothing written "
                               + "(\(DiagnosticReport.counts(log)))\n")
            }
            return .success
        }
        for metric in metrics {
            let path = FilePath.resolve(metric.indicator + ".json", from: mapping.output)
            do {
                try AtomicFile.replace(path, with: Array(metric.json.utf8))
            } catch {
                standardError("import-stats: error: \(error.description)\n")
                return .usageOrEnvironment
            }
            if !arguments.quiet {
                let periods = Set(metric.series.flatMap { $0.points.map(\.period) }).sorted()
                let span = periods.count == 1 ? "\(periods[0])" : "\(periods.first!)–\(periods.last!)"
                standardOutput("import-stats: wrote \(path) (\(metric.series.count) series, \(span))\n")
            }
        }
        return .success
    }

    func finish(_ log: DiagnosticLog) -> Status {
        printDiagnostics(log)
        standardError("import-stats: \(DiagnosticReport.counts(log)); nothing was written\n")
        return .contentErrors
    }

    mutating func read(_ path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            var log = DiagnosticLog()
            let reason: Diagnostic.Term = !exists ? .noSuchFile
                : isDirectory.boolValue ? .isAFolder : .permissionDenied
            log.error(.importUnreadable, at: SourceLocation(file: path), ["reason": reason])
            printDiagnostics(log)
            return nil
        }
        let bytes = [UInt8](data)
        texts[path] = String(decoding: SourceText.normaliseLineEnds(bytes), as: UTF8.self)
        return bytes
    }

    func printDiagnostics(_ log: DiagnosticLog) {
        let texts = self.texts
        let text = DiagnosticReport { texts[$0] }.render(log)
        if !text.isEmpty { standardError(text) }
    }
}
