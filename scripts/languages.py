"""The two languages of the site and where their sources live.

One definition, so that hooks, editor tools and tests agree on which tree is
which: Latvian is the default language in `docs/`, Lithuanian lives in
`docs_lt/` and is seen by MkDocs through the symlink `docs/lt`.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT = "lv"
LANGUAGES = ("lv", "lt")
REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = {"lv": "docs", "lt": "docs_lt"}


def language_of(src_uri: str) -> str:
    """Language of a page from its path inside `docs/` (`lt/...` is Lithuanian)."""
    return "lt" if src_uri.startswith("lt/") else DEFAULT


def relative_path(src_uri: str) -> str:
    """The language-neutral path of a page: `lt/guidelines/x.md` -> `guidelines/x.md`."""
    return src_uri[3:] if src_uri.startswith("lt/") else src_uri


def source_file(root: Path, language: str, rel_path: str) -> Path:
    """The file an editor opens for a page (`docs_lt/...`, never `docs/lt/...`)."""
    return root / SOURCE_DIRS[language] / rel_path


def display_path(language: str, rel_path: str) -> str:
    """How messages name a page's source file, e.g. `docs_lt/guidelines/x.md`."""
    return f"{SOURCE_DIRS[language]}/{rel_path}"
