/// A link reference definition: its destination and optional title, already unescaped.
struct LinkReference: Sendable {
    var destination: [UInt8]
    var title: [UInt8]?
}

/// Where a line of leaf content came from, so inline positions can be mapped back to the source.
struct SourceMapEntry: Sendable {
    /// Offset of the line's first content byte in `SyntaxTree.bytes`.
    var contentOffset: Int
    /// Offset of the same byte in the (sanitised) input.
    var sourceOffset: Int
    /// Offset of the start of the source line in the input.
    var lineStart: Int
    /// 1-based line number.
    var line: Int
}

/// A link whose column is computed after the inline pass.
struct PendingColumn {
    var node: Int
    var sourceOffset: Int
    var lineStart: Int
}

/// Builds a `SyntaxTree` from sanitised UTF-8 input: a block pass over lines, then an inline pass per leaf.
struct Parser {
    var tree = SyntaxTree()
    let input: [UInt8]
    let options: MarkdownOptions
    var references: [[UInt8]: LinkReference] = [:]
    var sourceMap: [SourceMapEntry] = []

    // MARK: Block pass state (the current line)

    var lineNumber = 0
    var lineStart = 0
    var lineEnd = 0
    var offset = 0
    var column = 0
    var partiallyConsumedTab = false
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    /// Where a thematic break scan on this line failed (-1: none yet).
    var thematicBreakFailure = -1
    /// The deepest open block.
    var tip = SyntaxTree.root
    var oldTip = SyntaxTree.root
    var lastMatchedContainer = SyntaxTree.root
    var allClosed = true
    /// Open blocks visited to match lines and to clear their blank-line marks: the block pass's work, which
    /// tests compare across input sizes to catch quadratic shapes without timing anything.
    var blockVisits = 0

    // MARK: Inline pass state (the current leaf)

    var currentLeaf = 0
    var subjectStart = 0
    var subjectEnd = 0
    /// Link nodes whose column is resolved after the inline pass, with their byte offset in the input.
    var pendingColumns: [PendingColumn] = []
    /// Reusable buffer for decoded text before it is stored.
    var scratch: [UInt8] = []
    var delimiters: [Delimiter] = []
    var lastDelimiter = -1
    var brackets: [Bracket] = []
    /// Link openers below this bracket-stack height are inactive (a link may not contain a link).
    var inactiveLinkOpenersBelow = 0
    var isTableCell = false
    /// Backtick-run cache: for each run length, the start of the last such run in the subject.
    var lastBacktickRun: [Int: Int] = [:]
    var backticksScannedToEnd = false
    /// Subject offsets from which a search for a terminator (`-->`, `?>`, `]]>`, `>`) already failed.
    var failedHTMLSearches: [Int: Int] = [:]
    /// Bytes of destinations and titles that reference links may still expand to (caps output growth).
    var referenceExpansionBudget: Int
    /// Empty cells the open table has added to short rows so far.
    var tableAutocompletedCells = 0

    init(input: [UInt8], options: MarkdownOptions) {
        self.input = input
        self.options = options
        self.referenceExpansionBudget = max(100_000, input.count * 10)
        tree.bytes.reserveCapacity(input.count + input.count / 4 + 16)
        tree.nodes.reserveCapacity(input.count / 8 + 16)
    }

    /// Parses the whole input and returns the finished tree.
    static func parse(_ input: [UInt8], options: MarkdownOptions) -> SyntaxTree {
        var parser = Parser(input: input, options: options)
        parser.parseBlocks()
        parser.parseInlines()
        parser.resolveColumns()
        return parser.tree
    }
}
