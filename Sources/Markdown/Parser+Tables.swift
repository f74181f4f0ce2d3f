/// GFM tables: a header row and a delimiter row turn a paragraph line into a table; later lines are rows.
extension Parser {
    /// Splits a table row into trimmed cell ranges; unescaped pipes separate cells.
    static func tableCells(_ bytes: [UInt8], from start: Int, to end: Int) -> [Range<Int>] {
        var lineStart = start
        while lineStart < end && ByteClass.isSpaceOrTab(bytes[lineStart]) { lineStart += 1 }
        var lineEnd = end
        while lineEnd > lineStart && ByteClass.isWhitespace(bytes[lineEnd - 1]) { lineEnd -= 1 }
        var index = lineStart
        if index < lineEnd && bytes[index] == UInt8(ascii: "|") { index += 1 }
        var cells: [Range<Int>] = []
        var cellStart = index
        var sawPipe = index > lineStart
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") && index + 1 < lineEnd {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(trimmed(bytes, cellStart..<index))
                sawPipe = true
                cellStart = index + 1
            }
            index += 1
        }
        let last = trimmed(bytes, cellStart..<max(cellStart, lineEnd))
        // A trailing pipe ends the row instead of opening an empty last cell.
        if !last.isEmpty || !sawPipe {
            cells.append(last)
        }
        return cells
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && ByteClass.isSpaceOrTab(bytes[lower]) { lower += 1 }
        while upper > lower && ByteClass.isSpaceOrTab(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The column alignments of a delimiter row such as `| :-- | :-: | --: |`, or nil.
    private func delimiterRowAlignments() -> [TableAlignment]? {
        // Cheap rejection first: most paragraph lines start with a letter.
        let first = input[firstNonspace]
        guard first == UInt8(ascii: "|") || first == UInt8(ascii: "-") || first == UInt8(ascii: ":") else { return nil }
        let cells = Parser.tableCells(input, from: firstNonspace, to: lineEnd)
        guard !cells.isEmpty, cells.count <= Parser.maximumTableColumns else { return nil }
        var alignments: [TableAlignment] = []
        alignments.reserveCapacity(cells.count)
        for cell in cells {
            guard !cell.isEmpty else { return nil }
            var lower = cell.lowerBound
            var upper = cell.upperBound
            let leftColon = input[lower] == UInt8(ascii: ":")
            if leftColon { lower += 1 }
            let rightColon = upper > lower && input[upper - 1] == UInt8(ascii: ":")
            if rightColon { upper -= 1 }
            guard upper > lower else { return nil }
            for index in lower..<upper where input[index] != UInt8(ascii: "-") { return nil }
            switch (leftColon, rightColon) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    /// Turns the last line of `paragraph` into a table header if the current line is a matching delimiter row.
    mutating func openTable(paragraph: Int) -> Int? {
        guard let alignments = delimiterRowAlignments() else { return nil }
        let content = tree.nodes[paragraph].content
        guard content.count > 0 else { return nil }
        var headerStart = content.end - 1
        while headerStart > content.start && tree.bytes[headerStart - 1] != ByteClass.newline { headerStart -= 1 }
        let header = Parser.tableCells(tree.bytes, from: headerStart, to: content.end - 1)
        guard header.count == alignments.count else { return nil }

        let parent = tree.nodes[paragraph].parent
        let headerMapEntry = tree.nodes[paragraph].sourceMapStart + tree.nodes[paragraph].sourceMapCount - 1
        tree.nodes[paragraph].content.count = headerStart - content.start
        tree.nodes[paragraph].sourceMapCount -= 1
        if headerStart == content.start {
            tree.nodes[paragraph].isOpen = false
            tree.unlink(paragraph)
            tip = parent
        } else {
            tip = finalize(paragraph)
        }
        let table = addChild(.table, to: parent)
        tree.nodes[table].line = lineNumber - 1
        tree.nodes[table].content = ByteRange(start: headerStart, count: content.end - headerStart)
        tree.nodes[table].sourceMapStart = headerMapEntry
        tree.nodes[table].sourceMapCount = 1
        tree.nodes[table].number = alignments.count
        tree.nodes[table].alignmentStart = tree.alignments.count
        tree.alignments.append(contentsOf: alignments)
        tableAutocompletedCells = 0
        return table
    }

    /// Whether the current line may become a row of `table` without exceeding the autocompletion cap.
    mutating func acceptsTableRow(_ table: Int) -> Bool {
        let cells = Parser.tableCells(input, from: firstNonspace, to: lineEnd).count
        let missing = max(0, tree.nodes[table].number - cells)
        // The budget grows with the input, so real tables are never cut while a wide header with many
        // one-cell rows cannot multiply the output.
        let budget = min(Parser.maximumAutocompletedCells, max(4_096, input.count))
        guard tableAutocompletedCells + missing <= budget else { return false }
        tableAutocompletedCells += missing
        return true
    }

    /// Creates the row and cell nodes of a closed table from its content lines.
    mutating func finalizeTable(_ table: Int) {
        let content = tree.nodes[table].content
        let columns = tree.nodes[table].number
        var lineStart = content.start
        var isHeader = true
        while lineStart < content.end {
            var lineEnd = lineStart
            while lineEnd < content.end && tree.bytes[lineEnd] != ByteClass.newline { lineEnd += 1 }
            let row = tree.append(.tableRow, to: table)
            tree.nodes[row].number = isHeader ? 1 : 0
            let cells = Parser.tableCells(tree.bytes, from: lineStart, to: lineEnd)
            for column in 0..<columns {
                let cell = tree.append(.tableCell, to: row)
                if column < cells.count {
                    tree.nodes[cell].content = ByteRange(start: cells[column].lowerBound, count: cells[column].count)
                } else {
                    tree.nodes[cell].content = ByteRange(start: lineEnd, count: 0)
                }
                tree.nodes[cell].number = column
                tree.nodes[cell].sourceMapStart = tree.nodes[table].sourceMapStart
                tree.nodes[cell].sourceMapCount = tree.nodes[table].sourceMapCount
            }
            isHeader = false
            lineStart = lineEnd + 1
        }
    }
}
