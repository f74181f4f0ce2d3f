import Dashboard
import Foundation
import Testing
@testable import SiteGenerator

/// The list of UI strings the check requires is the list the templates use: the fixture site built from
/// catalogs cut down to the required and optional keys is byte for byte the site built from the full catalogs,
/// so no template uses a key the check would not miss; and every required key is in the example catalogs.
@Suite struct UIStringKeysTests {
    @Test func theTemplatesUseNoKeyOutsideTheList() throws {
        var trimmed: [String: String?] = [:]
        for language in ["fi", "sv", "en"] {
            let path = "i18n/\(language).json"
            let catalog = try JSONSerialization.jsonObject(with: Data(SiteFixture.content().files[path]!))
            let strings = try #require(catalog as? [String: String])
            let kept = strings.filter { UIStringKeys.required.contains($0.key) || UIStringKeys.isOptional($0.key) }
            let data = try JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys])
            trimmed[path] = String(decoding: data, as: UTF8.self)
        }
        let full = try #require(SiteFixture.build().files)
        let cut = try #require(SiteFixture.build(trimmed).files)
        #expect(cut.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where cut[path] != bytes { Issue.record("\(path) differs") }
    }

    @Test(arguments: ["fi", "sv", "en"])
    func theExampleCatalogsHaveEveryRequiredKeyAndNoUnusedOne(language: String) throws {
        let url = SiteFixture.repositoryRoot.appendingPathComponent("Content/i18n/\(language).json")
        let strings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: String])
        #expect(UIStringKeys.required.subtracting(strings.keys).sorted() == [])
        #expect(strings.keys.filter { !UIStringKeys.required.contains($0) && !UIStringKeys.isOptional($0) } == [])
    }
}
