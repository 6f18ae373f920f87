"""The record contract: typed, frozen records that pass between the stages.

Every record converts to plain JSON-ready dicts with :func:`to_dict` and back with
:func:`from_dict`; the round trip is exact (tested). Offsets are character offsets into the
article field named by ``field`` ("title" or "text"), end-exclusive, so that
``getattr(article, span.field)[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from tacitus.errors import InputError, Msg

__all__ = [
    "Actor",
    "Article",
    "Cameo",
    "CodedArticle",
    "Event",
    "Field",
    "LearnedActor",
    "Location",
    "Modality",
    "Plover",
    "Quote",
    "QuoteKind",
    "Span",
    "from_dict",
    "parse_date",
    "to_dict",
]

Field = Literal["title", "text"]
Modality = Literal["asserted", "intent", "future", "hypothetical", "appeal", "demand", "threat"]
QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Article:
    """A news article as it enters Tacitus."""

    id: str
    title: str
    text: str
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        # Python callers often hold the date as text or as a datetime: read them as the article
        # readers do, and refuse anything else
        value: object = self.date
        if value is None or type(value) is dt.date:
            return
        if not isinstance(value, (str, dt.date)):
            raise InputError(Msg.T006.format(where=f"article {self.id!r}", value=value))
        object.__setattr__(self, "date", parse_date(value, where=f"article {self.id!r}"))


_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y")


def parse_date(value: object, *, where: str = "record") -> dt.date | None:
    """Parse an ISO date (or the date part of an ISO timestamp, or "8 May 2013", "May 8, 2013");
    ``None``/"" stay ``None``; anything else is an :class:`InputError` (T006)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    candidate = text[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(candidate, fmt).date()
        except ValueError:
            continue
    raise InputError(Msg.T006.format(where=where, value=value))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article field: its text, where it is, and in which sentence."""

    text: str
    field: Field
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor mention.

    ``code`` is the CAMEO-style actor code (``USAGOV``, ``IGOUNO``, ``---REB``) or ``None``
    when the mention could not be resolved; ``how`` says which rule resolved it.
    """

    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    span: Span
    how: str
    confidence: float
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class Plover:
    """The PLOVER coding: event type, mode, context, score, and the auxiliary mode.

    ``auxiliary`` is PLOVER's auxiliary mode: "" for a plain reported event, else
    ``future``, ``hypothetical``, ``historical`` or ``negation``.
    """

    event: str
    mode: str
    context: str
    score: float | None
    auxiliary: str = ""


@dataclass(frozen=True, slots=True)
class Location:
    """A place named in the sentence of an event, with its country and coordinates."""

    name: str
    country: str | None
    span: Span
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, with its evidence."""

    id: str
    source: Actor
    target: Actor
    cameo: Cameo
    plover: Plover
    trigger: Span
    sentence: Span
    date: dt.date | None
    negated: bool
    modality: Modality
    location: Location | None
    confidence: float
    rule: str
    coder: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted or reported piece of speech.

    Pieces of one statement interrupted by the attribution share ``statement``.
    """

    id: str
    kind: QuoteKind
    speaker: Actor | None
    cue: Span | None
    content: Span
    statement: str
    sentences: tuple[int, int]
    addressee: Actor | None = None


@dataclass(frozen=True, slots=True)
class LearnedActor:
    """Something the text taught: "Nigerian police spokesman Frank Mba" → Mba is NGACOP on that
    date. Stored, and used for later articles that only say "Mba" (never over the curated
    knowledge base)."""

    name: str
    alias: str
    code: str
    country: str | None
    sector: str | None
    role: str | None
    date: dt.date | None
    article_id: str
    evidence: str


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with everything Tacitus found in it."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    coder: str = ""
    learned: tuple[LearnedActor, ...] = ()


# --------------------------------------------------------------------------- JSON round trip

R = TypeVar("R")


def to_dict(record: Any) -> Any:
    """Convert a record (or a tuple of them) to JSON-ready Python values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, tuple | list):
        return [to_dict(item) for item in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def from_dict(cls: type[R], data: Any) -> R:
    """Build a record of type ``cls`` from the output of :func:`to_dict`."""
    return typing.cast(R, _convert(cls, data))


def _convert(tp: Any, value: Any) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _convert(args[0], value)
    if origin is tuple:
        items = get_args(tp)
        if len(items) == 2 and items[1] is Ellipsis:
            return tuple(_convert(items[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(items, value, strict=True))
    if origin is Literal:
        return value
    if tp is dt.date:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {f.name: _convert(hints[f.name], value[f.name])
                  for f in dataclasses.fields(tp) if f.name in value}
        return tp(**kwargs)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    return get_type_hints(tp, globalns={**globals(), "dt": dt})
