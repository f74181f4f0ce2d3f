import Markup

/// A ranking of all areas for one period: a sorted list of horizontal bars, the current area highlighted
/// and a reference value (the whole country) drawn as a rule through every bar.
///
/// It is an HTML ordered list, not one big SVG, so names wrap and stay real text and links on a phone:
/// each row holds the rank, the name (optionally a link), a small decorative bar SVG and the value. The
/// list is its own text alternative; `description` is not needed and not used.
public struct RankingChart: FigureChart {
    /// One row.
    public struct Entry: Sendable, Hashable {
        /// The area name.
        public var label: String
        /// The value; nil when missing (listed last, with `missingText`).
        public var value: Double?
        /// Makes the name a link.
        public var href: String?
        /// Highlights the page's own area (bold, marked row, accent bar, `aria-current`).
        public var isCurrent: Bool
        /// A note after the value, e.g. "provisional" or the count a rate is computed from.
        public var note: String?
        /// Why the value is missing, shown instead of the ranking's `missingText`, e.g. "suppressed".
        public var missingReason: String?

        /// Creates an entry.
        public init(label: String, value: Double?, href: String? = nil, isCurrent: Bool = false,
                    note: String? = nil, missingReason: String? = nil) {
            self.label = label
            self.value = value
            self.href = href
            self.isCurrent = isCurrent
            self.note = note
            self.missingReason = missingReason
        }
    }

    /// A reference value drawn through all bars.
    public struct Reference: Sendable, Hashable {
        /// The value, e.g. the whole country's.
        public var value: Double
        /// Its name, e.g. "Whole country"; shown with the value in a key above the list.
        public var label: String

        /// Creates a reference.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// Sort direction.
    public enum Order: Sendable, Hashable {
        /// Largest first.
        case descending
        /// Smallest first.
        case ascending
    }

    /// The rows, in any order.
    public var entries: [Entry]
    /// Formats the values.
    public var format: ValueFormat
    /// Fraction digits of the values.
    public var decimals: Int
    /// The reference rule.
    public var reference: Reference?
    /// Sort direction; ties keep the given order and share a rank.
    public var order: Order
    /// Text shown instead of a missing value.
    public var missingText: String
    /// When set to n, the list shows only the first n, the last n and n on each side of the current entry,
    /// with a gap mark for the rows left out, so a page about one area stays short however many areas there
    /// are. Ranks and the bar scale still come from every entry.
    public var excerpt: Int?
    /// False for figures that must not be ranked (raw counts of places of very different size): the rows keep
    /// the given order and get no rank.
    public var showsRanks: Bool = true

    /// Creates a ranking.
    public init(entries: [Entry], format: @escaping ValueFormat, decimals: Int, reference: Reference? = nil,
                order: Order = .descending, missingText: String, excerpt: Int? = nil) {
        self.entries = entries
        self.format = format
        self.decimals = decimals
        self.reference = reference
        self.order = order
        self.missingText = missingText
        self.excerpt = excerpt
    }

    /// The positions in `ranked()` that the list shows (all of them without an excerpt).
    public func visibleRows() -> [Int] {
        let count = entries.count
        guard let excerpt, count > 4 * excerpt + 1 else { return Array(0..<count) }
        var shown = Set(0..<excerpt).union((count - excerpt)..<count)
        if let current = ranked().firstIndex(where: { $0.entry.isCurrent }) {
            shown.formUnion(Swift.max(0, current - excerpt)...Swift.min(count - 1, current + excerpt))
        }
        return shown.sorted()
    }

    /// `"ranking"`.
    public var kind: String { "ranking" }

    /// Entries sorted by value, missing values last, with their competition ranks (1, 2, 2, 4); nil rank when missing.
    public func ranked() -> [(rank: Int?, entry: Entry)] {
        guard showsRanks else { return entries.map { (nil, $0) } }
        let present = entries.enumerated().filter { $0.element.value?.isFinite == true }.sorted { a, b in
            let (x, y) = (a.element.value!, b.element.value!)
            if x != y { return order == .descending ? x > y : x < y }
            return a.offset < b.offset
        }.map(\.element)
        var result: [(rank: Int?, entry: Entry)] = []
        for (index, entry) in present.enumerated() {
            let tied = index > 0 && present[index - 1].value == entry.value
            result.append((tied ? result[index - 1].rank : index + 1, entry))
        }
        return result + entries.filter { $0.value?.isFinite != true }.map { (nil, $0) }
    }

    /// The list. It needs no ids and no text alternative of its own: it is text (see the type's documentation).
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        let c = SVGNumber.text
        let values = entries.compactMap(\.value).filter(\.isFinite) + (reference.map { [$0.value] } ?? [])
        let scale = LinearScale(values: values, zero: .always)
        let barWidth = 1000.0
        func x(_ value: Double) -> Double { scale.position(of: value, from: 0, to: barWidth) }

        var html: HTML = "<div class=\"chart-ranking\">"
        if let reference {
            html += "<p class=\"chart-ranking-key\"><svg class=\"chart-ranking-key-rule\" viewBox=\"0 0 10 20\" aria-hidden=\"true\">"
            html += "<line class=\"chart-ranking-reference\" x1=\"5\" y1=\"0\" x2=\"5\" y2=\"20\"/></svg>"
            html += "<span>\(HTML(text: reference.label)) \(HTML(text: format(reference.value, decimals)))</span></p>"
        }
        html += "<ol class=\"chart-ranking-list\">"
        let rows = ranked()
        var previous = -1
        for index in visibleRows() {
            if index > previous + 1 {
                html += "<li class=\"chart-ranking-gap\" aria-hidden=\"true\">…</li>"
            }
            previous = index
            let (rank, entry) = rows[index]
            html += entry.isCurrent ? "<li class=\"chart-ranking-row is-current\" aria-current=\"true\">" : "<li class=\"chart-ranking-row\">"
            html += "<span class=\"chart-ranking-rank\">\(rank.map { "\($0)." } ?? "")</span>"
            html += "<span class=\"chart-ranking-label\">\(HTML.text(entry.label, linkedTo: entry.href))</span>"
            // The bar is decoration: the value beside it is the text.
            var bar = HTML()
            if let value = entry.value, value.isFinite {
                let start = Swift.min(x(0), x(value))
                let width = Swift.max(Swift.abs(x(value) - x(0)), 2)
                bar += "<rect class=\"chart-bar\(entry.isCurrent ? " chart-bar--current" : "")\" x=\"\(c(start))\" y=\"3\" width=\"\(c(width))\" height=\"14\"/>"
            }
            if scale.lower < 0 {
                bar += "<line class=\"chart-ranking-zero\" x1=\"\(c(x(0)))\" y1=\"0\" x2=\"\(c(x(0)))\" y2=\"20\" vector-effect=\"non-scaling-stroke\"/>"
            }
            if let reference {
                bar += "<line class=\"chart-ranking-reference\" x1=\"\(c(x(reference.value)))\" y1=\"0\" x2=\"\(c(x(reference.value)))\" y2=\"20\" vector-effect=\"non-scaling-stroke\"/>"
            }
            html += SVGDrawing(className: "chart-ranking-bar", width: barWidth, height: 20,
                               attributes: " preserveAspectRatio=\"none\" aria-hidden=\"true\"", content: bar).html
            if let value = entry.value, value.isFinite {
                html += "<span class=\"chart-ranking-value\">\(HTML(text: format(value, decimals)))"
                if let note = entry.note { html += " <span class=\"chart-ranking-note\">(\(HTML(text: note)))</span>" }
                html += "</span></li>"
            } else {
                let text = entry.missingReason ?? missingText
                html += "<span class=\"chart-ranking-value chart-ranking-value--missing\">\(HTML(text: text))</span></li>"
            }
        }
        html += "</ol></div>"
        return html
    }
}
