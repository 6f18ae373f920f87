"""The record contract: frozen, JSON round trip exact."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tacitus.errors import InputError
from tacitus.records import (
    Actor,
    Article,
    Cameo,
    CodedArticle,
    Event,
    Location,
    Plover,
    Quote,
    Span,
    from_dict,
    to_dict,
)


def _span(text: str = "Kerry", start: int = 0) -> Span:
    return Span(text, "text", start, start + len(text), 0)


def _actor(code: str = "USAGOV") -> Actor:
    return Actor(code, code[:3], code[3:] or None, "John Kerry", _span(), "kb:person", 0.9,
                 "Secretary of State")


def _event() -> Event:
    return Event(
        id="a:te0:0", source=_actor(), target=_actor("RUSGOV"),
        cameo=Cameo("042", "Make a visit", "04", 1, 1.9),
        plover=Plover("CONSULT", "visit", "", 1.0, ""), trigger=_span("visit", 10),
        sentence=_span("Kerry visited Moscow.", 0), date=dt.date(2013, 5, 7), negated=False,
        modality="asserted", location=Location("Moscow", "RUS", _span("Moscow", 20), 55.7, 37.6),
        confidence=0.8, rule="visit X", coder="tacitus-test", quote=None,
    )


def test_records_are_frozen() -> None:
    article = Article("1", "t", "x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.id = "2"  # type: ignore[misc]


@pytest.mark.parametrize(("given", "stored"), [
    ("2013-05-08", dt.date(2013, 5, 8)),
    (" 2013-05-08 ", dt.date(2013, 5, 8)),
    (dt.datetime(2013, 5, 8, 14, 30), dt.date(2013, 5, 8)),
    (dt.date(2013, 5, 8), dt.date(2013, 5, 8)),
    ("8 May 2013", dt.date(2013, 5, 8)),
    ("", None),
    (None, None),
])
def test_article_date_accepts_iso_text_and_datetimes(given: object, stored: object) -> None:
    assert Article("1", "t", "x", given).date == stored  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["next Tuesday", "2013-13-01", 20130508, 2013.5])
def test_article_date_refuses_what_is_not_a_date(given: object) -> None:
    with pytest.raises(InputError, match="T006"):
        Article("1", "t", "x", given)  # type: ignore[arg-type]


def test_coded_article_round_trip_through_json() -> None:
    quote = Quote("a:q0", "direct", _actor(), _span("said", 5), _span("hello there", 30),
                  "a:s1", (0, 1), None)
    coded = CodedArticle(Article("a", "Title", "text", dt.date(2013, 5, 8), "wire", None),
                         (_actor(),), (_event(),), (quote,), ("[W001] x",), "tacitus-test")
    data = json.loads(json.dumps(to_dict(coded)))
    assert from_dict(CodedArticle, data) == coded


@given(st.text(max_size=30), st.integers(0, 10_000), st.sampled_from(["title", "text"]),
       st.integers(0, 50))
def test_span_round_trip(text: str, start: int, field: str, sentence: int) -> None:
    span = Span(text, field, start, start + len(text), sentence)  # type: ignore[arg-type]
    assert from_dict(Span, json.loads(json.dumps(to_dict(span)))) == span


def test_optional_fields_round_trip_as_null() -> None:
    event = dataclasses.replace(_event(), location=None, date=None)
    data = to_dict(event)
    assert data["location"] is None and data["date"] is None
    assert from_dict(Event, data) == event
