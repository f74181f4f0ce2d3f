// libFuzzer entry point for the settings and UI-string loaders: the input becomes Content/site.json or a UI
// string catalog (Content/i18n/<lang>.json) of an otherwise valid small site, which is resolved, its strings
// checked and its diagnostics rendered the way build-site prints them. Built by Fuzz/run-settings.sh together
// with Sources/Dashboard (one module, so the internal loaders are reachable) on top of Diagnostics and Markdown.

import Diagnostics

/// The other files of the site, valid, so that the input decides what happens.
private let settings = Array("""
    {"title": {"fi": "T", "sv": "T", "en": "T"}, "description": {"fi": "D", "sv": "D", "en": "D"},
     "languages": ["fi", "sv", "en"], "defaultLanguage": "fi",
     "organisation": {"fi": "O", "sv": "O", "en": "O"},
     "contact": {"email": "a@example.fi", "url": "https://example.fi/"},
     "dataLicence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
     "goalPeriod": {"start": "2025-01", "end": "2027-12"}}
    """.utf8)
private let catalog = Array("""
    {"path.goals": "tavoitteet", "path.areas": "alueet", "path.page.about": "tietoa", "nav.home": "Etusivu",
     "areas.member-count": "{count} kuntaa", "areas.member-count.one": "{count} kunta"}
    """.utf8)
private let keys = ContentResolver.StringKeys(
    required: ["path.goals", "path.areas", "nav.home", "areas.member-count"],
    optional: { $0.hasPrefix("path.page.") || $0.hasSuffix(".one") })

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks where the input goes: the settings, the default or another language's strings.
    let selector = bytes.first ?? 0
    let input = Array(bytes.dropFirst())
    var files: [String: [UInt8]] = ["site.json": settings, "i18n/fi.json": catalog, "i18n/sv.json": catalog]
    switch selector % 3 {
    case 0: files["site.json"] = input
    case 1: files["i18n/fi.json"] = input
    default: files["i18n/sv.json"] = input
    }
    let content = ContentFiles(root: "Content", files: files)
    var log = DiagnosticLog()
    if let model = ContentResolver.resolve(content, log: &log) {
        ContentResolver.checkStrings(in: model, keys: keys, content: content, log: &log)
        // Every catalog text goes through the lookup and placeholder filling the pages use.
        for language in model.settings.languages {
            let strings = Strings(language: language, catalogs: model.catalogs,
                                  fallbackLanguage: model.settings.defaultLanguage)
            for key in model.catalogs[language]?.keys.sorted() ?? [] {
                _ = strings.format(key, ["count": "1", "site": "x"])
            }
        }
    }
    // Positions stay inside the file they name: the report quotes the line and puts a caret under the column.
    for diagnostic in log.diagnostics {
        let relative = String(diagnostic.file.dropFirst("Content/".count))
        guard let text = files[relative].map({ String(decoding: SourceText.normaliseLineEnds($0), as: UTF8.self) })
        else { continue }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if diagnostic.line < 0 || diagnostic.line > lines.count + 1 || diagnostic.column < 0 {
            fatalError("\(diagnostic.summaryLine): position outside the file (\(lines.count) lines)")
        }
        if diagnostic.line > 0 && diagnostic.line <= lines.count
            && diagnostic.column > lines[diagnostic.line - 1].unicodeScalars.count + 1 {
            fatalError("\(diagnostic.summaryLine): column beyond the end of the line")
        }
        _ = diagnostic.message
        _ = diagnostic.hint
    }
    let report = DiagnosticReport { path in
        files[String(path.dropFirst("Content/".count))].map { String(decoding: $0, as: UTF8.self) }
    }
    _ = report.render(log)
    return 0
}
