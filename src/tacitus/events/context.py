"""What coding the events of one field needs besides its parse: the article's id and date,
the pattern book, the ontology, the gazetteer, the settings and what was said where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from tacitus.config import Settings
from tacitus.events.patterns import PatternBook
from tacitus.geo import Gazetteer
from tacitus.ontology import Ontology
from tacitus.records import Actor, Event

__all__ = ["EventContext"]

SpeakerLookup = Callable[[int], Actor | None]
QuoteLookup = Callable[[int], str | None]


@dataclass(frozen=True, slots=True)
class EventContext:
    """What coding one field needs besides the parse."""

    article_id: str
    date: dt.date | None
    book: PatternBook
    ontology: Ontology
    gazetteer: Gazetteer
    settings: Settings
    coder: str
    speaker_at: SpeakerLookup | None = None
    quote_at: QuoteLookup | None = None
    earlier: tuple[Event, ...] = ()  # the events of the field's sentences before this one
