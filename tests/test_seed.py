"""The reference article (../shared/seed), coded on its date, 2013-05-08."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.documents import read_path
from tacitus.records import Article, CodedArticle, Span
from tests.conftest import SEED_DATE, shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(coder: Any) -> CodedArticle:
    (article,) = list(read_path(shared_path("seed", "000_2dba7fd5d936a0a1.txt"), date=SEED_DATE))
    assert isinstance(article, Article)
    result: CodedArticle = coder.code(article)
    return result


def _events(seed: CodedArticle) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code, e.target.code, e.cameo.code) for e in seed.events}


def _spans(seed: CodedArticle) -> list[Span]:
    spans: list[Span] = [a.span for a in seed.actors]
    for event in seed.events:
        spans += [event.trigger, event.sentence, event.source.span, event.target.span]
        if event.location is not None:
            spans.append(event.location.span)
    for quote in seed.quotes:
        spans.append(quote.content)
        spans += [s for s in (quote.cue,) if s is not None]
        spans += [a.span for a in (quote.speaker, quote.addressee) if a is not None]
    return spans


def test_every_span_points_at_its_text(seed: CodedArticle) -> None:
    spans = _spans(seed)
    assert len(spans) > 50
    for span in spans:
        field = getattr(seed.article, span.field)
        assert field[span.start:span.end] == span.text, span


def test_consultation_both_ways_in_moscow(seed: CodedArticle) -> None:
    consult = [e for e in seed.events if e.cameo.root == "04" and e.cameo.code in ("040", "046")]
    pairs = {(e.source.code, e.target.code) for e in consult}
    assert {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")} <= pairs
    assert any(e.location is not None and e.location.name == "Moscow" for e in consult)
    assert all(e.date == dt.date(2013, 5, 7) for e in consult if e.sentence.sentence < 2)


def test_visit_and_its_hosting(seed: CodedArticle) -> None:
    events = _events(seed)
    assert ("USAGOV", "RUS", "042") in events
    assert ("RUS", "USAGOV", "043") in events
    visit = next(e for e in seed.events if e.cameo.code == "042")
    assert visit.trigger.text == "visit" and visit.date == dt.date(2013, 5, 7)
    assert visit.location is not None and visit.location.country == "RUS"


def test_intent_to_convene_a_conference(seed: CodedArticle) -> None:
    intents = {(s, t) for s, t, c in _events(seed) if c.startswith("03")}
    assert {("USA", "RUS"), ("RUS", "USA")} <= intents


def test_demand_on_the_syrian_regime(seed: CodedArticle) -> None:
    demands = [e for e in seed.events if e.cameo.root == "10"]
    assert any(e.source.code == "USAGOV" and e.target.code == "SYRGOV" for e in demands)
    assert all(e.quote is not None for e in demands)


def test_no_event_from_the_headline_colon_or_from_said(seed: CodedArticle) -> None:
    assert not [e for e in seed.events if e.trigger.field == "title"]
    assert not [e for e in seed.events if e.trigger.text in ("said", "say")]


def test_actors_resolve_on_the_date(seed: CodedArticle) -> None:
    codes = {a.span.text: a.code for a in seed.actors}
    assert codes["U.S. Secretary of State John Kerry"] == "USAGOV"
    assert codes["Russian Foreign Minister Sergey Lavrov"] == "RUSGOV"
    assert codes["Vladimir Putin"] == "RUSGOV"
    assert codes["Syrian opposition"] == "SYROPP"
    assert codes["regime"] == "SYRGOV"


def test_quotations(seed: CodedArticle) -> None:
    direct = [q for q in seed.quotes if q.kind == "direct"]
    indirect = [q for q in seed.quotes if q.kind == "indirect" and q.content.field == "text"]
    assert len(direct) == 6
    assert len({q.statement for q in direct}) == 3
    assert all(q.speaker is not None and q.speaker.name == "John Kerry" for q in seed.quotes)
    assert all(q.speaker is not None and q.speaker.code == "USAGOV" for q in seed.quotes)
    assert len(indirect) == 4
    assert indirect[0].content.text.startswith("Russia and the U.S. will seek to convene")
    headline = [q for q in seed.quotes if q.content.field == "title"]
    assert [q.content.text for q in headline] == ["U.S. and Russia working together on Syria"]
