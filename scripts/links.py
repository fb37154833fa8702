"""Does every link of a page lead somewhere? Checked offline, on the Markdown.

Internal links must resolve the way the build resolves them: a Latvian page
(`docs/`) reaches only Latvian pages and files, a Lithuanian page (`docs_lt/`,
seen by MkDocs as `docs/lt/`) only Lithuanian ones. Each `#anchor` must be an
ID of the target page (scripts/markdown_page.py knows the IDs a page will
have). A link to the other language cannot be a path to its `.md` file
(mkdocs-static-i18n would not find it, or would quietly open the same
language's page); it is written as the page's address, e.g.
`../lt/guidelines/personnel/#recruitment`, and that is checked too.

External links are checked for form only (scheme, host, https); whether they
answer is the job of `scripts/check_links.py --external`.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Mapping
from urllib.parse import unquote, urljoin, urlsplit

from scripts.findings import Finding
from scripts.languages import LANGUAGES, SOURCE_DIRS, display_path
from scripts.markdown_page import Link, PageSource
from scripts.site_pages import Site, page_url, url_to_source

LANGUAGE_NAMES = {"lv": "Latvian", "lt": "Lithuanian"}
# How MkDocs sees each tree inside docs_dir (docs/lt is the symlink to docs_lt/).
TREE_IN_DOCS = {"lv": "docs", "lt": "docs/lt"}
LOCALHOST = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*:)?(?://)?(?:localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])"
    r"(?::\d+)?(?:[/?#]|$)",
    re.IGNORECASE,
)
HOST = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^\d{1,3}(?:\.\d{1,3}){3}$")
WEB_ADDRESS_WITHOUT_SCHEME = re.compile(r"^(?:www\.|[\w-]+\.(?:lv|lt|eu|com|org|net|gov|int|edu|info)(?:[/?#]|$))",
                                        re.IGNORECASE)
# Hosts that serve only http:// (none so far): their links are not asked to use https://.
HTTP_ONLY_HOSTS: frozenset[str] = frozenset()

Renamed = Mapping[str, Mapping[str, str]]  # page rel path -> {old heading ID: new heading ID}


def other(language: str) -> str:
    return next(code for code in LANGUAGES if code != language)


def relative_url(from_url: str, to_url: str) -> str:
    """The address of `to_url` as seen from the page at `from_url` (both site-relative)."""
    start = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
    result = posixpath.relpath("/" + to_url, "/" + start)
    if to_url.endswith("/") or to_url == "":
        result = result.rstrip("/") + "/"
    return "./" if result in ("./", "/") else result


def relative_path(from_rel: str, to_rel: str) -> str:
    return posixpath.relpath(to_rel, posixpath.dirname(from_rel) or ".")


def locate(language: str, rel: str, path: str) -> tuple[str | None, str]:
    """Where a source-relative path leads: (language of the tree, path in it), or (None, repo path)."""
    resolved = posixpath.normpath(posixpath.join(TREE_IN_DOCS[language], posixpath.dirname(rel), path))
    for code in sorted(LANGUAGES, key=lambda c: -len(TREE_IN_DOCS[c])):
        tree = TREE_IN_DOCS[code]
        if resolved == tree:
            return code, ""
        if resolved.startswith(tree + "/"):
            return code, resolved[len(tree) + 1:]
    return None, resolved


def similar_path(wanted: str, known: list[str]) -> str | None:
    """A known path that is probably what was meant (a typo in the file name), or None."""
    extension = posixpath.splitext(wanted)[1]
    candidates = [path for path in known if posixpath.splitext(path)[1] == extension]
    names = difflib.get_close_matches(posixpath.basename(wanted), {posixpath.basename(p) for p in candidates},
                                      n=3, cutoff=0.8)
    if not names:
        return None
    matches = [path for path in candidates if posixpath.basename(path) in names]
    directory = posixpath.dirname(wanted)
    matches.sort(key=lambda path: (posixpath.dirname(path) != directory, names.index(posixpath.basename(path)), path))
    return matches[0]


def internal_key(site: Site, language: str, rel: str, target: str) -> str | None:
    """A language-neutral name of an internal link target, for comparing the two languages.

    `planning.md#needs` from `docs/guidelines/x.md` and from `docs_lt/guidelines/x.md`
    both give `guidelines/planning.md#needs`; links into the other language give
    `other-language:<path>`. External and mail links give None.
    """
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith("/") or not target:
        return None
    fragment = unquote(parts.fragment)
    suffix = f"#{fragment}" if fragment else ""
    path = unquote(parts.path)
    if not path:
        return rel + suffix
    tree, where = locate(language, rel, path)
    if not where.endswith(".md") and (tree is None or where not in site.files.get(tree, set())):
        found = url_to_source(site, urljoin("/" + page_url(language, rel), path).lstrip("/"))
        if found:
            tree, where = found[0], found[1]
    if tree is None:
        return f"outside:{where}{suffix}"
    return (where if tree == language else f"other-language:{where}") + suffix


class _Checker:
    def __init__(self, site: Site, renamed: Renamed | None, http_only_hosts: frozenset[str]):
        self.site = site
        self.renamed = renamed or {}
        self.http_only_hosts = http_only_hosts
        self.own_prefix = site.site_url.rstrip("/") + "/" if site.site_url else ""

    def page(self, language: str, rel: str, page: PageSource) -> list[Finding]:
        path = display_path(language, rel)
        findings = []
        for link in page.links:
            message = self.link(language, rel, page, link)
            if message:
                what = "image" if link.is_image else "link"
                findings.append(Finding(path, link.line, f"{what} '{link.target}' {message}"))
        for ref in page.undefined_references:
            findings.append(Finding(
                path, ref.line,
                f"reference link '[{ref.text}][{ref.target}]' has no definition; add a line "
                f"'[{ref.target}]: <address>' or write the link inline as [text](address)"))
        return findings

    # -- one link ------------------------------------------------------------------
    def link(self, language: str, rel: str, page: PageSource, link: Link) -> str | None:
        target = link.target.strip()
        if not target:
            return "is empty; write the page (e.g. 'planning.md') or the web address in the parentheses"
        if LOCALHOST.match(target):
            return ("points to your own computer (localhost), which readers cannot open; "
                    "link the page relatively ('planning.md') or use its public address")
        if re.match(r"^[A-Za-z]:[\\/]", target) or target.startswith("\\\\"):
            return "is a path on your computer; link the file relatively from this page (e.g. '../assets/x.pdf')"
        parts = urlsplit(target)
        scheme = parts.scheme.lower()
        if scheme in ("http", "https"):
            return self.external(language, rel, target, parts)
        if scheme == "mailto":
            return None if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", unquote(parts.path)) else \
                "is not a valid e-mail link; write 'mailto:name@example.lv'"
        if scheme in ("tel", "data"):
            return None
        if scheme == "file":
            return "points to a file on your computer; put the file in the docs and link it relatively"
        if scheme:
            return f"uses '{scheme}:', which browsers do not open from a page; link an https:// address"
        if parts.netloc:
            return f"has no scheme; write 'https:{target}'"
        if "\\" in target:
            return f"uses backslashes; write it with '/': '{target.replace(chr(92), '/')}'"
        if target.startswith("/"):
            return self.absolute(language, rel, target, parts)
        return self.relative(language, rel, page, target, parts)

    def external(self, language: str, rel: str, target: str, parts) -> str | None:
        try:
            host = (parts.hostname or "").encode("idna").decode("ascii").lower()
        except UnicodeError:
            host = ""
        if not host:
            return "has no host; write the full address, e.g. 'https://likumi.lv/'"
        if not HOST.match(host):
            return f"has host '{parts.hostname}', which is not a complete domain name; check the address"
        try:
            parts.port
        except ValueError:
            return "has an invalid port; check the address"
        if self.own_prefix and (target.startswith(self.own_prefix) or
                                target.replace("http://", "https://", 1).startswith(self.own_prefix)):
            found = url_to_source(self.site, unquote(urlsplit(target[len(self.own_prefix):]).path))
            fragment = f"#{parts.fragment}" if parts.fragment else ""
            if found and found[0] == language:
                return (f"is this site's own address; link the file instead so the build checks it: "
                        f"'{relative_path(rel, found[1])}{fragment}'")
            if found:
                return (f"is this site's own address; write it relative to this page: "
                        f"'{relative_url(page_url(language, rel), self.url_of(found))}{fragment}'")
            return "is an address on this site that no page has; link the page's .md file relatively"
        if parts.scheme.lower() == "http" and host not in self.http_only_hosts:
            return f"uses http://; use 'https://{target[len('http://'):]}'"
        return None

    def url_of(self, found: tuple[str, str, str]) -> str:
        language, rel, kind = found
        return page_url(language, rel) if kind == "page" else ("" if language == "lv" else f"{language}/") + rel

    def absolute(self, language: str, rel: str, target: str, parts) -> str:
        path = unquote(parts.path)
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        root = str(self.site.root.resolve())
        in_repo = path.startswith(root + "/")
        repo_path = path[len(root) + 1:] if in_repo else path.lstrip("/")
        found = None
        for code in sorted(LANGUAGES, key=lambda c: -len(SOURCE_DIRS[c])):
            for tree in {SOURCE_DIRS[code], TREE_IN_DOCS[code]}:
                if repo_path.startswith(tree + "/"):
                    inner = repo_path[len(tree) + 1:]
                    if inner in self.site.pages[code] or inner in self.site.files[code]:
                        found = found or (code, inner)
        if found:
            code, inner = found
            if code == language:
                fix = relative_path(rel, inner) + fragment
            else:
                kind = "page" if inner.endswith(".md") else "file"
                fix = relative_url(page_url(language, rel), self.url_of((code, inner, kind))) + fragment
            return (f"is an absolute path to {display_path(code, inner)}, which does not exist on the published "
                    f"site; link it relatively: '{fix}'")
        if in_repo or repo_path.split("/", 1)[0] in ("site", *SOURCE_DIRS.values()):
            return ("is an absolute path to a file of the repository, which does not exist on the published site; "
                    "link the page's .md file relatively (e.g. '../guidelines/planning.md')")
        prefix = urlsplit(self.own_prefix).path if self.own_prefix else ""
        if prefix and prefix != "/" and path.startswith(prefix):
            site_found = url_to_source(self.site, path[len(prefix):])
            if site_found:
                if site_found[0] == language:
                    fix = relative_path(rel, site_found[1]) + fragment
                else:
                    fix = relative_url(page_url(language, rel), self.url_of(site_found)) + fragment
                return f"is an absolute address on this site, which breaks if the site moves; link '{fix}'"
        return ("is an absolute path, which breaks because the site is published in a subfolder; "
                "link the page's .md file relatively (e.g. '../guidelines/planning.md')")

    def relative(self, language: str, rel: str, page: PageSource, target: str, parts) -> str | None:
        path = unquote(parts.path)
        fragment = unquote(parts.fragment)
        if not path:
            return self.anchor(language, rel, page, fragment, same_page=True)
        tree, where = locate(language, rel, path)
        if tree == language and where in self.site.files[language]:
            return None
        if not where.endswith(".md"):
            # Not a file of this language: perhaps a page written as its web address ("../planning/").
            found = url_to_source(self.site, urljoin("/" + page_url(language, rel), path).lstrip("/"))
            if found and found[2] == "page":
                found_language, found_rel, _kind = found
                problem = self.anchor(found_language, found_rel, self.site.page(found_language, found_rel), fragment)
                if problem:
                    return problem
                if found_language == language:
                    suffix = f"#{fragment}" if fragment else ""
                    return (f"is a web address; link the page's file so the build can check it: "
                            f"'{relative_path(rel, found_rel)}{suffix}'")
                return None  # a page of the other language, by its address: the way to cross languages
            if found and found[2] == "file":
                return None if found[0] == language else self.foreign_file(language, rel, found[1])
        if tree is None:
            head = where.split("/", 1)[0]
            if head == "site":
                return ("points into site/, the built site, which is rebuilt and not published from there; "
                        "link the source .md page or the file in docs/")
            if (self.site.root / where).exists() and head != "..":
                return (f"points to {where}, outside {SOURCE_DIRS[language]}/; the site contains only the files "
                        f"of {SOURCE_DIRS[language]}/: move or copy the file there and link it relatively")
            if WEB_ADDRESS_WITHOUT_SCHEME.match(target):
                return f"looks like a web address without 'https://'; write 'https://{target}'"
            return f"leads outside {SOURCE_DIRS[language]}/ to {where}, which does not exist; check the path"
        if tree != language:
            return self.cross_language(language, rel, tree, where, path, fragment)
        pages = self.site.pages[language]
        if where.endswith(".md"):
            if where in pages:
                return self.anchor(language, where, pages[where], fragment)
            return self.missing(language, rel, where)
        if where in self.site.files.get(other(language), set()):
            return self.foreign_file(language, rel, where)
        if WEB_ADDRESS_WITHOUT_SCHEME.match(target):
            return f"looks like a web address without 'https://'; write 'https://{target}'"
        return self.missing(language, rel, where)

    def cross_language(self, language: str, rel: str, tree: str, where: str, path: str, fragment: str) -> str:
        page = self.site.page(tree, where)
        if page is None and where not in self.site.files.get(tree, set()):
            return (f"leads into {SOURCE_DIRS[tree]}/ to {display_path(tree, where)}, which does not exist; "
                    "check the path")
        if page is None:
            return self.foreign_file(language, rel, where)
        problem = self.anchor(tree, where, page, fragment)
        if problem:
            return problem
        suffix = f"#{fragment}" if fragment else ""
        address = relative_url(page_url(language, rel), page_url(tree, where)) + suffix
        consequence = (" (it would open the Lithuanian page of the same name instead)" if language == "lt"
                       and where in self.site.pages[language] else "")
        return (f"leads from {SOURCE_DIRS[language]}/ into the {LANGUAGE_NAMES[tree]} pages by file path, which "
                f"the build cannot follow{consequence}; link the {LANGUAGE_NAMES[tree]} page by its address "
                f"'{address}', or link '{relative_path(rel, where)}{suffix}' for the {LANGUAGE_NAMES[language]} one")

    def foreign_file(self, language: str, rel: str, where: str) -> str:
        return (f"is only in {SOURCE_DIRS[other(language)]}/ ({display_path(other(language), where)}); the "
                f"{LANGUAGE_NAMES[language]} pages see only {SOURCE_DIRS[language]}/: copy it to "
                f"{display_path(language, where)} and link '{relative_path(rel, where)}'")

    def missing(self, language: str, rel: str, where: str) -> str:
        if where in self.site.pages.get(other(language), {}):
            return (f"points to {display_path(language, where)}, which does not exist (only "
                    f"{display_path(other(language), where)} does); write that page or link another one")
        close = similar_path(where, list(self.site.pages[language]) + sorted(self.site.files[language]))
        hint = f"; did you mean '{relative_path(rel, close)}'?" if close else "; check the path"
        return f"points to {display_path(language, where)}, which does not exist{hint}"

    def anchor(self, language: str, rel: str, page: PageSource, fragment: str, same_page: bool = False) -> str | None:
        if not fragment or fragment in page.anchors:
            return None
        where = "this page" if same_page else display_path(language, rel)
        renamed = self.renamed.get(rel, {})
        if fragment in renamed and renamed[fragment] in page.anchors:
            return (f"points to section #{fragment} of {where}, which was renamed to #{renamed[fragment]}; "
                    f"link '#{renamed[fragment]}'")
        close = difflib.get_close_matches(fragment, sorted(page.anchors), n=1, cutoff=0.75)
        if close:
            hint = f"did you mean '#{close[0]}'?"
        else:
            ids = [heading.id for heading in page.headings if heading.level > 1]
            hint = ("its sections are " + ", ".join(f"#{i}" for i in ids[:12]) + (", …" if len(ids) > 12 else "")
                    if ids else "it has no sections; link the page without '#'")
        return f"points to #{fragment}, which is not an ID on {where}; {hint}"


def check_page(site: Site, language: str, rel: str, *, renamed: Renamed | None = None,
               http_only_hosts: frozenset[str] = HTTP_ONLY_HOSTS) -> list[Finding]:
    page = site.page(language, rel)
    return _Checker(site, renamed, http_only_hosts).page(language, rel, page) if page else []


def check_site(site: Site, *, renamed: Renamed | None = None,
               http_only_hosts: frozenset[str] = HTTP_ONLY_HOSTS) -> list[Finding]:
    """Every link problem of every page of both languages."""
    checker = _Checker(site, renamed, http_only_hosts)
    findings: list[Finding] = []
    for language, pages in site.pages.items():
        for rel, page in pages.items():
            findings.extend(checker.page(language, rel, page))
    return findings


def external_links(site: Site) -> dict[str, list[tuple[str, int]]]:
    """{URL without its #fragment: [(source path, line), ...]} for every http(s) link."""
    found: dict[str, list[tuple[str, int]]] = {}
    for language, pages in site.pages.items():
        for rel, page in pages.items():
            for link in page.links:
                parts = urlsplit(link.target.strip())
                if parts.scheme.lower() in ("http", "https") and parts.hostname:
                    url = parts._replace(fragment="").geturl()
                    found.setdefault(url, []).append((display_path(language, rel), link.line))
    return found
