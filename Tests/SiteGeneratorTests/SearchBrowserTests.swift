import Foundation
import Testing
import TestSupport

/// The filter script in headless Chromium, on the fixture site opened from disk as a reader would after using the
/// header's search box: the query arrives as `?q=`, matches without its diacritics, and the rest is hidden.
/// Skipped when Chromium is not installed (`CHROMIUM` names another binary).
@Suite struct SearchBrowserTests {
    static let chromium = ProcessInfo.processInfo.environment["CHROMIUM"] ?? "/usr/bin/chromium"

    /// The page's DOM after its scripts ran.
    static func renderedDOM(_ path: String, query: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(path).absoluteString + "?q=" + query
        let output = try Python.runProcess("/usr/bin/timeout", [
            "60", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000",
            "--dump-dom", url,
        ])
        return String(decoding: output, as: UTF8.self)
    }

    @Test func filtersTheIndexByTheQueryWithoutDiacritics() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            print("SearchBrowserTests skipped: no Chromium at \(Self.chromium)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, bytes) in try #require(SiteFixture.build().files) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        // "Betby" is Beetala's Swedish name, shown beside the Finnish one.
        let dom = try Self.renderedDOM("fi/haku/index.html", query: "betby", in: folder)
        #expect(dom.contains("<div class=\"filter\" data-filter-for=\"search-index\">"), "the box is shown")
        #expect(dom.contains("<input type=\"search\" id=\"search-filter\" autocomplete=\"off\">"))
        #expect(dom.contains("<li>Beetala <span class=\"alt-name\" lang=\"sv\">(Betby)</span>"))
        #expect(dom.contains("<li class=\"is-filtered-out\">Alfala "))
        #expect(dom.contains("aria-live=\"polite\">1 / "))
        // Sections left empty go, heading and all.
        #expect(dom.contains("<section class=\"search-group is-filtered-out\" aria-labelledby=\"search-goal\""))
        // Folded and in any case, "ALAND" finds Mariehamn by its note on Åland.
        let folded = try Self.renderedDOM("sv/sok/index.html", query: "ALAND", in: folder)
        #expect(folded.contains("aria-live=\"polite\">1 / "))
        #expect(folded.contains("<li>Mariehamn "))
    }
}
