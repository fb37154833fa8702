"""How to cite a page: a reference in a common author–year style and a BibTeX entry.

Plain functions of the page's title, URL, language and last-updated date, so the
hook, the PDF build and the tests share one definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LABELS = {
    "lv": {
        "summary": "Kā citēt šo lapu",
        "reference": "Atsauce",
        "bibtex": "BibTeX ieraksts",
        "in": "No",
        "version": "versija {version}",
        "updated": "atjaunināts {date}",
        "available": "Pieejams",
        "language": "latvian",
    },
    "lt": {
        "summary": "Kaip cituoti šį puslapį",
        "reference": "Nuoroda",
        "bibtex": "BibTeX įrašas",
        "in": "Iš",
        "version": "{version} versija",
        "updated": "atnaujinta {date}",
        "available": "Prieiga per internetą",
        "language": "lithuanian",
    },
}


@dataclass(frozen=True)
class Citation:
    key: str
    reference: str
    bibtex: str
    labels: dict


def citation_key(page_path: str, language: str) -> str:
    """A stable BibTeX key from the page's language-neutral path, e.g. octopus-guidelines-personnel-lv."""
    stem = re.sub(r"(^|/)index$", "", page_path.removesuffix(".md")) or "home"
    return "octopus-" + re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") + f"-{language}"


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([{}%&#_$])", r"\\\1", text)


def make_citation(*, title: str, url: str, site_name: str, author: str, language: str,
                  updated: str, version: str, page_path: str) -> Citation:
    """`updated` is an ISO date (YYYY-MM-DD); its year is the publication year.

    The home page is the work as a whole: it is cited by the site's name alone.
    """
    labels = LABELS[language]
    year = updated[:4]
    edition = f"{labels['version'].format(version=version)}, {labels['updated'].format(date=updated)}"
    if title == site_name:
        reference = f"{author} ({year}). {site_name} ({edition}). {labels['available']}: {url}"
    else:
        reference = f"{author} ({year}). {title}. {labels['in']}: {site_name} ({edition}). {labels['available']}: {url}"
    key = citation_key(page_path, language)
    fields = [
        ("author", "{" + _bibtex_escape(author) + "}"),
        ("title", _bibtex_escape(title)),
        ("howpublished", _bibtex_escape(site_name)),
        ("year", year),
        ("date", updated),
        ("version", version),
        ("note", _bibtex_escape(edition[0].upper() + edition[1:])),
        ("url", url),
        ("language", labels["language"]),
    ]
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields)
    bibtex = f"@misc{{{key},\n{body}\n}}"
    return Citation(key=key, reference=reference, bibtex=bibtex, labels=labels)
