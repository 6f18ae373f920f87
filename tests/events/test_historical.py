"""Background events are dropped by default and kept, flagged, on request; dates come from the
event's own clause."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.records import Article

pytestmark = pytest.mark.model

STORY_DATE = dt.date(2010, 6, 1)


@pytest.mark.parametrize(("text", "code"), [
    ("Brazil expelled two Venezuelan diplomats five years ago.", "161"),
    ("Turkey signed a trade deal with Iran in 1996.", "057"),
])
def test_background_kept_on_request_is_flagged(coder: Any, text: str, code: str) -> None:
    article = Article("h", "", text, STORY_DATE)
    assert not coder.code(article).events
    kept = coder.with_settings(keep_historical=True).code(article).events
    assert code in {e.cameo.code for e in kept}
    assert all(e.plover.auxiliary == "historical" for e in kept)


@pytest.mark.parametrize(("text", "date"), [
    # the date of a clause inside the event's clause is not the event's
    ("Kenya paid compensation to Ugandan traders whose goods Kenyan police seized ten years "
     "ago.", STORY_DATE),
    # a clause the event belongs to gives its date
    ("On Monday, Kerry said Russia had met Iran.", dt.date(2010, 5, 31)),
    ("Kerry discussed Syria and Iran with Lavrov during a visit to Moscow on Monday.",
     dt.date(2010, 5, 31)),
])
def test_event_date_comes_from_the_events_own_clause(coder: Any, text: str,
                                                     date: dt.date) -> None:
    events = coder.code(Article("d", "", text, STORY_DATE)).events
    assert events
    assert {e.date for e in events if e.cameo.code != "043"} == {date}
