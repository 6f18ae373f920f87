"""Deduplicated events: one row per real-world event, however many articles report it.

The rule (:class:`DedupRule`, documented in docs/corpus.md): two event mentions (rows of
``events``) are the same event when they have the same source code, target code and CAMEO
code — and, with ``by_location``, the same location country — and their dates are the same or,
with ``window_days`` = N > 0, chained: sorted by date, a mention joins the group of the one
before it when it is at most N days later. Mentions without a date are never merged. Mentions
below ``min_confidence`` are left out.

Each group becomes one row of the view ``events_dedup`` with GDELT's counts — ``num_mentions``
(event rows), ``num_articles`` (distinct articles), ``num_sources`` (distinct sources: the
article's ``source``, else its URL's domain; unknown ones are not counted) — the first and last
mention's event ids (by date, then event id), every mention's id in ``event_ids`` (the evidence
stays in ``events``), the mean confidence, and the descriptive fields (names, countries,
sectors, CAMEO and PLOVER fields, location) of the first mention.

The view is defined in the database, so every reader sees the same rule; the rule is kept in
the ``dedup_rule`` table and re-applied whenever the store is opened for writing.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import duckdb

from tacitus.errors import Msg, StoreError

__all__ = ["DEFAULT_RULE", "DedupRule", "dedup_select", "define_dedup", "read_rule"]

_DOMAIN = r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?:www\.)?([^/:?#]+)"
# descriptive columns, taken from the first mention of each group
_FIRST = (
    "source_name", "source_country", "source_sector", "source_role",
    "target_name", "target_country", "target_sector", "target_role",
    "cameo_name", "cameo_root", "quad_class", "goldstein",
    "plover_event", "plover_mode", "plover_context", "plover_score", "plover_auxiliary",
    "modality", "location_name", "location_lat", "location_lon", "coder",
)


@dataclass(frozen=True, slots=True)
class DedupRule:
    """When two event mentions are one event (see the module docstring)."""

    window_days: int = 0
    by_location: bool = False
    min_confidence: float = 0.0

    def check(self) -> DedupRule:
        """Return the rule, or raise :class:`StoreError` if a value is out of range."""
        if isinstance(self.window_days, bool) or not isinstance(self.window_days, int) or not (
                0 <= self.window_days <= 3660):
            raise StoreError(Msg.T307.format(detail="window_days must be 0–3660 days"))
        conf = float(self.min_confidence)
        if not (math.isfinite(conf) and 0.0 <= conf <= 1.0):
            raise StoreError(Msg.T307.format(detail="min_confidence must be 0–1"))
        return self


DEFAULT_RULE = DedupRule()


def dedup_select(rule: DedupRule = DEFAULT_RULE) -> str:
    """The SELECT behind ``events_dedup`` for ``rule``.

    A view cannot hold query parameters: the rule's values are checked numbers (an int, a
    bool, a float in 0–1) written into the SQL as literals; nothing else is interpolated.
    """
    rule.check()
    key = ["source_code", "target_code", "cameo_code", "solo"]
    if rule.by_location:
        key.append("location_country")
    keys = ", ".join(key)
    order = "date, event_id"
    if rule.window_days == 0:
        grouped = "SELECT *, date AS grp FROM mentions"
    else:
        grouped = f"""
            SELECT *, sum(CASE WHEN prev IS NULL OR date - prev > {int(rule.window_days)}
                               THEN 1 ELSE 0 END)
                          OVER (PARTITION BY {keys} ORDER BY {order}
                                ROWS UNBOUNDED PRECEDING) AS grp
            FROM (SELECT *, lag(date) OVER (PARTITION BY {keys} ORDER BY {order}) AS prev
                  FROM mentions)"""
    firsts = ",\n               ".join(f"arg_min_null({c}, mention_rank) AS {c}" for c in _FIRST)
    location = ("location_country" if rule.by_location
                else "arg_min_null(location_country, mention_rank) AS location_country")
    return f"""
        WITH mentions AS (
            SELECT e.*, CASE WHEN e.date IS NULL THEN e.event_id END AS solo,
                   coalesce(nullif(a.source, ''),
                            nullif(regexp_extract(a.url, '{_DOMAIN}', 1), '')) AS origin,
                   a.url AS url
            FROM events e LEFT JOIN articles a USING (article_id)
            WHERE e.confidence >= {float(rule.min_confidence)!r}
        ), grouped AS ({grouped}
        ), ranked AS (
            SELECT *, row_number() OVER (PARTITION BY {keys}, grp ORDER BY {order})
                      AS mention_rank
            FROM grouped
        )
        SELECT arg_min(event_id, mention_rank) AS event_id, min(date) AS date,
               max(date) AS last_date, source_code, target_code, cameo_code, {location},
               {firsts},
               count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
               count(DISTINCT origin) AS num_sources,
               avg(confidence) AS confidence,
               arg_min(event_id, mention_rank) AS first_event_id,
               arg_max(event_id, mention_rank) AS last_event_id,
               arg_min(article_id, mention_rank) AS article_id,
               arg_min_null(url, mention_rank) AS url,
               bool_or(trigger_field = 'title' OR sentence = 0) AS is_root,
               list(event_id ORDER BY {order}) AS event_ids
        FROM ranked
        GROUP BY {keys}, grp"""


def define_dedup(con: duckdb.DuckDBPyConnection, rule: DedupRule | None = None) -> DedupRule:
    """(Re)create the ``events_dedup`` view for ``rule`` (default: the stored rule) and store
    the rule. Run it inside the store that owns ``con``."""
    chosen = read_rule(con) if rule is None else rule.check()
    con.execute(f"CREATE OR REPLACE VIEW events_dedup AS {dedup_select(chosen)}")
    if rule is not None:
        con.execute("DELETE FROM dedup_rule")
        con.execute("INSERT INTO dedup_rule VALUES (?, ?, ?, ?)",
                    [rule.window_days, rule.by_location, rule.min_confidence,
                     dt.datetime.now()])
    return chosen


def read_rule(con: duckdb.DuckDBPyConnection) -> DedupRule:
    """The rule the database holds (the default if none was set)."""
    rows = con.execute(
        "SELECT window_days, by_location, min_confidence FROM dedup_rule LIMIT 1").fetchall()
    if not rows:
        return DEFAULT_RULE
    window, by_location, min_confidence = rows[0]
    return DedupRule(int(window), bool(by_location), float(min_confidence))
