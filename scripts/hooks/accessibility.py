"""MkDocs hook: repair what WCAG 2.1 AA needs in the built pages (see scripts/accessibility.py).

Checklist checkboxes get their item's text as name; the language switcher's
links say in which language their names are and which one is the page's; the
heading permalinks are titled in the page's language.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mkdocs.plugins import event_priority  # noqa: E402

from scripts.accessibility import label_task_checkboxes, mark_language_links, translate_permalink_titles  # noqa: E402
from scripts.languages import DEFAULT, language_of  # noqa: E402


def on_post_page(output, page, config):
    language = language_of(page.file.src_uri)
    output = translate_permalink_titles(label_task_checkboxes(output), language)
    return mark_language_links(output, language)


# Before scripts/hooks/not_found.py, which moves the Lithuanian 404 page.
@event_priority(50)
def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    return mark_language_links(output_content, config.theme.get("language") or DEFAULT)
