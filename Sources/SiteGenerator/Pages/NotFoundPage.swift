import Markup

/// The 404 page: a plain message and ways back in.
struct NotFoundPage {
    let context: PageContext

    func render() -> PageContent {
        let body: HTML = "<p>\(context.text("notfound.text"))</p>\n<ul class=\"link-list\">\n"
            + "<li><a href=\"\(context.href(.home))\">\(context.text("nav.home"))</a></li>\n"
            + "<li><a href=\"\(context.href(.areaList))\">\(context.text("nav.areas"))</a></li>\n</ul>\n"
        return PageContent(title: context.string("notfound.title"), description: context.string("notfound.text"),
                           breadcrumbs: [], body: PageFragment(body))
    }
}
