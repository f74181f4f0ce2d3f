// md2html: converts Markdown on standard input to HTML on standard output with the Markdown module,
// so its output can be compared with other CommonMark implementations.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Markdown

let usage = """
    Usage: md2html [--unsafe] [--commonmark] [--help] < input.md > output.html

    Converts Markdown (CommonMark 0.31.2 with GFM tables, strikethrough and autolinks) to HTML.

    Options:
      --unsafe      Pass raw HTML through and keep javascript:, vbscript:, file: and data: links.
      --commonmark  Pure CommonMark: tables, strikethrough and extended autolinks off.
      --help        Show this help.

    """

/// Writes a message to standard error (`stderr` itself is a C global that strict concurrency rejects).
func printError(_ message: String) {
    var bytes = Array(message.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress!, $0.count) }
}

var options = MarkdownOptions()
for argument in CommandLine.arguments.dropFirst() {
    switch argument {
    case "--unsafe":
        options.allowRawHTML = true
        options.safeLinks = false
    case "--commonmark":
        options.tables = false
        options.strikethrough = false
        options.autolinks = false
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    default:
        printError("md2html: unknown option '\(argument)'\n\n\(usage)")
        exit(2)
    }
}

// Read all of standard input as bytes; the parser replaces invalid UTF-8.
var input: [UInt8] = []
var buffer = [UInt8](repeating: 0, count: 1 << 16)
while true {
    let count = read(0, &buffer, buffer.count)
    if count < 0 {
        if errno == EINTR { continue }
        printError("md2html: cannot read standard input\n")
        exit(1)
    }
    if count == 0 { break }
    input.append(contentsOf: buffer[0..<count])
}

let html = MarkdownDocument(parsing: input, options: options).html()
var output = Array(html.utf8)
var written = 0
while written < output.count {
    let count = output.withUnsafeBytes { write(1, $0.baseAddress! + written, $0.count - written) }
    if count < 0 {
        if errno == EINTR { continue }
        exit(1)
    }
    written += count
}
