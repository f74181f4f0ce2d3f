import Markup

/// What a page template produces; the layout wraps it in the site's shell.
struct PageContent {
    /// Plain text: the `<h1>` and the start of `<title>`.
    var title: String
    /// Plain text for `<meta name="description">`.
    var description: String
    /// Ancestors from the home page down, not including this page.
    var breadcrumbs: [(title: String, route: Route)]
    /// The markup inside `<main>`, after the `<h1>`, and the files written beside the page.
    var body: PageFragment
    /// The language of `title` when it fell back to another language.
    var titleLanguage: String?
    /// Markup placed between the breadcrumbs and the `<h1>` (e.g. a kicker like "Tavoite 3").
    var kicker = HTML()
    /// Optional script assets (logical names) for progressive enhancement.
    var scripts: [String] = []
}
