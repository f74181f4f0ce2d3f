import Diagnostics
import Foundation

extension SiteWriter {
    /// The reasons the output directory must not be replaced; empty when it may be.
    ///
    /// Refused always: the content directory, a directory containing or inside it, a repository root (a
    /// directory holding `Package.swift` or `.git`), the working directory or one of its ancestors, a symbolic
    /// link, and an existing file that is not a directory. Refused unless ``force`` is set: a directory outside
    /// the working directory. Paths are compared after resolving symbolic links.
    public func checkOutputDirectory() -> [Problem] {
        let fileManager = FileManager.default
        let displayPath = outputDirectory.path
        func refusal(_ reason: Diagnostic.Term) -> Problem {
            Problem(.refusedOutputDirectory, path: displayPath, ["reason": reason])
        }

        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: outputDirectory.path, isDirectory: &isDirectory)
        let attributes = try? fileManager.attributesOfItem(atPath: outputDirectory.path)
        if attributes?[.type] as? FileAttributeType == .typeSymbolicLink {
            return [refusal(.outputIsSymbolicLink)]
        }
        if exists && !isDirectory.boolValue {
            return [refusal(.outputIsFile)]
        }

        let output = Self.resolvedComponents(outputDirectory)
        let working = Self.resolvedComponents(workingDirectory)
        var problems: [Problem] = []
        if let contentDirectory {
            let content = Self.resolvedComponents(contentDirectory)
            if output == content {
                problems.append(refusal(.outputIsContent))
            } else if Self.isInside(content, output) {
                problems.append(refusal(.outputContainsContent))
            } else if Self.isInside(output, content) {
                problems.append(refusal(.outputInsideContent))
            }
        }
        if exists,
            fileManager.fileExists(atPath: outputDirectory.appendingPathComponent("Package.swift").path)
                || fileManager.fileExists(atPath: outputDirectory.appendingPathComponent(".git").path)
        {
            problems.append(refusal(.outputIsRepository))
        }
        if output == working || Self.isInside(working, output) {
            problems.append(refusal(.outputIsAncestor))
        } else if !force && !Self.isInside(output, working) {
            problems.append(
                Problem(.outputOutsideWorkingDirectory, path: displayPath, ["working": workingDirectory.path]))
        }
        return problems
    }

    /// Whether `path` is strictly inside `directory`.
    private static func isInside(_ path: [String], _ directory: [String]) -> Bool {
        path.count > directory.count && Array(path.prefix(directory.count)) == directory
    }

    /// The path components of `url` with `.`/`..` removed and symbolic links resolved in the longest existing
    /// ancestor, so that a directory that does not exist yet can still be compared.
    private static func resolvedComponents(_ url: URL) -> [String] {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().standardizedFileURL
        return resolved.pathComponents.filter { $0 != "/" } + missing
    }
}
