"""Hand-built coded articles for store, aggregate and export tests (no model needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tacitus.documents import content_hash
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
)

CAMEO = {
    "040": Cameo("040", "Consult", "04", 1, 1.0),
    "051": Cameo("051", "Praise or endorse", "05", 1, 3.4),
    "112": Cameo("112", "Accuse", "11", 3, -2.0),
    "190": Cameo("190", "Use conventional military force", "19", 4, -10.0),
}
PLOVER = {"040": Plover("CONSULT", "", "diplomatic", 1.0),
          "051": Plover("SUPPORT", "", "diplomatic", 5.0),
          "112": Plover("ACCUSE", "", "", -2.0, "future"),
          "190": Plover("ASSAULT", "", "military;territory", -10.0)}


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention: who, what, to whom, when, where (a country), how sure."""

    source: str
    cameo: str
    target: str
    date: dt.date | None
    place: str | None = None
    confidence: float = 0.9


def _actor(code: str, start: int) -> Actor:
    span = Span(code, "text", start, start + len(code), 0)
    return Actor(code, code[:3], code[3:] or None, f"Name of {code}", span, "test", 0.9,
                 role="minister" if code.endswith("GOV") else None)


def coded(article_id: str, mentions: Sequence[Mention], *, source: str | None = None,
          url: str | None = None, date: dt.date | None = None) -> tuple[CodedArticle, str]:
    """An article whose text lists the mentions (one sentence each), coded as given."""
    sentences, events = [], []
    offset = 0
    for n, m in enumerate(mentions):
        sentence = f"{m.source} {m.cameo} {m.target}."
        src = _actor(m.source, offset)
        trigger = Span(m.cameo, "text", offset + len(m.source) + 1,
                       offset + len(m.source) + 1 + len(m.cameo), n)
        tgt = _actor(m.target, trigger.end + 1)
        place = (Location(f"City of {m.place}", m.place, Span(m.place, "text", 0, 0, n),
                          10.5, 20.25) if m.place else None)
        events.append(Event(
            id=f"{article_id}:te{n}:0", source=src, target=tgt, cameo=CAMEO[m.cameo],
            plover=PLOVER[m.cameo], trigger=trigger,
            sentence=Span(sentence, "text", offset, offset + len(sentence), n), date=m.date,
            negated=False, modality="asserted", location=place, confidence=m.confidence,
            rule="test", coder="tacitus-test"))
        sentences.append(sentence)
        offset += len(sentence) + 1
    article = Article(article_id, f"Title {article_id}", " ".join(sentences), date, source, url)
    quote = Quote(f"{article_id}:q0", "direct", events[0].source if events else None, None,
                  Span("x", "text", 0, 1, 0), f"{article_id}:s0", (0, 0))
    result = CodedArticle(article, events=tuple(events), quotes=(quote,), coder="tacitus-test")
    return result, content_hash(article)
