"""Video embeds in the real build: the right videos on the right pages, bad IDs fail."""

from __future__ import annotations

import re

import pytest

from scripts.videos import LABELS
from tests.support.build import build, copy_project

# The project's video stories (FACTS.md) and the pages that carry them.
EXPECTED = {
    "events/seniors": ["z7q120r58Us", "QBkS4MtB-90"],
    "events/children-sports": ["93lmzBH-N1g"],
    "events/specialist-training": ["809I3SITJXc"],
}
CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.DOTALL)
FIGURE = re.compile(r'<figure class="video-embed" data-video-id="([^"]*)"')
PROBLEM = re.compile(r"^WARNING\s+-\s+(\S+?):(\d+): (.*)$", re.MULTILINE)
VIDEO_PROBLEM = re.compile(r'bad video ID |video line |video "')  # how scripts/videos.py words them


def _html(site_dir, language, page):
    prefix = "lt/" if language == "lt" else ""
    return (site_dir / prefix / page / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["lv", "lt"])
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_each_video_is_on_its_page_with_the_page_language(site_dir, language, page):
    html = _html(site_dir, language, page)
    assert FIGURE.findall(html) == EXPECTED[page]
    labels = LABELS[language]
    other = LABELS["lt" if language == "lv" else "lv"]
    for video_id in EXPECTED[page]:
        assert f'href="https://www.youtube.com/watch?v={video_id}"' in html
    assert html.count(f"<span>{labels['play']}</span>") == len(EXPECTED[page])
    assert labels["notice"] in html and other["notice"] not in html
    assert "::video" not in html
    # Nothing from YouTube is loaded by the page itself.
    assert "<iframe" not in html and "youtube-nocookie" not in html and "ytimg" not in html


def test_no_other_page_has_a_video_or_a_raw_video_line(site_dir):
    for path in site_dir.rglob("*.html"):
        relative = path.relative_to(site_dir).as_posix()
        page = relative.removeprefix("lt/").removesuffix("/index.html")
        html = path.read_text(encoding="utf-8")
        # Outside code: a page may show the syntax as an example.
        assert "::video" not in CODE.sub("", html), relative
        if page not in EXPECTED:
            assert FIGURE.findall(html) == [], relative


def test_the_script_and_styles_are_on_video_pages(site_dir):
    for language in ("lv", "lt"):
        html = _html(site_dir, language, "events/seniors")
        assert re.search(r'<script src="(\.\./)+assets/javascripts/videos\.js"', html)
        assert re.search(r'href="(\.\./)+assets/stylesheets/videos\.css"', html)
    assert (site_dir / "assets" / "javascripts" / "videos.js").exists()


def _break_line(path, old_id, new_value):
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith(f"::video {old_id} "):
            lines[index] = line.replace(old_id, new_value, 1)
            path.write_text("".join(lines), encoding="utf-8")
            return index + 1
    raise AssertionError(f"no video line with {old_id} in {path}")


def test_bad_ids_fail_the_strict_build_naming_each_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    bad = {
        ("docs/events/seniors.md", _break_line(project / "docs/events/seniors.md", "QBkS4MtB-90", "QBkS4MtB-9")): "QBkS4MtB-9",
        ("docs_lt/events/children-sports.md", _break_line(project / "docs_lt/events/children-sports.md", "93lmzBH-N1g", "93lmzBH+N1g")): "93lmzBH+N1g",
        ("docs_lt/events/specialist-training.md", _break_line(project / "docs_lt/events/specialist-training.md", "809I3SITJXc", "https://youtu.be/809I3SITJXc")): "https://youtu.be/809I3SITJXc",
    }
    result = build(project, tmp_path / "site")
    assert result.returncode != 0, result.output
    found = [(path, int(line), message) for path, line, message in PROBLEM.findall(result.output)
             if VIDEO_PROBLEM.match(message)]
    # One line per bad video, all of them, each naming the editor's file, the line and the value.
    assert [(path, line) for path, line, _ in found] == sorted(bad)
    for path, line, message in found:
        assert f'"{bad[(path, line)]}"' in message
    assert "docs/lt/" not in result.output
