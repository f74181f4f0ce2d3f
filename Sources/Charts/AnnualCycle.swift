import Foundation
import Markup

/// The annual cycle of the monitoring process (vuosikello): a ring of twelve months, January at the top,
/// with numbered event markers inside the ring and an optional clock hand at the current month.
///
/// The numbers refer to an ordered list of the events printed next to the ring, so the event texts stay
/// HTML text that wraps and reads well at any width.
public struct AnnualCycle: FigureChart {
    private static let size = 320.0
    private static let outerRadius = 150.0
    private static let innerRadius = 104.0
    private static let hubRadius = 30.0

    /// One event in the year.
    public struct Event: Sendable, Hashable {
        /// Month index, 0 = January.
        public var month: Int
        /// What happens, e.g. "Monitoring discussions with the areas".
        public var label: String
        /// When, as shown in the list, e.g. "March–April"; defaults to the month label.
        public var when: String?

        /// Creates an event.
        public init(month: Int, label: String, when: String? = nil) {
            self.month = month
            self.label = label
            self.when = when
        }
    }

    /// Twelve month labels for the ring, January first, e.g. "tammi", "helmi", …
    public var monthLabels: [String]
    /// The events.
    public var events: [Event]
    /// The month (0…11) the clock hand points at, or nil for no hand.
    public var currentMonth: Int?
    /// Text in the hub, e.g. the year.
    public var centerLabel: String?

    /// Creates an annual cycle.
    public init(monthLabels: [String], events: [Event], currentMonth: Int? = nil, centerLabel: String? = nil) {
        self.monthLabels = monthLabels
        self.events = events
        self.currentMonth = currentMonth
        self.centerLabel = centerLabel
    }

    /// `"cycle"`.
    public var kind: String { "cycle" }

    /// Events in calendar order (ties keep the given order); their position is their number.
    public func orderedEvents() -> [Event] {
        events.enumerated().sorted { (month(of: $0.element), $0.offset) < (month(of: $1.element), $1.offset) }.map(\.element)
    }

    /// The ring `<svg role="img">` and the numbered event list.
    public func html(ids: ChartIDs, title: String, description: String) -> HTML {
        var html: HTML = "<div class=\"chart-cycle\">"
        html += svg(ids: ids, title: title, description: description).html
        html += "<ol class=\"chart-cycle-events\">"
        for event in orderedEvents() {
            let monthIndex = month(of: event)
            let when = event.when ?? (monthLabels.indices.contains(monthIndex) ? monthLabels[monthIndex] : "")
            html += monthIndex == currentMonth ? "<li class=\"is-current\">" : "<li>"
            html += "<span class=\"chart-cycle-when\">\(HTML(text: when))</span> "
            html += "<span class=\"chart-cycle-what\">\(HTML(text: event.label))</span></li>"
        }
        html += "</ol></div>"
        return html
    }

    /// The ring alone, with the numbered event markers.
    public func svg(ids: ChartIDs, title: String, description: String) -> SVGDrawing {
        let c = SVGNumber.text
        let centre = Self.size / 2
        func point(_ radius: Double, _ degrees: Double) -> (x: Double, y: Double) {
            // 0° is twelve o'clock, angles grow clockwise.
            let radians = (degrees - 90) * Double.pi / 180
            return (centre + radius * cos(radians), centre + radius * sin(radians))
        }

        var html = HTML()
        for index in 0..<12 {
            let start = Double(index) * 30
            let end = start + 30
            let (a, b) = (point(Self.outerRadius, start), point(Self.outerRadius, end))
            let (d, e) = (point(Self.innerRadius, end), point(Self.innerRadius, start))
            let current = index == currentMonth ? " is-current" : ""
            html += "<g class=\"chart-cycle-month chart-cycle-month--\(index % 2 == 0 ? "odd" : "even")\(current)\">"
            html += "<path class=\"chart-cycle-sector\" d=\"M\(c(a.x)) \(c(a.y))A\(c(Self.outerRadius)) \(c(Self.outerRadius)) 0 0 1 \(c(b.x)) \(c(b.y))"
            html += "L\(c(d.x)) \(c(d.y))A\(c(Self.innerRadius)) \(c(Self.innerRadius)) 0 0 0 \(c(e.x)) \(c(e.y))Z\"/>"
            let label = point((Self.outerRadius + Self.innerRadius) / 2, start + 15)
            let text = monthLabels.indices.contains(index) ? monthLabels[index] : ""
            html += "<text class=\"chart-cycle-label\" x=\"\(c(label.x))\" y=\"\(c(label.y + 4.5))\" text-anchor=\"middle\">\(HTML(text: text))</text></g>"
        }
        if let currentMonth, (0..<12).contains(currentMonth) {
            // A short hour hand, so it stays clear of the event markers near the ring.
            let tip = point(Self.hubRadius + 30, Double(currentMonth) * 30 + 15)
            let base = point(Self.hubRadius, Double(currentMonth) * 30 + 15)
            html += "<path class=\"chart-cycle-hand\" d=\"M\(c(base.x)) \(c(base.y))L\(c(tip.x)) \(c(tip.y))\"/>"
        }
        html += "<circle class=\"chart-cycle-hub\" cx=\"\(c(centre))\" cy=\"\(c(centre))\" r=\"\(c(Self.hubRadius))\"/>"
        if let centerLabel {
            html += "<text class=\"chart-cycle-center\" x=\"\(c(centre))\" y=\"\(c(centre + 5))\" text-anchor=\"middle\">\(HTML(text: centerLabel))</text>"
        }
        // Numbered markers: the first event of a month sits just inside the ring, the next two step inwards;
        // beyond three, markers turn sideways within the month so none sits on another.
        var perMonth = [Int](repeating: 0, count: 12)
        for (number, event) in orderedEvents().enumerated() {
            let monthIndex = month(of: event)
            let slot = perMonth[monthIndex]
            perMonth[monthIndex] += 1
            let radius = [Self.innerRadius - 16, Self.innerRadius - 40, Self.innerRadius - 62][slot % 3]
            let turn = Double((slot / 3 + 1) / 2) * 9 * (slot / 3 % 2 == 1 ? 1 : -1)
            let spot = point(radius, Double(monthIndex) * 30 + 15 + turn)
            html += "<g class=\"chart-cycle-event\"><circle class=\"chart-cycle-marker\" cx=\"\(c(spot.x))\" cy=\"\(c(spot.y))\" r=\"11\"/>"
            html += "<text class=\"chart-cycle-number\" x=\"\(c(spot.x))\" y=\"\(c(spot.y + 4.5))\" text-anchor=\"middle\">\(number + 1)</text></g>"
        }
        return SVGDrawing(ids: ids, className: "chart chart--cycle", width: Self.size, height: Self.size,
                          title: title, description: description, content: html)
    }

    private func month(of event: Event) -> Int {
        ((event.month % 12) + 12) % 12
    }
}
