"""The `::video <ID> "Title"` syntax: finding, checking and rendering (scripts/videos.py)."""

from __future__ import annotations

import html.parser

import pytest

from scripts.videos import LABELS, is_valid_id, render, replace, scan, Video


@pytest.mark.parametrize("video_id", ["z7q120r58Us", "QBkS4MtB-90", "93lmzBH-N1g", "809I3SITJXc", "a_b-c_d-e_f"])
def test_real_ids_are_valid(video_id):
    assert is_valid_id(video_id)


@pytest.mark.parametrize("video_id", [
    "z7q120r58U",                        # 10 characters
    "z7q120r58Uss",                      # 12 characters
    "93lmzBH+N1g",                       # "+" is not in the alphabet
    "809I3SITJX<",                       # markup
    "https://youtu.be/809I3SITJXc",      # a whole address
    "",
])
def test_wrong_ids_are_refused(video_id):
    assert not is_valid_id(video_id)


def test_scan_finds_videos_with_source_line_numbers():
    body = 'Intro.\n\n::video z7q120r58Us "Senioru pasākumi"\n\nText.\n::video 93lmzBH-N1g "Sports"\n'
    videos, problems = scan(body, first_line=5)
    assert problems == []
    assert [(index, video) for index, video in videos] == [
        (2, Video(7, "z7q120r58Us", "Senioru pasākumi")),
        (5, Video(10, "93lmzBH-N1g", "Sports")),
    ]


def test_every_bad_line_is_reported_with_its_line_and_value():
    body = "\n".join([
        '::video z7q120r58U "Too short"',      # 1
        "::video 93lmzBH-N1g",                 # 2 no title
        '::video QBkS4MtB-90 ""',              # 3 empty title
        '    ::video 809I3SITJXc "Indented"',  # 4 inside an admonition or a code block
        ':: video 809I3SITJXc "Spaced"',       # 5 not the syntax
        '::video 809I3SITJXc "Good"',          # 6
    ])
    videos, problems = scan(body)
    assert [video.video_id for _, video in videos] == ["809I3SITJXc"]
    assert [problem.line for problem in problems] == [1, 2, 3, 4, 5]
    assert '"z7q120r58U"' in problems[0].message
    assert "11 characters" in problems[0].message
    assert "indented" in problems[3].message
    assert problems[0].format("docs_lt/events/seniors.md").startswith("docs_lt/events/seniors.md:1: ")


def test_lines_in_fenced_code_are_examples_not_videos():
    body = 'How to embed:\n\n```markdown\n::video BAD "Example"\n```\n\n~~~\n::video z7q120r58Us "Also an example"\n~~~\n'
    assert scan(body) == ([], [])


class _Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_placeholder_has_title_button_notice_and_link_in_the_page_language(language):
    title = 'Sporta "diena" <un> & bērni'
    collector = _Collector()
    collector.feed(render(Video(3, "93lmzBH-N1g", title), language, number=2))
    tags = dict((tag, attrs) for tag, attrs in collector.tags)
    labels = LABELS[language]
    text = "".join(collector.text)
    assert tags["figure"]["data-video-id"] == "93lmzBH-N1g"
    assert tags["figure"]["data-video-title"] == title          # escaped in the HTML, intact once parsed
    assert tags["button"]["type"] == "button"
    assert tags["button"]["aria-label"] == labels["play_name"].format(title=title)
    assert tags["button"]["aria-describedby"] == "video-embed-2-notice"
    assert tags["a"]["href"] == "https://www.youtube.com/watch?v=93lmzBH-N1g"
    assert title in text and labels["play"] in text and labels["notice"] in text and labels["link"] in text
    assert "iframe" not in tags and "img" not in tags and "script" not in tags
    assert "hidden" in tags["div"]   # the button only appears once videos.js can make it work


def test_replace_keeps_other_lines_and_numbers_placeholders_per_page():
    body = 'A\n::video z7q120r58Us "One"\nB\n::video QBkS4MtB-90 "Two"\n'
    text, problems = replace(body, "lv")
    assert problems == []
    assert text.startswith("A\n\n<figure") and text.endswith("</figure>\n\n")
    assert "\nB\n" in text
    assert text.count("<figure") == 2
    assert "video-embed-1-notice" in text and "video-embed-2-notice" in text


def test_replace_leaves_bad_lines_visible():
    body = 'A\n::video nope "Broken"\n'
    text, problems = replace(body, "lt")
    assert text == body and len(problems) == 1
