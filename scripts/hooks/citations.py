"""MkDocs hook: give every page a ready citation (rendered by overrides/partials/citation.html).

Author, site name and version come from the configuration (`site_author`,
`site_name` per language, `extra.guidelines_version`); the date is the page's
last change in git, as shown under the page.
"""

import datetime
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.citation import make_citation  # noqa: E402
from scripts.languages import language_of, relative_path  # noqa: E402


def on_page_context(context, page, config, nav):
    updated = page.meta.get("git_revision_date_localized_raw_iso_date") or datetime.date.today().isoformat()
    context["citation"] = make_citation(
        title=config.site_name if relative_path(page.file.src_uri) == "index.md" else page.title,
        url=page.canonical_url or page.abs_url,
        site_name=config.site_name,
        author=config.site_author,
        language=language_of(page.file.src_uri),
        updated=updated,
        version=str(config.extra.get("guidelines_version", "")),
        page_path=relative_path(page.file.src_uri),
    )
    return context
