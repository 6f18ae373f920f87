"""Dyad time series, top actors and the actor network — parameterised SQL run in DuckDB.

An actor filter matches a full code (``USAGOV``), a country (``USA`` matches ``USA``,
``USAGOV``, ``USAMIL`` …) or any code prefix; filters are always passed as parameters, never
pasted into SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from tacitus.store import Store

__all__ = ["PERIODS", "TABLES", "DyadFilter", "dyads", "network", "top_actors"]

PERIODS = ("day", "week", "month", "quarter", "year")
TABLES = ("events", "events_dedup")  # what the aggregates read: every mention, or merged events
_ROOTS = [f"{r:02d}" for r in range(1, 21)]


@dataclass(frozen=True, slots=True)
class DyadFilter:
    """Which events to aggregate."""

    source: str | None = None
    target: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    min_confidence: float = 0.0
    symmetric: bool = False  # also count target→source events of the dyad

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["date IS NOT NULL", "confidence >= ?"]
        params: list[Any] = [self.min_confidence]
        pair = []
        for column, value in (("source", self.source), ("target", self.target)):
            if value:
                pair.append((column, value))
        if pair:
            forward = " AND ".join(f"starts_with({c}_code, ?)" for c, _ in pair)
            params += [v.upper() for _, v in pair]
            if self.symmetric and len(pair) == 2:
                backward = " AND ".join(f"starts_with({c}_code, ?)" for c in ("target", "source"))
                clauses.append(f"(({forward}) OR ({backward}))")
                params += [v.upper() for _, v in pair]
            else:
                clauses.append(f"({forward})")
        if self.start is not None:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end is not None:
            clauses.append("date <= ?")
            params.append(self.end)
        return " AND ".join(clauses), params


def dyads(store: Store, flt: DyadFilter | None = None, *, by: str = "week",
          table: str = "events") -> pd.DataFrame:
    """Events per (period, source, target): counts by quad class and by CAMEO root, the
    Goldstein sum and mean, and the summed PLOVER event score. ``mentions`` counts the
    mentions behind the events (equal to ``events`` over ``events``; over ``events_dedup``
    the sum of ``num_mentions``)."""
    if by not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {by!r}")
    _check_table(table)
    where, params = (flt or DyadFilter()).where()
    roots = ", ".join(f"count(*) FILTER (cameo_root = '{r}') AS root_{r}" for r in _ROOTS)
    mentions = "sum(num_mentions)::BIGINT" if table == "events_dedup" else "count(*)"
    sql = f"""
        SELECT date_trunc('{by}', date)::DATE AS period, source_code AS source,
               target_code AS target, count(*) AS events, {mentions} AS mentions,
               count(*) FILTER (quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (quad_class = 2) AS material_cooperation,
               count(*) FILTER (quad_class = 3) AS verbal_conflict,
               count(*) FILTER (quad_class = 4) AS material_conflict,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(sum(coalesce(plover_score, 0)), 2) AS plover_score,
               {roots}
        FROM {table}
        WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY ALL ORDER BY period, events DESC, source, target"""
    return store.query(sql, params)


def top_actors(store: Store, *, limit: int = 20, role: str = "any",
               start: dt.date | None = None, end: dt.date | None = None,
               table: str = "events", min_confidence: float = 0.0) -> pd.DataFrame:
    """The actors in most events, as source, target or either."""
    if role not in ("source", "target", "any"):
        raise ValueError("role must be source, target or any")
    _check_table(table)
    flt = DyadFilter(start=start, end=end, min_confidence=min_confidence)
    where, params = flt.where()
    parts = []
    for column in (("source", "target") if role == "any" else (role,)):
        parts.append(f"SELECT {column}_code AS code, {column}_name AS name, goldstein, "
                     f"'{column}' AS role FROM {table} WHERE {where} "
                     f"AND {column}_code IS NOT NULL")
    union = " UNION ALL ".join(parts)
    sql = f"""
        SELECT code, coalesce(mode(name), '') AS name, count(*) AS events,
               count(*) FILTER (role = 'source') AS as_source,
               count(*) FILTER (role = 'target') AS as_target,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM ({union}) GROUP BY code ORDER BY events DESC, code LIMIT ?"""
    return store.query(sql, params * len(parts) + [limit])


def network(store: Store, *, min_events: int = 1, limit: int = 200,
            start: dt.date | None = None, end: dt.date | None = None,
            table: str = "events", flt: DyadFilter | None = None) -> pd.DataFrame:
    """Weighted directed edges source → target: event count, Goldstein sum, conflict share.

    ``flt`` (actor prefixes, confidence) is applied with ``start``/``end`` taking precedence
    when given."""
    _check_table(table)
    base = flt or DyadFilter()
    if start is not None or end is not None:
        base = DyadFilter(base.source, base.target, start or base.start, end or base.end,
                          base.min_confidence, base.symmetric)
    where, params = base.where()
    sql = f"""
        SELECT source_code AS source, target_code AS target, count(*) AS weight,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), 3) AS conflict_share
        FROM {table}
        WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
              AND source_code <> target_code
        GROUP BY ALL HAVING count(*) >= ? ORDER BY weight DESC, source, target LIMIT ?"""
    return store.query(sql, [*params, min_events, limit])


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"unknown events table {table!r}; choose one of {TABLES}")
