import Markup

extension HTML {
    /// `text` as element content, inside a link to `href` when there is one (names in rankings, panels, tables).
    static func text(_ text: String, linkedTo href: String?) -> HTML {
        guard let href else { return HTML(text: text) }
        return "<a href=\"\(href)\">\(HTML(text: text))</a>"
    }
}
