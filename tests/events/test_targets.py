"""Whom an event is done to when its own slot names no one (tacitus.events.targets), read
through the coder on sentences of our own: one row per search the module makes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.events.patterns import parse_pattern
from tacitus.events.targets import doer_of_act
from tacitus.records import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a thing-argument
        ("Bangladesh rejected an Indian proposal for a trade pact.", ("BGD", "IND", "120")),
        # a partner of the verb
        ("Russia cut off gas supplies to Moldova.", ("RUS", "MDA", None)),
        # a named place that stands for its country
        ("Russia withdrew its troops from Kherson.", ("RUS", "UKR", "0874")),
        # a country the parser hung on the verb, for a statement about a thing there
        ("The African Union condemned the coup in Gabon.", ("IGOAFR", "GAB", "111")),
        # a protest with no one named is against the protesters' own country
        ("Protesters took to the streets in Lagos against fuel price rises.",
         ("NGACVL", "NGA", "141")),
        # a domestic voice rejecting a public thing rejects its own country
        ("Zimbabwe's main opposition party rejected the election results.",
         ("ZWEOPP", "ZWE", "120")),
    ],
)
def test_targets_found_beyond_the_slot(coder: Any, text: str,
                                       expected: tuple[str, str, str | None]) -> None:
    coded = coder.code(Article(id="t", title="", text=text, date=dt.date(2023, 6, 1)))
    found = {(e.source.code, e.target.code, e.cameo.code) for e in coded.events}
    source, target, code = expected
    assert any(s == source and t == target and (code is None or c == code)
               for s, t, c in found), found


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("051", "back X", True),     # backing an act is aimed at its doer
        ("141", "protest X", True),
        ("111", "condemn X", False),  # condemning "the killing of civilians" keeps them
        ("051", "praise/n of X", False),
    ],
)
def test_doer_of_act(code: str, text: str, expected: bool) -> None:
    assert doer_of_act(parse_pattern(code, text, "")) is expected
