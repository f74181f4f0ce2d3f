import Foundation
import Testing

/// The module graph holds: every `import` in Sources/ is one the table in docs/ARCHITECTURE.md allows.
@Suite struct ModuleImportTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sources = repositoryRoot.appendingPathComponent("Sources")

    static func rules() throws -> ImportRules {
        let architecture = try String(
            contentsOf: repositoryRoot.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        return try #require(ImportRules(markdown: architecture), "docs/ARCHITECTURE.md has no ```imports block")
    }

    /// The folders of Sources/, one per target.
    static func modules() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") })
    }

    @Test func theTableNamesEveryModuleAndOnlyThose() throws {
        let rules = try Self.rules()
        let modules = try Self.modules()
        #expect(Set(rules.allowed.keys) == modules)
        for (module, allowed) in rules.allowed {
            #expect(allowed.isSubset(of: modules), "\(module) may import modules that do not exist")
        }
    }

    @Test func everyImportInSourcesIsAllowed() throws {
        let rules = try Self.rules()
        let modules = try Self.modules()
        var checkedFiles = 0
        for module in modules.sorted() {
            let folder = Self.sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where file.hasSuffix(".swift") {
                let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let violations = rules.violations(
                    in: source, file: "Sources/\(module)/\(file)", module: module, ours: modules)
                #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
                checkedFiles += 1
            }
        }
        #expect(checkedFiles > 100)
    }

    @Test func aForbiddenImportIsReported() throws {
        let source = """
            import Foundation
            @testable import Dashboard
            #if canImport(Glibc)
                import Glibc
            #endif
            @preconcurrency public import struct Markup.HTML
            import Alamofire
            // import SiteGenerator
            let text = "import Charts"
            """
        let violations = try Self.rules().violations(
            in: source, file: "Sources/Publishing/X.swift", module: "Publishing",
            ours: ["Publishing", "Markup", "Dashboard", "Diagnostics", "SiteGenerator", "Charts"])
        #expect(violations.map(\.imported) == ["Dashboard", "Alamofire"])
        #expect(violations.map(\.line) == [2, 7])
        #expect(
            violations.first?.description
                == "Sources/Publishing/X.swift:2: Publishing imports Dashboard, which the imports table in "
                + "docs/ARCHITECTURE.md does not allow")
    }

    @Test func executablesAreNamedAsSwiftImportsThem() {
        let rules = ImportRules(markdown: "```imports\nTests: build-site # the command\ntoolchain: Foundation\n```")
        #expect(rules?.allowed == ["Tests": ["build-site"]])
        #expect(rules?.violations(in: "import build_site", file: "f", module: "Tests", ours: ["build-site"]) == [])
        #expect(rules?.violations(in: "import build_site", file: "f", module: "Other", ours: ["build-site"]).count == 1)
    }
}
