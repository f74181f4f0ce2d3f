import Diagnostics
import Foundation

extension SiteWriter {
    /// The reasons the output directory must not be replaced; empty when it may be.
    ///
    /// Refused always: the content or assets directory, a directory containing or inside one of them, a
    /// repository root (a directory holding `Package.swift` or `.git`), the working directory or one of its
    /// ancestors, a symbolic link, an existing file that is not a directory, and an existing directory that has
    /// files but no ``markerName``: this writer did not make it, so it may hold anything (`docs/`, `Sources/`, a
    /// checkout), and replacing it would delete that. Refused unless ``force`` is set: a directory outside the
    /// working directory. Paths are compared after resolving symbolic links.
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
        for (directory, terms) in [
            (contentDirectory, (Diagnostic.Term.outputIsContent, Diagnostic.Term.outputContainsContent,
                                Diagnostic.Term.outputInsideContent)),
            (assetsDirectory, (.outputIsAssets, .outputContainsAssets, .outputInsideAssets)),
        ] {
            guard let directory else { continue }
            let source = Self.resolvedComponents(directory)
            if output == source {
                problems.append(refusal(terms.0))
            } else if Self.isInside(source, output) {
                problems.append(refusal(terms.1))
            } else if Self.isInside(output, source) {
                problems.append(refusal(terms.2))
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
        // Last, so a folder refused for what it is is not also reported as not ours.
        if exists && problems.isEmpty,
            !fileManager.fileExists(atPath: outputDirectory.appendingPathComponent(Self.markerName).path),
            let entries = try? fileManager.contentsOfDirectory(atPath: outputDirectory.path), !entries.isEmpty
        {
            problems.append(Problem(.outputNotMadeByUs, path: displayPath, ["marker": Self.markerName]))
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
