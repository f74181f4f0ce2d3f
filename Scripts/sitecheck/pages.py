"""The pages of a built site, grouped by page type.

A page type is the language folder, the section folder and the depth below it, because the generator puts every
kind of page at its own place: fi/alueet/index.html (the area list), fi/alueet/*/index.html (an area),
fi/alueet/*/*/index.html (an area's goal), fi/index.html, fi/404.html, and the root chooser index.html. Section
names differ per language (alueet, omraden, areas), so each language has its own types. Standard library only."""
import os

HTML_SUFFIXES = (".html", ".htm")


def html_pages(site):
    """Every HTML file of SITE as a relative path with "/", in a fixed order (folders and names sorted)."""
    pages = []
    for folder, dirs, names in os.walk(site):
        dirs.sort()
        for name in sorted(names):
            if name.lower().endswith(HTML_SUFFIXES):
                pages.append(os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/"))
    return pages


def page_type(page):
    """(language, label) of a page: ("fi", "alueet") for fi/alueet/index.html, ("fi", "alueet.2") two folders
    further down, ("fi", "index") and ("fi", "404") for the language's own pages, ("root", "index") for files at
    the top of the site."""
    parts = page.split("/")
    if len(parts) == 1:
        return ("root", os.path.splitext(parts[0])[0])
    if len(parts) == 2:
        return (parts[0], os.path.splitext(parts[1])[0])
    depth = len(parts) - 3
    return (parts[0], parts[1] if depth == 0 else "%s.%d" % (parts[1], depth))


def page_groups(site, languages=None):
    """Page type -> its pages in order, for every type (or only those of LANGUAGES; "root" names the top files)."""
    groups = {}
    for page in html_pages(site):
        key = page_type(page)
        if languages is None or key[0] in languages:
            groups.setdefault(key, []).append(page)
    return groups


def sample(site, languages=None, largest=True):
    """The first page of every page type and, with LARGEST, the largest one too (by file size; the first of equal
    sizes). Returns [(page type, page)] sorted by page, each page once."""
    chosen = {}
    for key, pages in page_groups(site, languages).items():
        chosen[pages[0]] = key
        if largest:
            sizes = [os.path.getsize(os.path.join(site, page)) for page in pages]
            chosen[pages[sizes.index(max(sizes))]] = key
    return sorted(((key, page) for page, key in chosen.items()), key=lambda item: item[1])


def describe_sample(chosen, total):
    """One line for the logs: how many pages of how many, and of how many page types in which languages."""
    types = {key for key, _ in chosen}
    languages = sorted({key[0] for key in types})
    return "%d of %d pages: the first and the largest page of each of %d page types (%s)" % (
        len(chosen), total, len(types), ", ".join(languages))
