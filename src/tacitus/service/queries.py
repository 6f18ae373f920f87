"""Read queries the service needs beyond :mod:`tacitus.aggregate`: paged, filtered lists of
events, articles and quotations, one stored article with its records, top event codes.

Every filter is a typed, frozen dataclass whose values go to DuckDB as parameters; no user
string is ever pasted into SQL. Actor filters match a code prefix: ``USA`` matches ``USA``,
``USAGOV``, ``USAMIL`` …, ``USAGOV`` matches ``USAGOV`` (and ``USAGOVxxx`` agents).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from tacitus.aggregate import DyadFilter
from tacitus.store import Store

__all__ = [
    "ArticleFilter",
    "EventFilter",
    "Page",
    "QuoteFilter",
    "StoredArticle",
    "counts",
    "find_articles",
    "find_events",
    "find_quotes",
    "learned_actors",
    "stored_article",
    "top_codes",
]


@dataclass(frozen=True, slots=True)
class Page:
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to list."""

    source: str | None = None
    target: str | None = None
    symmetric: bool = False  # also events from target to source
    cameo: str | None = None  # a two-digit root ("04") or a code prefix ("043", "0431")
    quad_class: int | None = None
    plover: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    min_confidence: float = 0.0
    article: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = ["confidence >= ?"]
        params: list[Any] = [self.min_confidence]
        dyad, dyad_params = _dyad_clause(self.source, self.target, symmetric=self.symmetric)
        if dyad:
            clauses.append(dyad)
            params += dyad_params
        if self.cameo:
            if len(self.cameo) == 2:
                clauses.append("cameo_root = ?")
            else:
                clauses.append("starts_with(cameo_code, ?)")
            params.append(self.cameo)
        optional: tuple[tuple[str, Any], ...] = (
            ("quad_class = ?", self.quad_class), ("plover_event = ?", _upper(self.plover)),
            ("date >= ?", self.start), ("date <= ?", self.end), ("article_id = ?", self.article))
        for clause, value in optional:
            if value is not None:
                clauses.append(clause)
                params.append(value)
        return " AND ".join(clauses), params


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Which articles to list: ``query`` is found (case-insensitively) in title or text."""

    query: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.query:
            clauses.append("contains(lower(coalesce(title, '') || ' ' || coalesce(text, '')), "
                           "lower(?))")
            params.append(self.query)
        return _dates(clauses, params, self.start, self.end)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotations to list: ``speaker`` is an actor code prefix or part of a name."""

    speaker: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    article: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.speaker:
            clauses.append("(starts_with(q.speaker_code, ?) OR contains(lower(coalesce("
                           "q.speaker_name, q.speaker_text, '')), lower(?)))")
            params += [self.speaker.upper(), self.speaker]
        if self.article is not None:
            clauses.append("q.article_id = ?")
            params.append(self.article)
        return _dates(clauses, params, self.start, self.end, column="a.date")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One article row with the rows of its actors, events and quotations."""

    article: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    quotes: pd.DataFrame


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _dyad_clause(source: str | None, target: str | None, *,
                 symmetric: bool) -> tuple[str, list[Any]]:
    pair = [(c, v.upper()) for c, v in (("source", source), ("target", target)) if v]
    if not pair:
        return "", []
    forward = " AND ".join(f"starts_with({c}_code, ?)" for c, _ in pair)
    params = [v for _, v in pair]
    if not symmetric:
        return f"({forward})", params
    swap = {"source": "target", "target": "source"}
    backward = " AND ".join(f"starts_with({swap[c]}_code, ?)" for c, _ in pair)
    return f"(({forward}) OR ({backward}))", params * 2


def _dates(clauses: list[str], params: list[Any], start: dt.date | None, end: dt.date | None,
           *, column: str = "date") -> tuple[str, list[Any]]:
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(start)
    if end is not None:
        clauses.append(f"{column} <= ?")
        params.append(end)
    return " AND ".join(clauses), params


def _total(store: Store, sql: str, params: list[Any]) -> int:
    frame = store.query(f"SELECT count(*) AS n FROM ({sql})", params)
    return int(frame["n"].iloc[0])


def find_events(store: Store, flt: EventFilter, page: Page) -> tuple[pd.DataFrame, int]:
    """One page of events (newest first) with their article's title, and the total."""
    where, params = flt.where()
    base = f"SELECT * FROM events WHERE {where}"
    rows = store.query(
        f"""WITH page AS ({base} ORDER BY date DESC NULLS LAST, event_id LIMIT ? OFFSET ?)
            SELECT page.*, a.title AS article_title, a.url AS article_url
            FROM page LEFT JOIN articles a USING (article_id)
            ORDER BY page.date DESC NULLS LAST, page.event_id""",
        [*params, page.limit, page.offset])
    return rows, _total(store, base, params)


def find_articles(store: Store, flt: ArticleFilter, page: Page) -> tuple[pd.DataFrame, int]:
    """One page of articles (newest first) with their event and quotation counts."""
    where, params = flt.where()
    base = f"SELECT article_id, title, date, source, url FROM articles WHERE {where}"
    rows = store.query(
        f"""WITH page AS ({base} ORDER BY date DESC NULLS LAST, article_id LIMIT ? OFFSET ?)
            SELECT page.*,
                   (SELECT count(*) FROM events e WHERE e.article_id = page.article_id)
                       AS events,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = page.article_id)
                       AS quotes
            FROM page ORDER BY date DESC NULLS LAST, article_id""",
        [*params, page.limit, page.offset])
    return rows, _total(store, base, params)


def find_quotes(store: Store, flt: QuoteFilter, page: Page) -> tuple[pd.DataFrame, int]:
    """One page of quotations (newest article first) with the article's date and title."""
    where, params = flt.where()
    base = f"""SELECT q.*, a.date, a.title AS article_title
               FROM quotes q JOIN articles a USING (article_id) WHERE {where}"""
    rows = store.query(
        f"{base} ORDER BY a.date DESC NULLS LAST, q.article_id, q.content_start LIMIT ? OFFSET ?",
        [*params, page.limit, page.offset])
    return rows, _total(store, base, params)


def stored_article(store: Store, article_id: str) -> StoredArticle | None:
    """An article as stored, with its records; None if there is no such article."""
    article = store.query(
        "SELECT article_id, title, text, date, source, url, coder, warnings FROM articles "
        "WHERE article_id = ?", [article_id])
    if article.empty:
        return None
    return StoredArticle(
        article=article,
        actors=store.query('SELECT * FROM actors WHERE article_id = ? ORDER BY field DESC, '
                           'start, "end"', [article_id]),
        events=store.query("SELECT * FROM events WHERE article_id = ? ORDER BY trigger_field "
                           "DESC, trigger_start, event_id", [article_id]),
        quotes=store.query("SELECT * FROM quotes WHERE article_id = ? ORDER BY content_field "
                           "DESC, content_start", [article_id]),
    )


def top_codes(store: Store, flt: DyadFilter, *, limit: int = 15) -> pd.DataFrame:
    """The CAMEO codes most used in the events ``flt`` selects, with their Goldstein sums."""
    where, params = flt.where()
    return store.query(
        f"""SELECT cameo_code AS code, any_value(cameo_name) AS name,
                   any_value(cameo_root) AS root, any_value(quad_class) AS quad_class,
                   count(*) AS events, round(sum(goldstein), 2) AS goldstein_sum
            FROM events WHERE {where} GROUP BY cameo_code
            ORDER BY events DESC, code LIMIT ?""", [*params, limit])


def learned_actors(store: Store, page: Page) -> tuple[pd.DataFrame, int] | None:
    """One page of the ``learned_actors`` table (most mentioned first); None without it."""
    present = store.query(
        "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?",
        ["learned_actors"])
    if int(present["n"].iloc[0]) == 0:
        return None
    base = "SELECT * FROM learned_actors"
    rows = store.query(f"{base} ORDER BY mentions DESC NULLS LAST, name, code LIMIT ? OFFSET ?",
                       [page.limit, page.offset])
    return rows, _total(store, base, [])


def counts(store: Store) -> dict[str, int]:
    """How many articles, events, quotations and actor mentions the store holds."""
    return {table: store.count(table) for table in ("articles", "events", "quotes", "actors")}
