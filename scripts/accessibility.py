"""Small repairs to the built HTML that WCAG 2.1 AA needs and the theme lacks.

Each function takes the HTML of one page and returns it repaired, so the MkDocs
hook (scripts/hooks/accessibility.py) and the tests share one definition. The
axe-core tests in tests/accessibility/ found both problems:

- pymdownx.tasklist puts each checkbox of a checklist in an empty <label>, so
  the checkbox has no name ("label", WCAG 1.3.1 / 4.1.2). It gets the text of
  its list item as its name.
- Material's language switcher lists the languages by their own names
  ("Lietuvių" on a Latvian page) without saying in which language that word is
  (WCAG 3.1.2), nor which one is the page's. Each link gets `lang` and the
  current language `aria-current`.
- Python-Markdown's toc gives every heading's permalink the English title
  "Permanent link", which a screen reader reads on a Latvian or Lithuanian page
  (WCAG 3.1.2). It is said in the page's language.
"""

from __future__ import annotations

import html
import re

# What pymdownx.tasklist (custom_checkbox) writes for one item, up to the end of
# the item's own text (a nested list or the end of the item).
TASK_ITEM = re.compile(
    r'(?P<head><li class="task-list-item">\s*<label class="task-list-control">\s*<input type="checkbox"(?P<attrs>[^>]*?))'
    r"(?P<end>\s*/?>)(?P<rest>.*?)(?=<ul|<ol|</li>)",
    re.DOTALL,
)
LANGUAGE_LINK = re.compile(r'<a href="(?P<href>[^"]*)" hreflang="(?P<lang>[^"]+)" class="md-select__link">')
TAG = re.compile(r"<[^>]+>")
PERMALINK_TITLE = re.compile(r'(<a class="headerlink" href="#[^"]*") title="Permanent link">')
PERMALINK_TITLES = {"lv": "Saite uz šo sadaļu", "lt": "Nuoroda į šį skyrių"}


def plain_text(fragment: str) -> str:
    """The words of an HTML fragment as a reader hears them, on one line."""
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())


def label_task_checkboxes(page_html: str) -> str:
    """Name every checklist checkbox after its item's text (`aria-label`)."""

    def name(match: re.Match) -> str:
        if "aria-label" in match.group("attrs"):
            return match.group(0)
        # The label holds only the checkbox and its drawn indicator; the item's
        # text follows the label.
        text = plain_text(match.group("rest"))
        if not text:
            return match.group(0)
        label = html.escape(text, quote=True)
        return f'{match.group("head")} aria-label="{label}"{match.group("end")}{match.group("rest")}'

    return TASK_ITEM.sub(name, page_html)


def mark_language_links(page_html: str, page_language: str) -> str:
    """Give each language switcher link the `lang` of its name; mark the current one."""

    def mark(match: re.Match) -> str:
        language = match.group("lang")
        current = ' aria-current="true"' if language == page_language else ""
        return (f'<a href="{match.group("href")}" hreflang="{language}" lang="{language}"'
                f'{current} class="md-select__link">')

    return LANGUAGE_LINK.sub(mark, page_html)


def translate_permalink_titles(page_html: str, page_language: str) -> str:
    """Say "link to this section" on every heading's permalink in the page's language."""
    title = PERMALINK_TITLES[page_language]
    return PERMALINK_TITLE.sub(lambda m: f'{m.group(1)} title="{title}">', page_html)
