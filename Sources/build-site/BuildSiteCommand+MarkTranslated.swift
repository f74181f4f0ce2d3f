import Dashboard
import Diagnostics
import Foundation
import Publishing

extension BuildSiteCommand {
    /// `--mark-translated`: writes each translation's `source_hash`, the fingerprint of its default-language file
    /// as it is now, so the build stops reporting it as outdated. Changes that one line and nothing else.
    func markTranslated() -> Status {
        let defaultLanguage = Self.defaultLanguage(content: arguments.content)
        for path in arguments.markTranslated {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let parts = name.split(separator: ".")
            let folder = path.split(separator: "/").dropLast().last.map(String.init) ?? ""
            guard parts.count == 3, parts[2] == "md", ContentLoader.markdownFolders.contains(folder) else {
                standardError("build-site: error: \(path) is not a content text such as Content/goals/3.sv.md\n")
                return .usageOrEnvironment
            }
            guard parts[1] != defaultLanguage else {
                standardError("build-site: error: \(path) is in the default language (\(defaultLanguage)), which "
                              + "translations are made from; mark its translations instead\n")
                return .usageOrEnvironment
            }
            let sourcePath = String(path.dropLast(name.count)) + "\(parts[0]).\(defaultLanguage).md"
            guard let translation = FileManager.default.contents(atPath: path) else {
                standardError("build-site: error: cannot read \(path)\n")
                return .usageOrEnvironment
            }
            guard let source = FileManager.default.contents(atPath: sourcePath) else {
                standardError("build-site: error: \(path) has no source: cannot read \(sourcePath)\n")
                return .usageOrEnvironment
            }
            var log = DiagnosticLog()
            guard let sourceBytes = SourceText.decode([UInt8](source), file: sourcePath, log: &log) else {
                printDiagnostics(log, report: DiagnosticReport { _ in nil })
                return .contentErrors
            }
            let sourceMatter = FrontMatter.parse(String(decoding: sourceBytes, as: UTF8.self), file: sourcePath,
                                                 log: &log)
            let fingerprint = TranslationSource.fingerprint(of: sourceMatter, folder: folder)
            guard let marked = TranslationSource.marking(String(decoding: translation, as: UTF8.self),
                                                         with: fingerprint) else {
                standardError("build-site: error: \(path) has no front matter (the block between '---' lines)\n")
                return .contentErrors
            }
            do {
                try AtomicFile.replace(path, with: Array(marked.utf8))
            } catch {
                standardError("build-site: error: \(error.description)\n")
                return .usageOrEnvironment
            }
            if !arguments.quiet {
                standardOutput("build-site: marked \(path) as translated from \(sourcePath) as it is now\n")
            }
        }
        return .success
    }

    /// The site's default language from `site.json`, or Finnish when the file does not say.
    static func defaultLanguage(content: String) -> String {
        var log = DiagnosticLog()
        guard let data = FileManager.default.contents(atPath: content + "/site.json"),
              let node = JSONParser.parse([UInt8](data), file: "site.json", log: &log),
              case .object(let members) = node.value,
              case .string(let language)? = members.first(where: { $0.key == "defaultLanguage" })?.value.value
        else { return "fi" }
        return language
    }
}
