"""A reader switches language and meets a 404, in real headless Chromium."""


def test_switching_language_from_latvian_home_lands_on_lithuanian_home(page, site_server):
    page.goto(site_server.base_url)
    assert page.locator("html").get_attribute("lang") == "lv"
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name="Lietuvių").click()
    page.wait_for_url(site_server.base_url + "lt/")
    assert page.locator("html").get_attribute("lang") == "lt"
    assert page.locator("h1").inner_text().rstrip("¶") == "Daugiafunkcinių centrų gairės"
    assert page.context.external_requests.blocked == []


def test_missing_lithuanian_page_shows_lithuanian_404(page, site_server):
    response = page.goto(site_server.base_url + "lt/guidelines/no-such-page/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "lt"
    assert page.locator("h1").inner_text().rstrip("¶") == "Puslapis nerastas"
    page.get_by_role("link", name="Grįžti į pradžios puslapį").click()
    assert page.locator("html").get_attribute("lang") == "lt"


def test_missing_latvian_page_shows_latvian_404(page, site_server):
    response = page.goto(site_server.base_url + "guidelines/no-such-page/")
    assert response.status == 404
    assert page.locator("h1").inner_text().rstrip("¶") == "Lapa nav atrasta"
