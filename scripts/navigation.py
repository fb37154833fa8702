"""The navigation (`nav:` of mkdocs.yml) as text: which pages it lists, on which line, and
how to add one without disturbing anything else.

Both languages share this one navigation (mkdocs-static-i18n reads the Lithuanian
pages at the same paths and translates the section titles with
`nav_translations`), so a page listed once is in both menus. mkdocs.yml is edited
as text, line by line, so that its comments and layout stay as they are.
"""

from __future__ import annotations

import re

import yaml

NAV_START = re.compile(r"^nav:\s*(?:#.*)?$")
# `- path.md` or `- Title: path.md` (quotes allowed); group 1 is the indentation.
ENTRY = re.compile(r"^(?P<indent>\s*)-\s+(?:(?P<title>[^:\n]+):\s+)?['\"]?(?P<path>[^'\"\s:]+\.md)['\"]?\s*(?:#.*)?$")
TOP_LEVEL = re.compile(r"^\S")


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring tags such as !ENV that only MkDocs resolves."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_pages(config_text: str) -> list[str]:
    """Every page path of the navigation of `mkdocs.yml`'s text, in reading order."""
    return nav_paths((yaml.load(config_text, Loader=_Loader) or {}).get("nav") or [])


def nav_paths(nav) -> list[str]:
    """Every page path of a `nav` structure (lists, titled dicts, paths), in reading order."""
    pages: list[str] = []

    def walk(item):
        if isinstance(item, str):
            pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                walk(value)
        elif isinstance(item, list):
            for value in item:
                walk(value)

    walk(nav or [])
    return pages


def _nav_block(lines: list[str]) -> tuple[int, int]:
    """(index of the `nav:` line, index just past the block); ValueError if there is none."""
    start = next((index for index, line in enumerate(lines) if NAV_START.match(line)), None)
    if start is None:
        raise ValueError("mkdocs.yml has no nav: section")
    end = start + 1
    while end < len(lines) and not TOP_LEVEL.match(lines[end]):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # trailing blank lines are not part of it
        end -= 1
    return start, end


def nav_line(config_text: str, page: str) -> int | None:
    """1-based line of mkdocs.yml whose nav entry is `page`, or None."""
    lines = config_text.splitlines()
    try:
        start, end = _nav_block(lines)
    except ValueError:
        return None
    for index in range(start + 1, end):
        match = ENTRY.match(lines[index])
        if match and match["path"] == page:
            return index + 1
    return None


def default_anchor(pages: list[str], page: str) -> str | None:
    """Where a new page goes: after the last page listed from the same folder (None: at the end)."""
    folder = page.rpartition("/")[0]
    same_folder = [listed for listed in pages if listed.rpartition("/")[0] == folder]
    return same_folder[-1] if same_folder else None


def add_page(config_text: str, page: str, after: str | None = None) -> str:
    """mkdocs.yml's text with `page` listed after the entry `after` (or at the end of nav)."""
    pages = nav_pages(config_text)
    if page in pages:
        raise ValueError(f"{page} is already in the navigation")
    lines = config_text.split("\n")
    start, end = _nav_block(lines)
    if after is not None:
        line = nav_line(config_text, after)
        if line is None:
            raise ValueError(f"{after} is not in the navigation, so nothing can go after it")
        indent = ENTRY.match(lines[line - 1])["indent"]
        lines.insert(line, f"{indent}- {page}")
    else:
        first = next((lines[index] for index in range(start + 1, end) if lines[index].strip().startswith("-")), "  -")
        indent = first[: len(first) - len(first.lstrip())]
        lines.insert(end, f"{indent}- {page}")
    result = "\n".join(lines)
    expected = pages[: pages.index(after) + 1] + [page] + pages[pages.index(after) + 1:] if after else pages + [page]
    if nav_pages(result) != expected:  # never write a navigation we did not mean
        raise ValueError(f"could not add {page} to the navigation safely; add the line '- {page}' by hand")
    return result
