// Markdown throughput benchmark. Compiled by Benchmarks/markdown/run.sh together with Sources/Markdown
// (one module, release mode). Usage:
//   markdown-benchmark generate <file> <megabytes>   writes a deterministic, realistic document
//   markdown-benchmark run <file> <repetitions> [commonmark]   prints the best MB/s of the repetitions
//   markdown-benchmark pathological <directory> <n>   writes cmark's two empty-line shapes at size n and times them

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small deterministic pseudo-random generator (64-bit LCG), so every run benchmarks the same bytes.
struct Generator {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ words: [String]) -> String { words[next(words.count)] }
}

let words = [
    "työllisyys", "tavoite", "indikaattori", "alue", "kehitys", "vuosi", "osuus", "prosenttia", "nuoret",
    "työttömyys", "palvelu", "kunta", "Helsinki", "Tampere", "Oulu", "sysselsättning", "mål", "andel",
    "employment", "rate", "target", "region", "measure", "data", "the", "and", "of", "in", "for", "with",
    "ja", "on", "että", "kun", "ovat", "myös", "Åland", "väestö", "työvoima", "ennuste",
]

func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

func sentence(_ random: inout Generator) -> String {
    var parts: [String] = []
    for index in 0..<(6 + random.next(12)) {
        var word = random.pick(words)
        switch random.next(40) {
        case 0: word = "*\(word)*"
        case 1: word = "**\(word)**"
        case 2: word = "[\(word)](goal:\(random.next(20)))"
        case 3: word = "[\(word)](https://example.fi/\(random.pick(words))/\(random.next(100)) \"\(random.pick(words))\")"
        case 4: word = "`\(word)_\(random.next(9))`"
        case 5: word = "\(random.next(100)),\(random.next(10)) %"
        default: break
        }
        parts.append(index == 0 ? capitalized(word) : word)
    }
    return parts.joined(separator: " ") + "."
}

func page(_ random: inout Generator) -> String {
    var text = "# \(sentence(&random).dropLast())\n\n"
    for section in 0..<(3 + random.next(4)) {
        text += "## \(section + 1). \(capitalized(random.pick(words))) \(random.pick(words))\n\n"
        for _ in 0..<(1 + random.next(3)) {
            text += (0..<(2 + random.next(4))).map { _ in sentence(&random) }.joined(separator: " ") + "\n\n"
        }
        switch random.next(5) {
        case 0:
            for item in 0..<(3 + random.next(5)) { text += "- \(sentence(&random))\n" + (item % 3 == 2 ? "  - \(sentence(&random))\n" : "") }
        case 1:
            for item in 1...(3 + random.next(4)) { text += "\(item). \(sentence(&random))\n" }
        case 2:
            text += "| Alue | Vuosi | Osuus |\n| :--- | ---: | ---: |\n"
            for _ in 0..<(4 + random.next(8)) {
                text += "| \(random.pick(words)) | \(2000 + random.next(26)) | \(random.next(100)),\(random.next(10)) % |\n"
            }
        case 3:
            text += "> \(sentence(&random))\n> \(sentence(&random))\n"
        default:
            text += "```swift\nlet value = \(random.next(1000))\nprint(\"\\(value) \(random.pick(words))\")\n```\n"
        }
        text += "\n"
    }
    return text
}

/// CPU time of this process: on a shared machine it is far steadier than wall-clock time.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fatalError("cannot open \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    print("usage: markdown-benchmark generate <file> <megabytes> | run <file> <repetitions> [commonmark]"
        + " | pathological <directory> <n>")
    exit(2)
}
switch arguments[1] {
case "generate":
    var random = Generator()
    let target = Int(arguments[3])! * 1_000_000
    var document = ""
    while document.utf8.count < target { document += page(&random) }
    guard let file = fopen(arguments[2], "wb") else { fatalError("cannot write \(arguments[2])") }
    let bytes = Array(document.utf8)
    fwrite(bytes, 1, bytes.count, file)
    fclose(file)
case "run":
    let input = readFile(arguments[2])
    let options: MarkdownOptions = arguments.count > 4 && arguments[4] == "commonmark"
        ? MarkdownOptions(tables: false, strikethrough: false, autolinks: false) : MarkdownOptions()
    var best = Double.infinity
    var outputSize = 0
    for _ in 0..<Int(arguments[3])! {
        let start = now()
        let html = MarkdownDocument(parsing: input, options: options).html()
        best = min(best, now() - start)
        outputSize = html.utf8.count
    }
    let megabytes = Double(input.count) / 1_000_000
    print("\(Double(Int(megabytes / best * 10)) / 10) MB/s (\(input.count) bytes in, \(outputSize) bytes out, best \(Int(best * 1000)) ms)")
case "pathological":
    // cmark's test/pathological_tests.py shapes that once made the block pass quadratic.
    let n = Int(arguments[3])!
    let shapes = [
        ("nested-lists", String(repeating: "- ", count: n) + "x" + String(repeating: "\n", count: n)),
        ("nested-lists-in-quote", "> " + String(repeating: "- ", count: n) + "x\n" + String(repeating: ">\n", count: n)),
    ]
    for (name, document) in shapes {
        let path = "\(arguments[2])/\(name)-\(n).md"
        guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        let bytes = Array(document.utf8)
        fwrite(bytes, 1, bytes.count, file)
        fclose(file)
        let start = now()
        let html = MarkdownDocument(parsing: bytes, options: MarkdownOptions()).html()
        print("\(path) \(Int((now() - start) * 1000)) ms (\(bytes.count) bytes in, \(html.utf8.count) bytes out)")
    }
default:
    print("unknown command \(arguments[1])")
    exit(2)
}
