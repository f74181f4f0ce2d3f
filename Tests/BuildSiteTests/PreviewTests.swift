import Diagnostics
import Foundation
import Testing
import TestSupport

@testable import build_site

/// `--watch` as an editor sees it: the preview server, the reload script that exists only in the preview, status
/// lines with the time, warnings printed once, and the list of what changed; and `--changes`.
@Suite struct PreviewTests {
    static let page = Array("""
        <!DOCTYPE html>
        <html lang="fi">
        <head>
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' \
        data:; script-src 'self'; base-uri 'none'; form-action 'none'">
        <title>T</title>
        </head>
        <body><h1>T</h1></body>
        </html>

        """.utf8)

    static func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root.path
    }

    @Test func pagesAreServedWithTheReloadScriptAndAPolicyThatAllowsIt() throws {
        let folder = try Self.folder(["fi/index.html": Self.page, "404.html": Self.page,
                                      "assets/site.css": Array("body{}".utf8)])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let response = PreviewServer.response(to: "GET /fi/ HTTP/1.1", folder: folder, build: 3)
        #expect(response.status == "200 OK")
        let html = String(decoding: response.body, as: UTF8.self)
        #expect(html.contains("script-src 'self'; connect-src 'self'; base-uri 'none'"))
        #expect(html.contains("<script src=\"/__preview/reload.js\" defer></script>\n</head>"))
        #expect(html.replacingOccurrences(of: "<script src=\"/__preview/reload.js\" defer></script>\n", with: "")
                    .replacingOccurrences(of: " connect-src 'self';", with: "") == String(decoding: Self.page,
                                                                                          as: UTF8.self))
        let css = PreviewServer.response(to: "GET /assets/site.css HTTP/1.1", folder: folder, build: 3)
        #expect(css.type == "text/css; charset=utf-8" && css.body == Array("body{}".utf8))
        #expect(PreviewServer.response(to: "GET /__preview/build HTTP/1.1", folder: folder, build: 3).body
                    == Array("3".utf8))
        let script = PreviewServer.response(to: "GET /__preview/reload.js HTTP/1.1", folder: folder, build: 3)
        #expect(script.type.hasPrefix("text/javascript"))
        for path in ["/missing/", "/../etc/passwd", "/%2e%2e/etc/passwd", "/.hidden"] {
            #expect(PreviewServer.response(to: "GET \(path) HTTP/1.1", folder: folder, build: 3).status
                        == "404 Not Found", "\(path)")
        }
        #expect(PreviewServer.response(to: "POST /fi/ HTTP/1.1", folder: folder, build: 3).status
                    == "405 Method Not Allowed")
    }

    /// An HTTP GET through Python's urllib, an independent client (Foundation on Linux has no HTTP in Foundation).
    static func get(_ url: String) throws -> String {
        String(decoding: try Python.run("import sys, urllib.request; "
                                        + "sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())",
                                        arguments: [url]), as: UTF8.self)
    }

    @Test func theServerAnswersOnLoopback() throws {
        guard Python.isAvailable else { return }
        let folder = try Self.folder(["fi/index.html": Self.page])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = try PreviewServer(folder: folder, port: 0)
        server.start()
        defer { server.stop() }
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        let build = try Self.get(server.url + "__preview/build")
        server.published()
        #expect(try Self.get(server.url + "__preview/build") == String(Int(build)! + 1))
        #expect(try Self.get(server.url + "fi/").contains("reload.js"))
    }

    @Test func statusLinesCarryTheTimeAndDiagnosticsKeepTheirForm() {
        let date = DateComponents(calendar: .current, year: 2026, month: 11, day: 14, hour: 9, minute: 5, second: 7)
            .date!
        var lines: [String] = []
        let stamped = BuildSiteCommand.stamping({ lines.append($0) }, now: { date })
        stamped("build-site: change detected, rebuilding\n")
        stamped("Content/goals/1.fi.md:2:8: error: … [front-matter.tab]\n")
        #expect(lines == ["[09:05:07] build-site: change detected, rebuilding\n",
                          "Content/goals/1.fi.md:2:8: error: … [front-matter.tab]\n"])
    }

    static let warningCode = Diagnostic.Code(.content, "missing-translation", "missing {language} translation")

    @Test func aWarningIsPrintedOnceNotAfterEveryRebuild() {
        var printed = ""
        let session = WatchSession(server: nil, defaultLanguage: "fi", link: { $0 }, output: { printed += $0 },
                                   error: { printed += $0 })
        let report = DiagnosticReport { _ in nil }
        func log(_ languages: [String]) -> DiagnosticLog {
            var log = DiagnosticLog()
            for language in languages {
                log.warning(Self.warningCode, at: SourceLocation(file: "Content/goals/2.fi.md"),
                            ["language": language])
            }
            return log
        }
        session.printDiagnostics(log(["English"]), report: report)
        #expect(printed.contains("missing English translation"))
        printed = ""
        session.printDiagnostics(log(["English", "Swedish"]), report: report)
        #expect(!printed.contains("missing English translation"))
        #expect(printed.contains("missing Swedish translation"))
        #expect(printed.hasSuffix("build-site: 1 warning as before (not repeated)\n"))
    }

    static func csv(_ rows: [String]) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(([
            "indicator,area_type,area_id,area_code,area_name_fi,area_name_sv,area_name_en,period,value,"
                + "missing_reason,flags,unit",
        ] + rows).map { $0 + "\r\n" }.joined().utf8)
    }

    @Test func theChangesNameFiguresAndPagesWithLinks() {
        let old: [String: [UInt8]] = [
            "data/x.csv": Self.csv(["x,area,vantaa,43,Vantaa,Vanda,Vantaa,2026-07,22.9,,,percent",
                                    "x,area,vantaa,43,Vantaa,Vanda,Vantaa,2026-08,23.5,,provisional,percent"]),
            "fi/mittarit/x/index.html": Array("a".utf8), "sv/indikatorer/x/index.html": Array("a".utf8),
            "fi/index.html": Array("same".utf8),
        ]
        let new: [String: [UInt8]] = [
            "data/x.csv": Self.csv(["x,area,vantaa,43,Vantaa,Vanda,Vantaa,2026-07,23.1,,revised,percent",
                                    "x,area,vantaa,43,Vantaa,Vanda,Vantaa,2026-08,23.5,,,percent",
                                    "x,area,vantaa,43,Vantaa,Vanda,Vantaa,2026-09,23.9,,provisional,percent",
                                    "x,area,\"a, b\",1,\"A, \"\"B\"\"\",A,A,2026-09,1.0,,,percent"]),
            "fi/mittarit/x/index.html": Array("b".utf8), "sv/indikatorer/x/index.html": Array("b".utf8),
            "fi/index.html": Array("same".utf8),
        ]
        let changes = SiteChanges(old: old, new: new)
        #expect(changes.pages == ["fi/mittarit/x/index.html", "sv/indikatorer/x/index.html"])
        #expect(changes.report(defaultLanguage: "fi", link: { "http://127.0.0.1:8000/" + $0 }) == """
            Changed figures (4):
            - x: 2 figures added (2026-09)
            - x: 1 provisional figure now final (2026-08)
            - x 2026-07 Vantaa: 22.9 → 23.1 (revised)
            Changed pages (2 in all languages; in fi):
            - http://127.0.0.1:8000/fi/mittarit/x/

            """)
        #expect(SiteChanges(old: new, new: new).report(defaultLanguage: "fi", link: { $0 })
                    == "No page or figure changed.\n")
    }
}
