"""A name shared by people whose terms never overlap ("Bush", "Trudeau") picks one by date.

No language model: the curated knowledge base, a whitespace tokenizer and
:func:`tacitus.actors.resolve.resolve_matches`, the step that turns the matches inside one
mention into an actor code on the story's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import pytest

from tacitus.actors.knowledge import load_knowledge
from tacitus.actors.lexicon import Lexicon
from tacitus.actors.resolve import resolve_matches


@dataclass(frozen=True)
class _Token:
    text: str

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def lemma_(self) -> str:
        return self.text.lower()


@cache
def _lexicon() -> Lexicon:
    return Lexicon(load_knowledge(), str.split)


def _resolve(words: str, when: dt.date | None) -> tuple[str | None, str | None]:
    tokens = [_Token(w) for w in words.split()]
    matches = _lexicon().find(tokens)
    assert matches, words
    found = resolve_matches(matches, matches[-1], when)
    assert found is not None, words
    return found.code, found.name


@pytest.mark.parametrize(
    ("words", "day", "code", "name"),
    [
        # in office on the date
        ("President Bush", "1991-03-01", "USAGOV", "George H. W. Bush"),
        ("President Bush", "2005-06-01", "USAGOV", "George W. Bush"),
        ("Vice President Bush", "1985-06-01", "USAGOV", "George H. W. Bush"),
        ("George Bush", "1990-01-01", "USAGOV", "George H. W. Bush"),
        ("Carter", "1979-01-01", "USAGOV", "Jimmy Carter"),
        ("Carter", "2016-01-01", "USAGOV", "Ashton Carter"),
        ("Trudeau", "1982-01-01", "CANGOV", "Pierre Trudeau"),
        ("Trudeau", "2018-01-01", "CANGOV", "Justin Trudeau"),
        ("Assad", "1990-01-01", "SYRGOV", "Hafez al-Assad"),
        ("Assad", "2013-05-08", "SYRGOV", "Bashar al-Assad"),
        ("Bhutto", "1989-01-01", "PAKGOV", "Benazir Bhutto"),
        ("Bhutto", "1976-01-01", "PAKGOV", "Zulfikar Ali Bhutto"),
        ("Roh", "1990-01-01", "KORGOV", "Roh Tae-woo"),
        ("Marcos", "1984-01-01", "PHLGOV", "Ferdinand Marcos"),
        ("Marcos", "2023-01-01", "PHLGOV", "Ferdinand Marcos Jr."),
        # out of office on the date: the one who left office last
        ("Bush", "1996-01-01", "USAELI", "George H. W. Bush"),
        ("Bush", "2012-01-01", "USAELI", "George W. Bush"),
        ("Assad", "2025-06-01", "SYRELI", "Bashar al-Assad"),
        ("Karami", "1989-01-01", "LBNELI", "Rashid Karami"),
        # before anyone's term: the one who comes first
        ("Vance", "1970-01-01", "USA", "Cyrus Vance"),
        # no date: whoever is still in office, else the latest start
        ("Trudeau", None, "CANGOV", "Justin Trudeau"),
        ("Bush", None, "USAGOV", "George W. Bush"),
    ],
)
def test_shared_name_is_picked_by_date(
    words: str, day: str | None, code: str, name: str
) -> None:
    when = dt.date.fromisoformat(day) if day else None
    assert _resolve(words, when) == (code, name)


@pytest.mark.parametrize(
    ("words", "day", "code"),
    [
        ("Yeltsin", "1995-01-01", "RUSGOV"),
        ("Gorbachev", "1987-01-01", "RUSGOV"),
        ("Gorbachev", "1995-01-01", "RUSELI"),
        ("Mitterrand", "1990-01-01", "FRAGOV"),
        ("Thatcher", "1985-01-01", "GBRGOV"),
        ("Thatcher", "1995-01-01", "GBRELI"),
        ("Kohl", "1990-10-03", "DEUGOV"),
        ("Reagan", "1987-01-01", "USAGOV"),
        ("Mubarak", "1978-01-01", "EGYGOV"),
        ("Arafat", "1985-01-01", "PSEREB"),
        ("Arafat", "1996-01-01", "PSEGOV"),
        ("Waldheim", "1980-01-01", "IGOUNO"),
        ("Waldheim", "1988-01-01", "AUTGOV"),
        ("Tito", "1975-06-01", "SRBGOV"),
        ("Khomeini", "1983-01-01", "IRNGOV"),
        ("Noriega", "1988-01-01", "PANMIL"),
        ("Savimbi", "1990-01-01", "AGOREB"),
    ],
)
def test_historical_leaders_on_the_story_date(words: str, day: str, code: str) -> None:
    assert _resolve(words, dt.date.fromisoformat(day))[0] == code
