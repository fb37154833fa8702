"""Both source trees, read and parsed once: the pages, the other files, the addresses.

The translation and link checks both need every page of both languages; this
module reads them once per build (and, in `mkdocs serve`, parses again only the
files that changed).

It also knows how the build lays the site out (mkdocs-static-i18n, folder
structure, `use_directory_urls`): `docs/guidelines/x.md` becomes
`guidelines/x/`, `docs_lt/guidelines/x.md` becomes `lt/guidelines/x/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scripts.languages import DEFAULT, LANGUAGES, SOURCE_DIRS, display_path
from scripts.markdown_page import PageSource, parse


@dataclass
class Site:
    root: Path
    pages: dict[str, dict[str, PageSource]] = field(default_factory=dict)  # language -> rel path -> page
    files: dict[str, set[str]] = field(default_factory=dict)  # language -> rel paths of other files
    site_url: str = ""

    def page(self, language: str, rel: str) -> PageSource | None:
        return self.pages.get(language, {}).get(rel)

    def rel_paths(self) -> list[str]:
        """Every page path of either language, sorted."""
        return sorted(set().union(*(pages.keys() for pages in self.pages.values())))


def tree_files(root: Path, language: str) -> list[str]:
    """Relative paths of the files of one language's tree, as MkDocs would include them."""
    base = root / SOURCE_DIRS[language]
    if not base.is_dir():
        return []
    others = {code for code in LANGUAGES if code != DEFAULT}
    result = []
    for path in base.rglob("*"):
        rel = path.relative_to(base)
        if language == DEFAULT and rel.parts[0] in others:
            continue  # docs/lt is the Lithuanian tree seen through a symlink
        if any(part.startswith(".") for part in rel.parts) or rel.parts[0] == "templates":
            continue  # MkDocs leaves these out (exclude_docs default)
        if path.is_file():
            result.append(rel.as_posix())
    return sorted(result)


_cache: dict[tuple[str, str], tuple[tuple[int, int], PageSource]] = {}


def _parse_cached(path: Path, key: tuple[str, str]) -> PageSource:
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(key)
    if cached and cached[0] == stamp:
        return cached[1]
    page = parse(path.read_text(encoding="utf-8"))
    _cache[key] = (stamp, page)
    return page


def load_site(root: Path, site_url: str = "") -> Site:
    site = Site(root=Path(root), site_url=site_url)
    for language in LANGUAGES:
        pages, files = {}, set()
        for rel in tree_files(site.root, language):
            if rel.endswith(".md"):
                path = site.root / SOURCE_DIRS[language] / rel
                pages[rel] = _parse_cached(path, (str(path), language))
            else:
                files.add(rel)
        site.pages[language] = pages
        site.files[language] = files
    return site


def page_url(language: str, rel: str) -> str:
    """The address of a page relative to the site root: `lt/guidelines/x/`, `` for the home page."""
    stem = rel[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        directory = stem[: -len("index")]
    else:
        directory = stem + "/"
    return ("" if language == DEFAULT else f"{language}/") + directory


def file_url(language: str, rel: str) -> str:
    return ("" if language == DEFAULT else f"{language}/") + rel


def url_to_source(site: Site, url_path: str) -> tuple[str, str, str] | None:
    """(language, rel path, "page"|"file") of a site address like `lt/guidelines/x/`."""
    path = url_path.lstrip("/")
    language = DEFAULT
    for code in LANGUAGES:
        if code != DEFAULT and (path == code or path.startswith(code + "/")):
            language, path = code, path[len(code) + 1:]
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    if path == "":
        candidates = ["index.md"]
    elif path.endswith("/"):
        candidates = [path[:-1] + ".md", path + "index.md"]
    else:
        candidates = [path + ".md", path + "/index.md"]
    if path.endswith(".html"):
        candidates = [path[: -len(".html")] + ".md"]
    for rel in candidates:
        if rel in site.pages.get(language, {}):
            return language, rel, "page"
    if path.rstrip("/") in site.files.get(language, set()):
        return language, path.rstrip("/"), "file"
    return None


def source_display(language: str, rel: str) -> str:
    return display_path(language, rel)
