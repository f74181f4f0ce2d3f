import Foundation
import Testing
import TestSupport

@testable import build_site

/// The preview reload as an editor meets it, in headless Chromium driven by selenium (the environment
/// ../shared/tools/install-site-checks makes, as screen-check uses): `build-site --watch` runs, the browser opens a
/// page, a content file is saved, and the open page reloads by itself and shows the new text, under the site's
/// Content-Security-Policy. Skipped, saying why, where Chromium or selenium is missing, unless
/// REQUIRE_BROWSER_TESTS=1 (as .ci/run sets), which makes a missing browser a failure.
@Suite struct PreviewReloadBrowserTests {
    /// The Python with selenium, and Chromium with its driver; nil with the reason when something is missing.
    static func browser() -> (python: String, missing: String?) {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["SITE_CHECKS_HOME"] ?? (NSHomeDirectory() + "/.cache/site-checks")
        let python = home + "/.venv/bin/python"
        let chromium = environment["CHROMIUM"] ?? "/usr/bin/chromium"
        let driver = environment["CHROMEDRIVER"] ?? "/usr/bin/chromedriver"
        for (path, what) in [(chromium, "Chromium"), (driver, "chromedriver"), (python, "selenium's Python")]
        where !FileManager.default.isExecutableFile(atPath: path) {
            return (python, "\(what) is not installed at \(path); run ../shared/tools/install-site-checks")
        }
        return (python, nil)
    }

    static let script = #"""
        import os, sys, time
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
        url, source = sys.argv[1], sys.argv[2]
        options = Options()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(options=options, service=Service(
            os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"), log_output=os.devnull))
        try:
            driver.get(url)
            before = driver.find_element("tag name", "h1").text
            driver.execute_script("window.notReloadedYet = true")
            time.sleep(1.5)  # the script has asked for the build number at least once
            text = open(source, encoding="utf-8").read()
            text = text.replace("Taataan palvelut kaikille", "Palvelut kaikille heti")
            open(source, "w", encoding="utf-8").write(text)
            result = "not reloaded"
            deadline = time.time() + 60
            while time.time() < deadline:
                time.sleep(0.3)
                try:
                    if driver.execute_script("return window.notReloadedYet === undefined"):
                        result = "reloaded: " + driver.find_element("tag name", "h1").text
                        break
                except Exception:
                    pass
            blocked = [entry["message"] for entry in driver.get_log("browser")
                       if "Content Security Policy" in entry["message"] or "Refused" in entry["message"]]
            print("before: " + before)
            print(result)
            print("csp: " + ("; ".join(blocked) if blocked else "none"))
        finally:
            driver.quit()
        """#

    /// Holds what a command on another thread prints.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ more: String) { lock.withLock { text += more } }
        var value: String { lock.withLock { text } }
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        func raise() { lock.withLock { raised = true } }
        var isRaised: Bool { lock.withLock { raised } }
    }

    /// Lets a command cross to the watch thread; only that thread uses it.
    final class Handoff<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    @Test func theOpenPageReloadsAfterARebuild() throws {
        let (python, missing) = Self.browser()
        if let missing {
            let required = ProcessInfo.processInfo.environment["REQUIRE_BROWSER_TESTS"] == "1"
            #expect(!required, "REQUIRE_BROWSER_TESTS=1 but \(missing)")
            print("PreviewReloadBrowserTests skipped: \(missing)")
            return
        }
        let workspace = try BuildSiteCommandTests.Workspace()
        let output = Output()
        let stop = Flag()
        let arguments = try BuildSiteArguments.parse([
            "--watch", "--port", "0", "--content", workspace.path("Content"), "--assets", workspace.path("Assets"),
            "--output", workspace.path("Site"), "--force",
        ])
        let command = Handoff(BuildSiteCommand(arguments: arguments, standardOutput: output.append,
                                               standardError: output.append))
        let finished = Flag()
        Thread {
            _ = command.value.watch(stop: { stop.isRaised })
            finished.raise()
        }.start()
        defer {
            stop.raise()
            while !finished.isRaised { Thread.sleep(forTimeInterval: 0.1) }
        }
        let deadline = Date().addingTimeInterval(120)
        while !output.value.contains(" wrote "), Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        let match = try #require(output.value.firstMatch(of: /preview at (http:\/\/127\.0\.0\.1:\d+\/)/),
                                 "\(output.value)")
        let page = String(match.output.1) + "fi/tavoitteet/1/"
        let result = String(decoding: try Python.runProcess(
            python, ["-c", Self.script, page, workspace.path("Content/goals/1.fi.md")]), as: UTF8.self)
        #expect(result.contains("before: Taataan palvelut kaikille"), "\(result)")
        #expect(result.contains("reloaded: Palvelut kaikille heti"), "\(result)\n\(output.value)")
        #expect(result.contains("csp: none"), "\(result)")
        // The published files never carry the preview's script or policy.
        for (path, bytes) in workspace.tree("Site") where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("__preview") && !html.contains("connect-src"), "\(path)")
        }
    }
}
