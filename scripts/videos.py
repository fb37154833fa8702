"""Video embeds: the `::video <ID> "Title"` line of Markdown and its placeholder.

Editors write one line per video; the page gets a local placeholder (title, a
play button, a notice that playing loads the video from YouTube, and a plain
link to YouTube) instead of a YouTube player, so that opening a page asks
nothing of YouTube. `docs/assets/javascripts/videos.js` swaps the placeholder
for a www.youtube-nocookie.com player only when the reader presses the button.

One definition of the syntax, the ID rule and the labels, shared by the MkDocs
hook (scripts/hooks/videos.py) and the tests.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from scripts.markdown_text import FENCE, VIDEO_DIRECTIVE

# A YouTube video ID: 11 characters of the URL-safe base64 alphabet.
VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{11}")
# The exact syntax: at the start of a line (up to 3 spaces, as Markdown allows
# for a block), the ID, then the title in double quotes.
VIDEO_LINE = re.compile(r'^ {0,3}::video[ \t]+(?P<id>\S+)[ \t]+"(?P<title>.*)"[ \t]*$')
SYNTAX = '::video <ID> "Title"'
EMBED_URL = "https://www.youtube-nocookie.com/embed/{id}"
WATCH_URL = "https://www.youtube.com/watch?v={id}"

# What the placeholder says, in the page's language.
LABELS = {
    "lv": {
        "play": "Atskaņot video",
        "play_name": "Atskaņot video «{title}»",
        "notice": "Nospiežot pogu, video tiks ielādēts no YouTube.",
        "link": "Skatīties YouTube vietnē",
        "link_name": "Skatīties YouTube vietnē – «{title}»",
    },
    "lt": {
        "play": "Paleisti vaizdo įrašą",
        "play_name": "Paleisti vaizdo įrašą „{title}“",
        "notice": "Paspaudus mygtuką, vaizdo įrašas bus įkeltas iš „YouTube“.",
        "link": "Žiūrėti „YouTube“ svetainėje",
        "link_name": "Žiūrėti „YouTube“ svetainėje – „{title}“",
    },
}

PLAY_ICON = (
    '<svg class="video-embed__icon" viewBox="0 0 24 24" width="24" height="24" '
    'aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z"/></svg>'
)


@dataclass(frozen=True)
class Video:
    """One video line: where it is (1-based line of the source file) and what it says."""

    line: int
    video_id: str
    title: str


@dataclass(frozen=True)
class VideoProblem:
    """A video line that cannot be embedded, with the text an editor needs to fix it."""

    line: int
    message: str

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {self.message}"


def is_valid_id(video_id: str) -> bool:
    return VIDEO_ID.fullmatch(video_id) is not None


def scan(markdown: str, first_line: int = 1) -> tuple[list[tuple[int, Video]], list[VideoProblem]]:
    """Find the video lines of a page body.

    Returns ((index in `markdown.splitlines()`, Video), ...) for the lines that
    can be embedded and the problems of those that cannot. `first_line` is the
    source line number of the body's first line (front matter comes before it).
    Lines inside fenced code are examples, not videos.
    """
    videos: list[tuple[int, Video]] = []
    problems: list[VideoProblem] = []
    in_fence = False
    for index, line in enumerate(markdown.splitlines()):
        number = first_line + index
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or not VIDEO_DIRECTIVE.match(line):
            continue
        match = VIDEO_LINE.match(line)
        if match is None:
            problems.append(VideoProblem(number, _syntax_problem(line)))
            continue
        video_id, title = match.group("id"), match.group("title").strip()
        if not is_valid_id(video_id):
            problems.append(VideoProblem(
                number,
                f'bad video ID "{video_id}": a YouTube ID is 11 characters of A-Z, a-z, 0-9, "-" and "_"; '
                'copy it from the video address (the part after "watch?v=" or "youtu.be/")',
            ))
        elif not title:
            problems.append(VideoProblem(number, f'video "{video_id}" has no title; write {SYNTAX}'))
        else:
            videos.append((index, Video(number, video_id, title)))
    return videos, problems


def _syntax_problem(line: str) -> str:
    shown = line.strip()
    indent = line[: len(line) - len(line.lstrip())]
    if "\t" in indent or len(indent) > 3:
        return (f'video line "{shown}" is indented; a video must start at the beginning of a line, '
                "outside admonitions, lists and tabs")
    return f'video line "{shown}" is not in the form {SYNTAX} (one ID, then the title in double quotes)'


def render(video: Video, language: str, number: int = 1) -> str:
    """The placeholder HTML for one video in the page's language.

    `number` counts the videos of the page, so that element IDs stay unique.
    The play button and its notice stay hidden until videos.js makes them work;
    without JavaScript the reader gets the title and the link. The controls are
    kept out of the search index (Material's `data-search-exclude`); the title stays.
    """
    labels = LABELS[language]
    title = html.escape(video.title, quote=True)
    video_id = html.escape(video.video_id, quote=True)
    play_name = html.escape(labels["play_name"].format(title=video.title), quote=True)
    link_name = html.escape(labels["link_name"].format(title=video.title), quote=True)
    notice_id = f"video-embed-{number}-notice"
    watch = WATCH_URL.format(id=video_id)
    return (
        f'<figure class="video-embed" data-video-id="{video_id}" data-video-title="{title}">\n'
        f'<figcaption class="video-embed__title">{title}</figcaption>\n'
        f'<div class="video-embed__frame" hidden data-search-exclude>\n'
        f'<button type="button" class="video-embed__play" aria-label="{play_name}" aria-describedby="{notice_id}">'
        f'{PLAY_ICON}<span>{labels["play"]}</span></button>\n'
        f'<p class="video-embed__notice" id="{notice_id}">{labels["notice"]}</p>\n'
        f"</div>\n"
        f'<p class="video-embed__link" data-search-exclude>'
        f'<a href="{watch}" aria-label="{link_name}">{labels["link"]}</a></p>\n'
        f"</figure>"
    )


def replace(markdown: str, language: str, first_line: int = 1) -> tuple[str, list[VideoProblem]]:
    """The page body with every valid video line replaced by its placeholder.

    Lines with problems are left as they are (the editor sees them in the
    preview) and returned as problems.
    """
    videos, problems = scan(markdown, first_line)
    if not videos:
        return markdown, problems
    lines = markdown.splitlines()
    for number, (index, video) in enumerate(videos, start=1):
        # Blank lines around it make it a raw HTML block of its own.
        lines[index] = f"\n{render(video, language, number)}\n"
    text = "\n".join(lines)
    return (text + "\n" if markdown.endswith("\n") else text), problems
