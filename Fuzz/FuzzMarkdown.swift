// libFuzzer entry point for the Markdown module: parses arbitrary bytes with every option combination
// that changes parsing, renders HTML and reads the derived views. Built by Fuzz/run.sh together with
// Sources/Markdown/*.swift (one module, so no package build is needed).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The first byte picks the options so the fuzzer explores both CommonMark and GFM paths.
    let selector = size > 0 ? bytes[0] : 0
    var options = MarkdownOptions()
    options.tables = selector & 1 != 0
    options.strikethrough = selector & 2 != 0
    options.autolinks = selector & 4 != 0
    options.allowRawHTML = selector & 8 != 0
    options.safeLinks = selector & 16 != 0
    options.headingIDs = selector & 32 != 0
    let document = MarkdownDocument(parsing: bytes, options: options)
    let html = document.html { destination in destination.hasPrefix("goal:") ? "/goals/" : nil }
    // Sanity invariants: rendering never produces an unterminated line, and views are consistent.
    if !html.isEmpty && !html.hasSuffix("\n") { fatalError("HTML output does not end with a line feed") }
    for link in document.links where link.line < 0 || link.column < 0 { fatalError("negative position") }
    _ = document.headings
    _ = document.plainText
    return 0
}
