import Markup

extension LineChart {
    private static let width = 480.0
    private static let plotHeight = 220.0
    // Layout reserves room for the largest type charts.css uses (17 units, in narrow containers where
    // the chart is scaled down); wide containers use 13 units in the same room.
    private static let tickFontSize = 17.0
    private static let labelFontSize = 17.0
    private static let labelLineHeight = 19.0
    private static let directLabelMaxWidth = 150.0
    /// The label column widens up to this so that one long word ("Livskraftscentralen", "Uppehållstillstånd")
    /// is not cut; the plot gives up the room.
    private static let directLabelWidestWord = 190.0
    /// Lines of a direct label before "…": three hold "Southeast Finland / Economic / Development Centre".
    private static let directLabelMaxLines = 3

    /// The chart as an inline `<svg role="img">` whose `<title>` and `<desc>` are `title` and `description`,
    /// with its size.
    public func svg(ids: ChartIDs, title: String, description: String) -> SVGDrawing {
        let c = SVGNumber.text
        let count = periods.count
        let allValues = plottedValues
        let scale = self.scale
        let tickTexts = allValues.isEmpty ? [] : scale.ticks.map { format($0, scale.fractionDigits) }

        let labelWidth = directLabelWidth()
        let labels = directLabels(maxWidth: labelWidth)
        // 16 units from the plot to the text, and 8 to spare for fonts wider than the estimate.
        let labelColumn = labels.map(\.width).max().map { Swift.min($0, labelWidth) + 24 } ?? 12
        let left = Swift.max(tickTexts.map { TextMetrics.width($0, fontSize: Self.tickFontSize) }.max() ?? 0, 14) + 10
        let right = Self.width - labelColumn
        let breakIndices = breaks.filter { index in
            index > 0 && periods.indices.contains(index) && series.contains { $0.value(at: index) != nil }
        }
        let keys = keyEntries(left: left, breakIndices: breakIndices)
        let keyHeight = keys.last.map { $0.top + Double($0.lines.count) * Self.labelLineHeight + 8 } ?? 0
        let baselineIndex = baseline.flatMap { periods.indices.contains($0.periodIndex) ? $0.periodIndex : nil }
        let top: Double = 16 + keyHeight + (baselineIndex != nil ? 24 : 0)
        let bottom = top + Self.plotHeight
        let height = bottom + 40

        func x(_ index: Int) -> Double {
            count <= 1 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double {
            scale.position(of: value, from: bottom, to: top)
        }

        var svg = HTML()

        // Goal period shading and baseline rule go under everything else.
        if let baselineIndex, let baseline {
            let bx = x(baselineIndex)
            svg += "<rect class=\"chart-goal-period\" x=\"\(c(bx))\" y=\"\(c(top))\" width=\"\(c(Swift.max(right - bx, 0)))\" height=\"\(c(Self.plotHeight))\"/>"
            svg += "<line class=\"chart-baseline\" x1=\"\(c(bx))\" y1=\"\(c(top - 22))\" x2=\"\(c(bx))\" y2=\"\(c(bottom))\"/>"
            let labelWidth = TextMetrics.width(baseline.label, fontSize: Self.tickFontSize)
            let fitsRight = bx + 5 + labelWidth <= Self.width - 2
            svg += "<text class=\"chart-baseline-label\" x=\"\(c(fitsRight ? bx + 5 : bx - 5))\" y=\"\(c(top - 8))\""
            svg += fitsRight ? ">" : " text-anchor=\"end\">"
            svg += "\(HTML(text: baseline.label))</text>"
        }

        // Value axis: grid lines and tick labels.
        svg += "<g class=\"chart-y-axis\">"
        for (index, tick) in scale.ticks.enumerated() where !allValues.isEmpty {
            let ty = y(tick)
            let gridClass = tick == 0 && scale.lower < 0 ? "chart-zero" : "chart-grid"
            svg += "<line class=\"\(gridClass)\" x1=\"\(c(left))\" y1=\"\(c(ty))\" x2=\"\(c(right))\" y2=\"\(c(ty))\"/>"
            svg += "<text class=\"chart-tick\" x=\"\(c(left - 6))\" y=\"\(c(ty + 5))\" text-anchor=\"end\">\(HTML(text: tickTexts[index]))</text>"
        }
        svg += "</g>"

        // Time axis: a base line and thinned tick labels.
        svg += "<g class=\"chart-x-axis\">"
        svg += "<line class=\"chart-axis\" x1=\"\(c(left))\" y1=\"\(c(bottom))\" x2=\"\(c(right))\" y2=\"\(c(bottom))\"/>"
        for index in tickIndices(plotWidth: right - left) {
            let tx = x(index)
            let text = periods[index].tickLabel
            let halfWidth = TextMetrics.width(text, fontSize: Self.tickFontSize) / 2
            let labelX = Swift.min(Swift.max(tx, halfWidth + 1), Self.width - halfWidth - 1)
            svg += "<line class=\"chart-axis\" x1=\"\(c(tx))\" y1=\"\(c(bottom))\" x2=\"\(c(tx))\" y2=\"\(c(bottom + 5))\"/>"
            svg += "<text class=\"chart-tick\" x=\"\(c(labelX))\" y=\"\(c(bottom + 24))\" text-anchor=\"middle\">\(HTML(text: text))</text>"
        }
        svg += "</g>"

        if allValues.isEmpty, let noDataText {
            svg += "<rect class=\"chart-no-data-area\" x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" height=\"\(c(Self.plotHeight))\"/>"
            svg += "<text class=\"chart-no-data\" x=\"\(c((left + right) / 2))\" y=\"\(c((top + bottom) / 2))\" text-anchor=\"middle\">\(HTML(text: noDataText))</text>"
        }

        // A cut axis gets a break mark at its foot, so the cut is seen where the eye measures.
        if isAxisCut && axisCutNote != nil {
            let foot = scale.lower > 0 ? bottom : top
            svg += "<path class=\"chart-axis-cut\" d=\"M\(c(left - 7)) \(c(foot - 3))l4 -5l6 10l4 -5\"/>"
        }

        // Breaks in series: a dashed rule between the last old and the first new period.
        for index in breakIndices {
            let bx = (x(index - 1) + x(index)) / 2
            svg += "<line class=\"chart-series-break\" x1=\"\(c(bx))\" y1=\"\(c(top))\" x2=\"\(c(bx))\" y2=\"\(c(bottom))\"/>"
        }

        // Lines, subject last so it is drawn on top.
        for index in drawingOrder() {
            let line = series[index]
            let style = Self.style(of: line.role)
            svg += "<g class=\"chart-series \(style.className)\">"
            let path = LinePath(values: line.values, provisional: line.provisional, breaks: Set(breakIndices),
                                count: count, x: x, y: y)
            if !path.solid.isEmpty { svg += "<path class=\"chart-line\" d=\"\(path.solid)\"/>" }
            if !path.dashed.isEmpty { svg += "<path class=\"chart-line chart-line--provisional\" d=\"\(path.dashed)\"/>" }
            for point in markerIndices(of: line) {
                guard let value = line.value(at: point) else { continue }
                let open = line.isProvisional(at: point)
                svg += style.marker.svg(x: x(point), y: y(value), size: style.markerSize,
                                        className: open ? "chart-marker chart-marker--open" : "chart-marker")
            }
            svg += "</g>"
        }

        // Direct labels at the line ends, nudged apart.
        let tops = LabelPlacement.spread(
            desiredCentres: labels.map { y($0.value) }, heights: labels.map(\.height), gap: 4,
            minimum: top - 8, maximum: bottom + 12)
        for (label, labelTop) in zip(labels, tops) {
            let style = Self.style(of: series[label.seriesIndex].role)
            let anchorX = x(label.pointIndex)
            let anchorY = y(label.value)
            let textX = right + 16
            let centre = labelTop + label.height / 2
            svg += "<g class=\"chart-direct \(style.className)\">"
            // A leader joins a label to its line end whenever the label had to move or the line ends early.
            if Swift.abs(centre - anchorY) > 3 || anchorX < right - 1 {
                svg += "<path class=\"chart-leader\" d=\"M\(c(anchorX + 6)) \(c(anchorY))L\(c(textX - 4)) \(c(centre))\"/>"
            }
            svg += "<text class=\"chart-direct-label\" x=\"\(c(textX))\" y=\"\(c(labelTop + 14))\">"
            for (lineIndex, text) in label.lines.enumerated() {
                svg += "<tspan x=\"\(c(textX))\"\(lineIndex == 0 ? HTML() : " dy=\"\(c(Self.labelLineHeight))\"")>\(HTML(text: text))</tspan>"
            }
            svg += "<tspan class=\"chart-direct-value\" x=\"\(c(textX))\" dy=\"\(c(Self.labelLineHeight))\">\(HTML(text: label.valueText))</tspan>"
            svg += "</text></g>"
        }

        for key in keys {
            let keyY = 16.0 + key.top
            svg += "<g class=\"chart-key\">"
            switch key.kind {
            case .provisional:
                svg += "<path class=\"chart-key-line\" d=\"M\(c(left)) \(c(keyY))L\(c(left + 24)) \(c(keyY))\"/>"
                svg += MarkerShape.circle.svg(x: left + 24, y: keyY, size: 8, className: "chart-key-marker")
            case .seriesBreak:
                svg += "<line class=\"chart-series-break\" x1=\"\(c(left + 12))\" y1=\"\(c(keyY - 8))\" x2=\"\(c(left + 12))\" y2=\"\(c(keyY + 8))\"/>"
            case .axisCut:
                svg += "<path class=\"chart-axis-cut\" d=\"M\(c(left + 4)) \(c(keyY))l4 -5l6 10l4 -5\"/>"
            }
            svg += "<text class=\"chart-key-label\" x=\"\(c(left + 34))\" y=\"\(c(keyY + 4.5))\">"
            for (lineIndex, text) in key.lines.enumerated() {
                svg += "<tspan x=\"\(c(left + 34))\"\(lineIndex == 0 ? HTML() : " dy=\"\(c(Self.labelLineHeight))\"")>\(HTML(text: text))</tspan>"
            }
            svg += "</text></g>"
        }
        return SVGDrawing(ids: ids, className: "chart chart--line", width: Self.width, height: height,
                          title: title, description: description, content: svg)
    }

    /// One entry of the key above the plot: a glyph and its wrapped label, `top` below the first entry.
    private struct KeyEntry {
        enum Kind { case provisional, seriesBreak, axisCut }
        var kind: Kind
        var lines: [String]
        var top: Double
    }

    /// The key explains only what the chart shows: provisional points, breaks in series, a cut axis.
    private func keyEntries(left: Double, breakIndices: [Int]) -> [KeyEntry] {
        let hasProvisional = series.contains { line in
            line.values.indices.contains { line.value(at: $0) != nil && line.isProvisional(at: $0) }
        }
        var wanted: [(KeyEntry.Kind, String)] = []
        if hasProvisional, let provisionalNote { wanted.append((.provisional, provisionalNote)) }
        if !breakIndices.isEmpty, let breakNote { wanted.append((.seriesBreak, breakNote)) }
        if isAxisCut, let axisCutNote { wanted.append((.axisCut, axisCutNote)) }
        var entries: [KeyEntry] = []
        var top = 0.0
        for (kind, text) in wanted {
            let lines = TextMetrics.wrap(text, maxWidth: Self.width - left - 36, fontSize: Self.labelFontSize,
                                         maxLines: 3)
            entries.append(KeyEntry(kind: kind, lines: lines, top: top))
            top += Double(lines.count) * Self.labelLineHeight + 9
        }
        return entries
    }

    /// A direct label: wrapped series label plus the last value.
    private struct DirectLabel {
        var seriesIndex: Int
        var pointIndex: Int
        var value: Double
        var lines: [String]
        var valueText: String
        var width: Double
        var height: Double
    }

    /// The width direct labels wrap to: the usual width, or wider, up to `directLabelWidestWord`, when a label
    /// would otherwise be cut (a long word, or more than `directLabelMaxLines` lines).
    private func directLabelWidth() -> Double {
        let widths = stride(from: Self.directLabelMaxWidth, to: Self.directLabelWidestWord, by: 10)
        return widths.first { width in
            series.allSatisfy { line in
                let bold = line.role == .primary
                return TextMetrics.widestUnbreakable(line.label, fontSize: Self.labelFontSize, bold: bold) <= width
                    && TextMetrics.wrap(line.label, maxWidth: width, fontSize: Self.labelFontSize, bold: bold,
                                        maxLines: .max).count <= Self.directLabelMaxLines
            }
        } ?? Self.directLabelWidestWord
    }

    private func directLabels(maxWidth: Double) -> [DirectLabel] {
        series.indices.compactMap { index in
            let line = series[index]
            guard let last = (0..<Swift.min(line.values.count, periods.count)).last(where: { line.value(at: $0)?.isFinite == true }),
                  let value = line.value(at: last) else { return nil }
            // The subject's label is bold (charts.css), so it is measured bold.
            let bold = line.role == .primary
            let lines = TextMetrics.wrap(line.label, maxWidth: maxWidth, fontSize: Self.labelFontSize, bold: bold,
                                         maxLines: Self.directLabelMaxLines)
            let valueText = format(value, decimals)
            let width = (lines.map { TextMetrics.width($0, fontSize: Self.labelFontSize, bold: bold) }
                + [TextMetrics.width(valueText, fontSize: Self.labelFontSize, bold: true)]).max() ?? 0
            return DirectLabel(seriesIndex: index, pointIndex: last, value: value, lines: lines, valueText: valueText,
                               width: width, height: Double(lines.count + 1) * Self.labelLineHeight)
        }
    }

    /// Background series first, the subject last.
    private func drawingOrder() -> [Int] {
        func rank(_ role: Role) -> Int {
            switch role {
            case .reference: return 0
            case .comparison: return 1
            case .breakdown: return 2
            case .primary: return 3
            }
        }
        return series.indices.sorted { (rank(series[$0].role), $0) < (rank(series[$1].role), $1) }
    }

    /// Periods that get a tick label: every k-th from `tickAnchor`, with k the smallest calendar-friendly
    /// step whose labels do not collide.
    func tickIndices(plotWidth: Double) -> [Int] {
        let count = periods.count
        guard count > 0 else { return [] }
        guard count > 1 else { return [0] }
        let widest = periods.map { TextMetrics.width($0.tickLabel, fontSize: Self.tickFontSize) }.max() ?? 0
        let spacing = plotWidth / Double(count - 1)
        let needed = (widest + 14) / spacing
        let steps = [1, 2, 3, 4, 6, 12, 24, 36, 48, 60, 120, 240]
        let step = steps.first { Double($0) >= needed } ?? Int(needed.rounded(.up))
        let anchor = ((tickAnchor % step) + step) % step
        return Array(stride(from: anchor, to: count, by: step))
    }

    /// Where markers go: all points of short series; otherwise provisional points, points next to a gap,
    /// isolated points and the last point.
    private func markerIndices(of line: Series) -> [Int] {
        let count = periods.count
        let defined = (0..<count).filter { line.value(at: $0)?.isFinite == true }
        guard count > 13 else { return defined }
        let last = defined.last
        return defined.filter { index in
            let before = index > 0 && line.value(at: index - 1) != nil
            let after = index < count - 1 && line.value(at: index + 1) != nil
            return line.isProvisional(at: index) || index == last
                || (index > 0 && !before) || (index < count - 1 && !after)
        }
    }

    private struct Style {
        var className: String
        var marker: MarkerShape
        var markerSize: Double
    }

    private static func style(of role: Role) -> Style {
        switch role {
        case .primary: return Style(className: "chart-series--primary", marker: .circle, markerSize: 9)
        case .comparison: return Style(className: "chart-series--comparison", marker: .square, markerSize: 8)
        case .reference: return Style(className: "chart-series--reference", marker: .diamond, markerSize: 8)
        case .breakdown(let number):
            let slot = ((number % 4) + 4) % 4
            let shapes: [MarkerShape] = [.triangle, .square, .diamond, .circle]
            return Style(className: "chart-series--breakdown-\(slot + 1)", marker: shapes[slot], markerSize: 8)
        }
    }
}
