import Testing

@testable import build_site

/// The option table on its own, with a made-up command.
@Suite struct OptionTableTests {
    struct Settings: Equatable {
        var name = "none"
        var loud = false
        var count = 0
    }

    let table = OptionTable<Settings>(options: [
        .init("--name", value: "text", example: "Ada", help: "Who to greet.") { $0.name = $1 },
        .init("--loud", short: "-l", help: "Shout.") { $0.loud = true },
        .init("--again", help: "Count once more.") { $0.count += 1 },
    ])

    @Test func appliesOptionsInOrder() throws {
        let settings = try table.parse(["--name", "a", "--again", "--name=b", "-l", "--again"], into: Settings())
        #expect(settings == Settings(name: "b", loud: true, count: 2))
        #expect(try table.parse([], into: Settings()) == Settings())
    }

    @Test func suggestsOnlyLongNamesThatAreClose() {
        #expect(throws: UsageError(message: "unknown option '--nmae'; did you mean '--name'?")) {
            try table.parse(["--nmae", "x"], into: Settings())
        }
        #expect(throws: UsageError(message: "unknown option '-x'")) { try table.parse(["-x"], into: Settings()) }
    }

    @Test func helpAlignsLabelsAndWrapsText() {
        #expect(
            table.help(width: 24) == """
                OPTIONS:
                  --name <text>  Who to
                                 greet.
                  -l, --loud     Shout.
                  --again        Count
                                 once
                                 more.

                """)
    }

    @Test func wrappingKeepsLongWordsWhole() {
        #expect("a bb ccc".wrapped(width: 4) == ["a bb", "ccc"])
        #expect("unbreakable word".wrapped(width: 4) == ["unbreakable", "word"])
        #expect("".wrapped(width: 4) == [""])
    }
}
