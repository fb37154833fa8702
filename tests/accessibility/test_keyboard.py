"""Without a mouse, in real Chromium: the skip link, a visible focus on every tab
stop, the language switcher (languages announced by name, in their language),
search, and the video placeholders."""

from __future__ import annotations

import pytest

from scripts.benchmarks.search import open_search_box
from scripts.videos import LABELS

SKIP = {"lv": "Pāriet uz saturu", "lt": "Pereiti prie turinio"}
LANGUAGE_BUTTON = {"lv": "Izvēlies valodu", "lt": "Pasirinkti kalbą"}
LANGUAGE_NAMES = {"lv": "Latviešu", "lt": "Lietuvių"}


def tab_until(page, condition: str, limit: int = 200) -> int:
    """Press Tab until `condition` (JS, given the focused element) holds; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => {{ const el = document.activeElement; return !!({condition}); }}"):
            return presses
    raise AssertionError(f"{condition!r} never got the keyboard focus in {limit} presses of Tab")


@pytest.mark.parametrize("language,path", [("lv", "guidelines/planning/"), ("lt", "lt/guidelines/planning/")])
def test_first_tab_shows_the_skip_link_which_leads_to_the_content(page, site_server, language, path):
    page.goto(site_server.base_url + path)
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert skip.inner_text().strip() == SKIP[language]
    box = skip.bounding_box()
    assert box and box["width"] > 20 and box["y"] >= 0, "the focused skip link is not on screen"
    page.keyboard.press("Enter")
    assert page.url.endswith(skip.get_attribute("href"))
    page.keyboard.press("Tab")
    assert page.evaluate("() => !!document.activeElement.closest('article')"), "Tab after the skip link left the content"


FOCUS_PAGES = ["guidelines/management/", "lt/events/seniors/"]


@pytest.mark.parametrize("path", FOCUS_PAGES)
def test_every_tab_stop_shows_where_the_focus_is(page, site_server, path):
    """Each element the keyboard reaches looks different focused and unfocused."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_server.base_url + path)
    invisible, stops, seen = [], 0, set()
    while stops < 250:
        page.keyboard.press("Tab")
        key = page.evaluate("""() => { const el = document.activeElement;
            if (!el || el === document.body) return null;
            return el.outerHTML.slice(0, 120) + '@' + Math.round(el.getBoundingClientRect().top + scrollY); }""")
        if key is None or key in seen:
            break  # back at the start of the page
        seen.add(key)
        stops += 1
        clip = page.evaluate("""() => { const el = document.activeElement;
            const boxes = [el, ...(el.labels || [])].map(e => e.getBoundingClientRect()).filter(r => r.width * r.height > 0);
            if (!boxes.length) boxes.push(el.parentElement.getBoundingClientRect());
            const x = Math.max(0, Math.min(...boxes.map(r => r.left)) - 6), y = Math.max(0, Math.min(...boxes.map(r => r.top)) - 6);
            const right = Math.min(innerWidth, Math.max(...boxes.map(r => r.right)) + 6);
            const bottom = Math.min(innerHeight, Math.max(...boxes.map(r => r.bottom)) + 6);
            return {x, y, width: right - x, height: bottom - y}; }""")
        if page.evaluate("() => document.activeElement.matches('input.md-search__input')"):
            # Focusing the search field opens the search over the page.
            if not page.evaluate("() => document.getElementById('__search').checked"):
                invisible.append(key)
            continue
        if clip["width"] <= 0 or clip["height"] <= 0:
            invisible.append(f"off screen: {key}")
            continue
        focused = page.screenshot(clip=clip, animations="disabled")
        page.evaluate("() => { window.__focused = document.activeElement; document.activeElement.blur(); }")
        blurred = page.screenshot(clip=clip, animations="disabled")
        page.evaluate("() => window.__focused.focus()")
        if focused == blurred:
            invisible.append(key)
    assert stops > 20, f"only {stops} tab stops on /{path}"
    assert invisible == [], "no visible focus on:\n" + "\n".join(invisible)


@pytest.mark.parametrize("language,path,other", [
    ("lv", "guidelines/finances/", "lt"), ("lt", "lt/guidelines/finances/", "lv")])
def test_language_switcher_works_by_keyboard_and_names_each_language(page, site_server, language, path, other):
    page.goto(site_server.base_url + path)
    tab_until(page, "el.matches('.md-select > button')")
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == LANGUAGE_BUTTON[language]
    links = page.locator(".md-select__link")
    for code, name in LANGUAGE_NAMES.items():
        link = page.get_by_role("link", name=name, exact=True)
        assert link.get_attribute("lang") == code, f"{name} is not marked as {code}"
        assert link.get_attribute("hreflang") == code
    assert page.locator(f".md-select__link[aria-current='true']").get_attribute("lang") == language
    assert links.count() == 2
    tab_until(page, f"el.matches('.md-select__link[lang={other}]')", limit=3)
    assert page.get_by_role("link", name=LANGUAGE_NAMES[other], exact=True).is_visible()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == other
    expected = path.removeprefix("lt/") if other == "lv" else "lt/" + path
    assert page.url == site_server.base_url + expected


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_search_works_by_keyboard(page, site_server, language):
    query = "OCTOPUS"  # the project's name, on many pages of both languages
    page.goto(site_server.base_url + ("" if language == "lv" else "lt/") + "guidelines/")
    tab_until(page, "el.matches('input.md-search__input')")
    box, _ = open_search_box(page)  # already focused: waits until the index is ready
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => !!document.activeElement.closest('.md-search-result')"), "ArrowDown left the results"
    target = page.evaluate("() => document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(target.split("#")[0] + "**")
    assert page.locator("html").get_attribute("lang") in ("lv", "lt")
    assert page.context.external_requests.blocked == []


def test_video_placeholders_work_by_keyboard(page, site_server, site_dir):
    video_pages = sorted(p.parent.relative_to(site_dir).as_posix() + "/" for p in site_dir.rglob("index.html")
                         if p.read_text(encoding="utf-8").count("data-video-id=") >= 1)
    if not video_pages:
        pytest.skip("no page embeds a video yet")
    path = video_pages[0]
    language = "lt" if path.startswith("lt/") else "lv"
    page.goto(site_server.base_url + path)
    tab_until(page, "el.matches('.video-embed__play')", limit=300)
    name = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    assert name.startswith(LABELS[language]["play"])
    assert page.context.external_requests.blocked == []
    page.keyboard.press("Enter")
    player = page.locator("iframe.video-embed__player").first
    player.wait_for(state="attached")
    assert "youtube-nocookie.com/embed/" in player.get_attribute("src")
    assert page.evaluate("() => document.activeElement.tagName") == "IFRAME", "the focus was lost after playing"
    if page.locator(".video-embed__play").count():  # a second video on the page: Space works as well
        tab_until(page, "el.matches('.video-embed__play')", limit=300)
        page.keyboard.press("Space")
        page.locator("iframe.video-embed__player").nth(1).wait_for(state="attached")
