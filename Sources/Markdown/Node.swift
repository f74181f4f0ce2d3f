/// The kinds of node in the syntax tree: CommonMark blocks and inlines plus the GFM extensions.
enum NodeKind: UInt8, Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
    case table, tableRow, tableCell
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image

    /// Leaf blocks whose content is parsed for inlines.
    var hasInlineContent: Bool {
        self == .paragraph || self == .heading || self == .tableCell
    }
}

/// Column alignment of a GFM table.
enum TableAlignment: UInt8, Sendable {
    case none, left, center, right
}

/// A byte range in the document's shared byte buffer.
struct ByteRange: Sendable, Equatable {
    // 32-bit storage halves the size of every node; inputs are limited to `InputSanitizer.maximumLength`.
    private var storedStart: Int32
    private var storedCount: Int32

    init(start: Int, count: Int) {
        storedStart = Int32(truncatingIfNeeded: start)
        storedCount = Int32(truncatingIfNeeded: count)
    }

    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(truncatingIfNeeded: newValue) }
    }

    var count: Int {
        get { Int(storedCount) }
        set { storedCount = Int32(truncatingIfNeeded: newValue) }
    }

    static let empty = ByteRange(start: 0, count: 0)

    var end: Int { start + count }
}

/// One node of the syntax tree, stored in an array (an arena) and linked by indices.
///
/// Indices instead of class references keep the tree free of reference counting and make freeing a
/// 25,000-level tree a single deallocation rather than a recursive chain of deinitialisers.
struct Node: Sendable {
    var kind: NodeKind
    private var storedParent: Int32 = -1
    private var storedFirstChild: Int32 = -1
    private var storedLastChild: Int32 = -1
    private var storedNext: Int32 = -1
    private var storedPrevious: Int32 = -1

    /// Literal text (text, code, HTML), leaf block content, or a link's destination.
    var content = ByteRange.empty
    /// A link's title or a code block's info string.
    var extra = ByteRange.empty
    /// Whether `extra` is present (a link title may be present and empty).
    var hasExtra = false

    /// Heading level, ordered list start, or HTML block condition (1-7).
    private var storedNumber: Int32 = 0
    /// Bullet character, ordered list delimiter, or code fence character (0 for indented code).
    var marker: UInt8 = 0
    /// Code fence length.
    private var storedFenceLength: Int32 = 0
    /// List item content indent (marker offset + padding) or code fence indent.
    private var storedIndent: Int32 = 0
    var isTightList = true
    var isOpen = true
    var lastLineBlank = false
    /// For an open list: whether the last line that reached it was empty from there on (see `processLine`).
    var listReachedByBlankLine = false
    /// Table column alignments start in `SyntaxTree.alignments`.
    private var storedAlignmentStart: Int32 = 0

    /// 1-based source line where the node starts, and for links, images and autolinks the column.
    private var storedLine: Int32 = 0
    private var storedColumn: Int32 = 0

    /// The first entry of this leaf's source map in `BlockParser.sourceMap`, and how many entries it has.
    private var storedSourceMapStart: Int32 = 0
    private var storedSourceMapCount: Int32 = 0

    init(kind: NodeKind) {
        self.kind = kind
    }

    // Int views of the 32-bit stored fields.
    var parent: Int {
        get { Int(storedParent) }
        set { storedParent = Int32(truncatingIfNeeded: newValue) }
    }

    var firstChild: Int {
        get { Int(storedFirstChild) }
        set { storedFirstChild = Int32(truncatingIfNeeded: newValue) }
    }

    var lastChild: Int {
        get { Int(storedLastChild) }
        set { storedLastChild = Int32(truncatingIfNeeded: newValue) }
    }

    var next: Int {
        get { Int(storedNext) }
        set { storedNext = Int32(truncatingIfNeeded: newValue) }
    }

    var previous: Int {
        get { Int(storedPrevious) }
        set { storedPrevious = Int32(truncatingIfNeeded: newValue) }
    }

    var number: Int {
        get { Int(storedNumber) }
        set { storedNumber = Int32(truncatingIfNeeded: newValue) }
    }

    var fenceLength: Int {
        get { Int(storedFenceLength) }
        set { storedFenceLength = Int32(truncatingIfNeeded: newValue) }
    }

    var indent: Int {
        get { Int(storedIndent) }
        set { storedIndent = Int32(truncatingIfNeeded: newValue) }
    }

    var alignmentStart: Int {
        get { Int(storedAlignmentStart) }
        set { storedAlignmentStart = Int32(truncatingIfNeeded: newValue) }
    }

    var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(truncatingIfNeeded: newValue) }
    }

    var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(truncatingIfNeeded: newValue) }
    }

    var sourceMapStart: Int {
        get { Int(storedSourceMapStart) }
        set { storedSourceMapStart = Int32(truncatingIfNeeded: newValue) }
    }

    var sourceMapCount: Int {
        get { Int(storedSourceMapCount) }
        set { storedSourceMapCount = Int32(truncatingIfNeeded: newValue) }
    }
}

/// The parsed document: nodes in an arena plus the bytes their ranges refer to.
struct SyntaxTree: Sendable {
    var nodes: [Node] = [Node(kind: .document)]
    var bytes: [UInt8] = []
    var alignments: [TableAlignment] = []

    static let root = 0

    /// Appends a new node as the last child of `parent` and returns its index.
    @discardableResult
    mutating func append(_ kind: NodeKind, to parent: Int) -> Int {
        var node = Node(kind: kind)
        node.parent = parent
        let index = nodes.count
        let last = nodes[parent].lastChild
        node.previous = last
        nodes.append(node)
        if last >= 0 {
            nodes[last].next = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
        return index
    }

    /// Creates a detached node and returns its index.
    mutating func makeNode(_ kind: NodeKind) -> Int {
        nodes.append(Node(kind: kind))
        return nodes.count - 1
    }

    /// Removes `index` from its parent's children (the node stays in the arena, unreachable).
    mutating func unlink(_ index: Int) {
        let node = nodes[index]
        if node.previous >= 0 {
            nodes[node.previous].next = node.next
        } else if node.parent >= 0 {
            nodes[node.parent].firstChild = node.next
        }
        if node.next >= 0 {
            nodes[node.next].previous = node.previous
        } else if node.parent >= 0 {
            nodes[node.parent].lastChild = node.previous
        }
        nodes[index].parent = -1
        nodes[index].next = -1
        nodes[index].previous = -1
    }

    /// Inserts the detached node `index` right after `sibling`.
    mutating func insert(_ index: Int, after sibling: Int) {
        let parent = nodes[sibling].parent
        let next = nodes[sibling].next
        nodes[index].parent = parent
        nodes[index].previous = sibling
        nodes[index].next = next
        nodes[sibling].next = index
        if next >= 0 {
            nodes[next].previous = index
        } else if parent >= 0 {
            nodes[parent].lastChild = index
        }
    }

    /// Appends a detached node as the last child of `parent`.
    mutating func appendChild(_ index: Int, to parent: Int) {
        let last = nodes[parent].lastChild
        nodes[index].parent = parent
        nodes[index].previous = last
        nodes[index].next = -1
        if last >= 0 {
            nodes[last].next = index
        } else {
            nodes[parent].firstChild = index
        }
        nodes[parent].lastChild = index
    }

    /// Moves the siblings strictly after `first` up to (excluding) `stop` (-1: to the end) under `newParent`.
    mutating func moveSiblings(after first: Int, until stop: Int, into newParent: Int) {
        var current = nodes[first].next
        while current >= 0 && current != stop {
            let next = nodes[current].next
            unlink(current)
            appendChild(current, to: newParent)
            current = next
        }
    }

    /// Appends bytes to the shared buffer and returns their range.
    mutating func store<C: Collection>(_ newBytes: C) -> ByteRange where C.Element == UInt8 {
        let start = bytes.count
        bytes.append(contentsOf: newBytes)
        return ByteRange(start: start, count: bytes.count - start)
    }

    /// Appends a new text node holding `range` to `parent`.
    @discardableResult
    mutating func appendText(_ range: ByteRange, to parent: Int) -> Int {
        let index = append(.text, to: parent)
        nodes[index].content = range
        return index
    }

    func string(_ range: ByteRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}
