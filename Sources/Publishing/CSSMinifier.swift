/// Makes a stylesheet smaller without changing what it means: the published CSS loses the comments and the
/// layout that explain it to maintainers (`Assets/*.css` keep them), which keeps the home page within its weight
/// budget on slow links.
///
/// Removes comments; collapses every run of white space to one space; drops the space next to `{`, `}`, `;`,
/// `,` and `>` and before `!`; and drops the `;` before `}`. Quoted strings and `url(…)` are copied as they are.
/// Space around `:` and `+` is kept: it can be meaningful (`a :hover`, `calc(1rem + 2px)`).
public enum CSSMinifier {
    public static func minify(_ css: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(css.utf8.count)
        let input = Array(css.utf8)
        var index = 0
        var pendingSpace = false

        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        func tight(_ byte: UInt8) -> Bool { "{};,>".utf8.contains(byte) }
        func emit(_ byte: UInt8) {
            if pendingSpace, let last = output.last, !tight(last), !tight(byte), byte != UInt8(ascii: "!") {
                output.append(0x20)
            }
            pendingSpace = false
            if byte == UInt8(ascii: "}"), output.last == UInt8(ascii: ";") { output.removeLast() }
            output.append(byte)
        }

        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "/"), index + 1 < input.count, input[index + 1] == UInt8(ascii: "*") {
                var end = index + 2
                while end + 1 < input.count, !(input[end] == UInt8(ascii: "*") && input[end + 1] == UInt8(ascii: "/")) {
                    end += 1
                }
                index = end + 2
                pendingSpace = pendingSpace || !output.isEmpty
            } else if isSpace(byte) {
                pendingSpace = !output.isEmpty
                index += 1
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                emit(byte)
                index += 1
                while index < input.count, input[index] != byte {
                    if input[index] == UInt8(ascii: "\\"), index + 1 < input.count {
                        output.append(input[index])
                        index += 1
                    }
                    output.append(input[index])
                    index += 1
                }
                if index < input.count { output.append(byte) }
                index += 1
            } else if byte == UInt8(ascii: "("), output.suffix(3) == Array("url".utf8) {
                emit(byte)
                index += 1
                while index < input.count, input[index] != UInt8(ascii: ")") {
                    output.append(input[index])
                    index += 1
                }
            } else {
                emit(byte)
                index += 1
            }
        }
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }
}
