// swift-tools-version:6.0
// The toolchain only: no package dependencies (see README, "Why no dependencies").
import PackageDescription

let package = Package(
    name: "GoalDashboards",
    products: [
        .executable(name: "build-site", targets: ["build-site"]),
        .executable(name: "md2html", targets: ["md2html"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Charts", targets: ["Charts"]),
    ],
    targets: [
        // CommonMark 0.31.2 + GFM tables, strikethrough, autolinks. Knows nothing about dashboards.
        .target(name: "Markdown"),
        // The HTML value (escaped when made) and one escaping routine per output language.
        .target(name: "Markup"),
        // Inline SVG charts from plain values. Knows nothing about files or the dashboard model.
        .target(name: "Charts"),
        // Problems found in input files as values: severity, code, file, line, column, message; and their report.
        .target(name: "Diagnostics"),
        // The content model: loading, validation, localisation, metric logic. Content Markdown is parsed once,
        // while resolving, and the model keeps the parsed document for the checks and for rendering.
        .target(name: "Dashboard", dependencies: ["Diagnostics", "Markdown"]),
        // Routes, page templates, downloads, feeds, the atomic writer.
        .target(name: "SiteGenerator", dependencies: ["Dashboard", "Diagnostics", "Charts", "Markdown", "Markup"]),
        .executableTarget(name: "build-site", dependencies: ["SiteGenerator"]),
        .executableTarget(name: "md2html", dependencies: ["Markdown"]),

        // Helpers the test targets share (golden files); imports only Foundation.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Diagnostics"]),
        .testTarget(
            name: "SiteGeneratorTests", dependencies: ["SiteGenerator", "Dashboard", "Diagnostics", "TestSupport"], exclude: ["Golden"]),
    ]
)
