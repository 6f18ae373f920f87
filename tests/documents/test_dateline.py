"""Wire-story datelines: found, blanked out for parsing (offsets kept), and placed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.documents import find_dateline, without_dateline
from tacitus.records import Article


@pytest.mark.parametrize(
    ("text", "place", "region", "agency"),
    [
        ("NAIROBI, Oct 2 - Kenya said …", "NAIROBI", None, None),
        ("WASHINGTON (Reuters) - The US …", "WASHINGTON", None, "Reuters"),
        ("MOSCOW, May 8 (Xinhua) -- Russia …", "MOSCOW", None, "Xinhua"),
        ("KYIV, Ukraine (AP) \u2014 Russian drones …", "KYIV", "Ukraine", "AP"),
        ("NEW DELHI, March 3, 2023 - India …", "NEW DELHI", None, None),
        ("Nairobi (AFP) - Police …", "Nairobi", None, "AFP"),
        ("Nairobi, Oct. 2 - Police …", "Nairobi", None, None),
    ],
)
def test_datelines_found(text: str, place: str, region: str | None, agency: str | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.agency) == (place, region, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Lula: Brazil and Argentina to share a currency",
        "Foreign Secretary Ana Ruiz - who arrived on Monday - said …",
        "Russia - which denies it - said …",
        "NATO allies - including France - agreed …",
        "UN - The council met …",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None
    assert without_dateline(text) == (text, None)


def test_blanked_text_keeps_every_offset() -> None:
    text = "RIO DE JANEIRO (Reuters) - Brazil's president met Lula."
    blanked, dateline = without_dateline(text)
    assert dateline is not None and dateline.place_words == ("Rio", "De", "Janeiro")
    assert len(blanked) == len(text)
    assert blanked.lstrip(" .") == "Brazil's president met Lula."
    assert blanked.index("Brazil") == text.index("Brazil")


@pytest.mark.parametrize(("text", "spelling"), [
    ("N'DJAMENA, Nov 29 (Reuters) - Chad ended the pact.", ("N'Djamena",)),
    ("PORT-AU-PRINCE, March 3 (Reuters) - Gangs stormed a prison.", ("Port-au-Prince",)),
    ("NEW DELHI, May 1 (Reuters) - India said.", ("New", "Delhi")),
])
def test_the_place_as_a_gazetteer_spells_it(text: str, spelling: tuple[str, ...]) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and spelling in dateline.place_spellings


def test_the_dateline_is_no_actor_but_sets_the_scene(coder: Any) -> None:
    article = Article(id="d1", title="", date=dt.date(2023, 3, 8),
                      text="TBILISI, March 8 - Police fired tear gas at protesters.")
    coded = coder.code(article)
    assert [(e.source.code, e.target.code) for e in coded.events] == [("GEOCOP", "GEOCVL")]
    event = coded.events[0]
    assert article.text[event.source.span.start:event.source.span.end] == "Police"
    assert event.sentence.sentence == 0 and event.sentence.text.startswith("Police")
