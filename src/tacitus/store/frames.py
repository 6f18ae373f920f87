"""Coded articles → pandas DataFrames shaped like the store's tables (for bulk inserts).

Frames are built column by column (one pass over the records per column, with C-level
attribute getters) into typed NumPy arrays (the dtypes pandas would infer, without the
inference), which is about twice as fast as a dict per row: this is the store's bulk path,
measured in ``bench/corpus.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd

from tacitus.records import Actor, CodedArticle, Event, Quote

__all__ = ["TABLES", "frames_of"]

TABLES = ("articles", "actors", "events", "quotes")

_ACTOR_FIELDS = (("code", "code"), ("country", "country"), ("sector", "sector"),
                 ("name", "name"), ("role", "role"), ("text", "span.text"),
                 ("field", "span.field"), ("start", "span.start"), ("end", "span.end"),
                 ("how", "how"), ("confidence", "confidence"))
_EVENT_FIELDS = (
    ("cameo_code", "cameo.code"), ("cameo_name", "cameo.name"), ("cameo_root", "cameo.root"),
    ("quad_class", "cameo.quad_class"), ("goldstein", "cameo.goldstein"),
    ("plover_event", "plover.event"), ("plover_mode", "plover.mode"),
    ("plover_context", "plover.context"), ("plover_score", "plover.score"),
    ("plover_auxiliary", "plover.auxiliary"), ("trigger_text", "trigger.text"),
    ("trigger_field", "trigger.field"), ("trigger_start", "trigger.start"),
    ("trigger_end", "trigger.end"), ("sentence", "sentence.sentence"),
    ("sentence_text", "sentence.text"), ("negated", "negated"), ("modality", "modality"),
)
_LOCATION_FIELDS = (("location_name", "name"), ("location_country", "country"),
                    ("location_lat", "lat"), ("location_lon", "lon"))
_TAIL_FIELDS = (("confidence", "confidence"), ("rule", "rule"), ("coder", "coder"),
                ("quote_id", "quote"))


def _frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    return pd.DataFrame({name: _array(values) for name, values in columns.items()})


def _array(values: list[Any]) -> Any:
    """``values`` as the NumPy array pandas would infer: bool, int64, float64 (ints or floats
    with None → NaN), else object."""
    kinds = set(map(type, values))
    if kinds == {bool}:
        return np.array(values, dtype=bool)
    if kinds == {int}:
        return np.array(values, dtype=np.int64)
    if kinds and kinds <= {int, float, type(None)} and kinds != {type(None)}:
        return np.array(values, dtype=np.float64)
    array = np.empty(len(values), dtype=object)
    if list in kinds or tuple in kinds:
        for i, value in enumerate(values):
            array[i] = value
    else:
        array[:] = values
    return array


def _column(items: Sequence[Any], path: str) -> list[Any]:
    return list(map(attrgetter(path), items))


def _optional(items: Sequence[Any], get: Callable[[Any], Any]) -> list[Any]:
    return [None if item is None else get(item) for item in items]


def _actor_columns(prefix: str, actors: Sequence[Actor | None]) -> dict[str, list[Any]]:
    if all(a is not None for a in actors):
        return {f"{prefix}_{name}": _column(actors, path) for name, path in _ACTOR_FIELDS}
    return {f"{prefix}_{name}": _optional(actors, attrgetter(path))
            for name, path in _ACTOR_FIELDS}


def _events_frame(rows: Sequence[tuple[Event, str]]) -> pd.DataFrame:
    events = [event for event, _ in rows]
    places = _column(events, "location")
    return _frame({
        "event_id": _column(events, "id"), "article_id": [a for _, a in rows],
        "date": _column(events, "date"),
        **_actor_columns("source", _column(events, "source")),
        **_actor_columns("target", _column(events, "target")),
        **{name: _column(events, path) for name, path in _EVENT_FIELDS},
        **{name: _optional(places, attrgetter(path)) for name, path in _LOCATION_FIELDS},
        **{name: _column(events, path) for name, path in _TAIL_FIELDS},
    })


def _quotes_frame(rows: Sequence[tuple[Quote, str]]) -> pd.DataFrame:
    quotes = [quote for quote, _ in rows]
    cues = _column(quotes, "cue")
    addressees = _column(quotes, "addressee")
    return _frame({
        "quote_id": _column(quotes, "id"), "article_id": [a for _, a in rows],
        "kind": _column(quotes, "kind"), "statement": _column(quotes, "statement"),
        **_actor_columns("speaker", _column(quotes, "speaker")),
        **{f"cue_{name}": _optional(cues, attrgetter(name)) for name in ("text", "start", "end")},
        **{f"content_{name}": _column(quotes, f"content.{name}")
           for name in ("text", "field", "start", "end")},
        "sentence_first": [q.sentences[0] for q in quotes],
        "sentence_last": [q.sentences[1] for q in quotes],
        "addressee_code": _optional(addressees, attrgetter("code")),
        "addressee_name": _optional(addressees, attrgetter("name")),
    })


def _actors_frame(rows: Sequence[tuple[Actor, str]]) -> pd.DataFrame:
    actors = [actor for actor, _ in rows]
    return _frame({
        "article_id": [a for _, a in rows],
        **{name: _column(actors, f"span.{name}") for name in ("field", "start", "end",
                                                              "sentence", "text")},
        **{name: _column(actors, name) for name in ("code", "country", "sector", "name",
                                                    "role", "how", "confidence")},
    })


def _articles_frame(batch: Sequence[tuple[CodedArticle, str]], run_id: int) -> pd.DataFrame:
    articles = [coded.article for coded, _ in batch]
    return _frame({
        "article_id": _column(articles, "id"), "content_hash": [d for _, d in batch],
        **{name: _column(articles, name) for name in ("title", "text", "date", "source",
                                                      "url")},
        "run_id": [run_id] * len(batch), "coder": [coded.coder for coded, _ in batch],
        "warnings": [list(coded.warnings) for coded, _ in batch],
    })


def frames_of(batch: Sequence[tuple[CodedArticle, str]], run_id: int) -> dict[str, pd.DataFrame]:
    """One DataFrame per table for ``batch`` (coded article, content hash) pairs."""
    events = [(e, c.article.id) for c, _ in batch for e in c.events]
    quotes = [(q, c.article.id) for c, _ in batch for q in c.quotes]
    actors = [(a, c.article.id) for c, _ in batch for a in c.actors]
    return {"articles": _articles_frame(batch, run_id), "actors": _actors_frame(actors),
            "events": _events_frame(events), "quotes": _quotes_frame(quotes)}
