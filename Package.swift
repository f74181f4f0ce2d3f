// swift-tools-version:6.0
// The toolchain only: no package dependencies (see README, "Why no dependencies").
import PackageDescription

/// The modules that render the site are compiled with optimisation in debug builds too, so that the README's plain
/// `swift run build-site` builds the example site in seconds rather than half a minute (docs/PERFORMANCE.md, "Why
/// the debug build is optimised"). `-O` after SwiftPM's `-Onone` wins; SwiftPM still passes `-enable-testing` in
/// debug, so `@testable import` keeps working. A root package may use unsafe flags; this package has no dependents.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "GoalDashboards",
    products: [
        .executable(name: "build-site", targets: ["build-site"]),
        .executable(name: "md2html", targets: ["md2html"]),
        .executable(name: "import-stats", targets: ["import-stats"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Charts", targets: ["Charts"]),
    ],
    targets: [
        // CommonMark 0.31.2 + GFM tables, strikethrough, autolinks. Knows nothing about dashboards.
        .target(name: "Markdown", swiftSettings: optimisedInDebug),
        // The HTML value (escaped when made) and one escaping routine per output language.
        .target(name: "Markup", swiftSettings: optimisedInDebug),
        // Inline SVG charts from plain values. Knows nothing about files or the dashboard model.
        .target(name: "Charts", dependencies: ["Markup"], swiftSettings: optimisedInDebug),
        // Problems found in input files as values: severity, code, file, line, column, message; and their report.
        .target(name: "Diagnostics", swiftSettings: optimisedInDebug),
        // The content model: loading, validation, localisation, metric logic. Content Markdown is parsed once,
        // while resolving, and the model keeps the parsed document for the checks and for rendering.
        .target(name: "Dashboard", dependencies: ["Diagnostics", "Markdown"], swiftSettings: optimisedInDebug),
        // The publishing formats and the file I/O at both ends: DEFLATE, ZIP, SHA-256, CSV, sitemap, Atom feed,
        // robots.txt, relative URLs, content-hashed names, the folder reader and the atomic site writer.
        .target(name: "Publishing", dependencies: ["Markup", "Diagnostics"], swiftSettings: optimisedInDebug),
        // Routes, page templates, open data, the site's sitemap and feeds.
        .target(
            name: "SiteGenerator",
            dependencies: ["Dashboard", "Diagnostics", "Charts", "Markdown", "Markup", "Publishing"],
            swiftSettings: optimisedInDebug),
        // The command line: options, help, the watch loop, exit statuses, printing diagnostics.
        .executableTarget(
            name: "build-site", dependencies: ["SiteGenerator", "Publishing", "Dashboard", "Diagnostics"],
            swiftSettings: optimisedInDebug),
        // Official statistics files (PxWeb JSON, JSON-stat 2.0, PX) read into one cube, and a mapping that turns
        // them into metric JSON for the site.
        .target(name: "StatisticsImport", dependencies: ["Dashboard", "Diagnostics", "Markup", "Publishing"]),
        .executableTarget(name: "import-stats", dependencies: ["StatisticsImport"]),
        .executableTarget(name: "md2html", dependencies: ["Markdown"]),

        // Helpers the test targets share (golden files, Python as a reference); imports only Foundation.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "Markup", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Diagnostics", "TestSupport"]),
        .testTarget(name: "BuildSiteTests", dependencies: ["build-site", "Publishing", "Diagnostics", "TestSupport"]),
        // Checks every import in Sources/ against the module graph in docs/ARCHITECTURE.md.
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "StatisticsImportTests", dependencies: ["StatisticsImport", "Dashboard", "Diagnostics"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SiteGeneratorTests",
            dependencies: [
                "SiteGenerator", "Dashboard", "Diagnostics", "Markup", "Publishing", "TestSupport",
                // The example site's real figures are checked against what the importer computes.
                "StatisticsImport",
            ],
            exclude: ["Golden"]),
    ]
)
