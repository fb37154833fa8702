"""The edit button: the file an editor changes, opened in the repository's web editor.

MkDocs makes a page's edit link `edit_uri + <path inside docs/>`. Lithuanian
pages reach MkDocs through the symlink `docs/lt -> ../docs_lt`, so their link
would open `docs/lt/<path>`, a path that is only a symlink in the repository;
the web editor must open `docs_lt/<path>`, the file editors actually change.

`edit_uri` in mkdocs.yml is the repository's web-editor address of `docs/`
(for GitHub `https://github.com/<owner>/<repo>/edit/<branch>/docs/`); the rest
is derived from it, so the repository's address is configured in one place.
"""

from __future__ import annotations

from scripts.languages import display_path, language_of, relative_path


def edit_root(edit_uri: str, docs_dir_name: str = "docs") -> str:
    """The editor's address of the repository root: `edit_uri` without its `docs/`."""
    suffix = docs_dir_name.strip("/") + "/"
    if not edit_uri.endswith("/" + suffix):
        raise ValueError(
            f"edit_uri {edit_uri!r} must end with /{suffix} (the web editor's address of {docs_dir_name}/)")
    return edit_uri[: -len(suffix)]


def edit_url(edit_uri: str, src_uri: str, docs_dir_name: str = "docs") -> str:
    """Edit link of the page whose path inside docs/ is `src_uri` (`lt/x.md` -> `docs_lt/x.md`)."""
    return edit_root(edit_uri, docs_dir_name) + display_path(language_of(src_uri), relative_path(src_uri))


def repository_url(edit_uri: str) -> str:
    """The repository's own address, e.g. for messages: the part before `/edit/`."""
    head, separator, _ = edit_uri.partition("/edit/")
    if not separator:
        raise ValueError(f"edit_uri {edit_uri!r} has no /edit/<branch>/ part")
    return head
