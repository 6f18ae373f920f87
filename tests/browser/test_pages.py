"""The pages, used the way a person would: paste the seed article and hover an event; open a
stored article; choose a dyad on Explore and follow an event to its article; the API docs."""

from __future__ import annotations

import importlib.util
import re
from typing import Any

import pytest

from tests.browser.conftest import screenshot, seed_article

pytestmark = [pytest.mark.model, pytest.mark.slow]


def needs_charts() -> None:
    if importlib.util.find_spec("plotly") is None:
        pytest.skip("Explore's charts need the plotly package (pinned as plotly==7.1.0)")


def test_read_paste_the_seed_article_and_hover_an_event(page: Any) -> None:
    title, date, text = seed_article()
    page.goto("/read")
    page.fill("#title", title)
    page.fill("#date", date)
    page.fill("#text", text)
    page.click("#code")
    page.wait_for_selector("#events tbody tr")
    assert page.inner_text("#art-title") == title
    assert page.inner_text("#doc-title") == title
    rows = page.locator("#events tbody tr")
    triggers = page.locator("#doc-text span.m.trigger")
    assert rows.count() >= 3 and triggers.count() >= 3
    assert page.locator("#doc-text span.m.actor").count() >= 5
    assert page.locator("#doc-text span.m.quote").count() >= 1
    assert page.locator("#quotes tbody tr").count() >= 1
    assert "Kerry" in page.inner_text("#quotes")

    first = triggers.first
    first.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    card = tip.inner_text()
    for label in ("CAMEO", "Quad class", "Goldstein", "PLOVER", "Confidence", "Modality"):
        assert label in card
    assert re.search(r"\b\d{3,4}\b", card)  # a CAMEO code
    assert "→" in card  # source → target
    # the event's trigger is outlined, its row in the table is marked
    assert page.locator("#doc-text span.m.focus").count() >= 1
    assert page.locator("#events tr.focus").count() == 1
    focused = page.locator("#events tr.focus td").nth(3).inner_text()
    assert focused in card
    screenshot(page, "read-hover-event")

    first.click()
    page.mouse.move(5, 5)
    assert "CAMEO" in page.inner_text("#detail")
    screenshot(page, "read-pinned-event", full_page=True)


def test_read_open_a_stored_article(page: Any) -> None:
    page.goto("/read")
    page.wait_for_function("document.querySelectorAll('#pick option').length > 1")
    label = page.locator("#pick option").nth(1).inner_text()
    page.select_option("#pick", index=1)
    page.wait_for_selector("#events tbody tr, #events caption")
    assert "stored article" in page.inner_text("#art-meta")
    assert page.inner_text("#art-title") in label
    page.fill("#pick-q", "zzzz-no-such-words")
    page.wait_for_function("document.querySelector('#pick option').textContent.includes('no "
                           "stored articles')")


def test_explore_choose_a_dyad_and_follow_an_event(page: Any) -> None:
    needs_charts()
    page.goto("/explore")
    page.wait_for_selector("#chart-network .main-svg")
    page.fill("#a", "USA")
    page.fill("#b", "RUS")
    page.select_option("#by", "month")
    page.click("#show")
    page.wait_for_function("document.querySelector('#summary').textContent.includes('USA ↔ RUS')")
    summary = page.inner_text("#summary")
    assert re.match(r"\d+ events between USA ↔ RUS", summary), summary
    page.wait_for_selector("#chart-quads .gtitle")

    def texts(selector: str) -> str:
        return " ".join(page.locator(selector).all_text_contents())

    assert "Events per month between USA ↔ RUS, by quad class" in texts("#chart-quads .gtitle")
    assert "Events (count)" in texts("#chart-quads .ytitle")
    assert "Month" in texts("#chart-quads .xtitle")
    assert "Verbal cooperation" in texts("#chart-quads .legend")
    assert "Goldstein sum per month" in texts("#chart-goldstein .gtitle")
    assert "Goldstein sum (points)" in texts("#chart-goldstein .ytitle")
    assert "Top CAMEO event codes" in texts("#chart-codes .gtitle")
    assert "Events (count)" in texts("#chart-codes .xtitle")
    assert "busiest dyads" in texts("#chart-network .gtitle")
    bars = page.locator("#chart-quads .bars .point path")
    assert bars.count() >= 1
    assert max(bars.nth(i).bounding_box()["width"] for i in range(bars.count())) > 20

    rows = page.locator("#events tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        pair = {cells.nth(1).inner_text()[:3], cells.nth(2).inner_text()[:3]}
        assert pair == {"USA", "RUS"}
    assert "a=USA" in page.url and "b=RUS" in page.url
    screenshot(page, "explore-usa-rus", full_page=True)

    link = rows.first.locator("a")
    link.click()
    page.wait_for_url(re.compile(r"/read\?article="))
    page.wait_for_selector("#doc-text span.m.focus")
    assert "CAMEO" in page.inner_text("#detail")
    screenshot(page, "read-from-explore")


def test_explore_opens_on_the_busiest_dyad(page: Any) -> None:
    needs_charts()
    page.goto("/explore")
    page.wait_for_selector("#chart-quads .main-svg")
    page.wait_for_function("document.querySelector('#summary').textContent.length > 0")
    assert page.input_value("#a") and page.input_value("#b")
    assert "events between" in page.inner_text("#summary")


def test_api_docs_work_offline(page: Any) -> None:
    page.goto("/docs")
    if importlib.util.find_spec("fastapi_offline") is None:  # our own offline page instead
        page.wait_for_selector("#ops h2")
        assert "GET /api/events" in page.inner_text("#ops")
        screenshot(page, "api-docs")
        return
    page.wait_for_selector(".opblock-summary-path[data-path=\"/api/events\"]")
    assert page.locator(".opblock-summary-path[data-path=\"/api/dyads\"]").count() == 1
    screenshot(page, "api-docs")
