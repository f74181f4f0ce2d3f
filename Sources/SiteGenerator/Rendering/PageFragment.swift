import Markup

/// Markup for a page together with the files it brings along, such as a chart exported as an SVG file beside
/// the page. Templates add fragments up and return the sum, so what a page makes is a value, not a side effect.
struct PageFragment {
    var html: HTML
    var attachments: [PageAttachment]

    init(_ html: HTML = HTML(), attachments: [PageAttachment] = []) {
        self.html = html
        self.attachments = attachments
    }

    static func += (lhs: inout PageFragment, rhs: HTML) {
        lhs.html += rhs
    }

    static func += (lhs: inout PageFragment, rhs: PageFragment) {
        lhs.html += rhs.html
        lhs.attachments += rhs.attachments
    }
}

/// A file written beside a page.
struct PageAttachment: Sendable {
    /// The site path, e.g. `fi/mittarit/unemployment/ind-line.svg`.
    var path: String
    var bytes: [UInt8]
}
