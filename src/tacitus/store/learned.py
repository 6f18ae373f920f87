"""Learned actors in the store: upserted with each batch, read back before the next run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from tacitus.records import CodedArticle, LearnedActor

if TYPE_CHECKING:
    from tacitus.store.store import Store

__all__ = ["learned_frame", "read_learned", "upsert_learned", "write_learned"]

_UPSERT = """
    INSERT INTO learned_actors BY NAME
    SELECT name, any_value(alias) AS alias, code, any_value(country) AS country,
           any_value(sector) AS sector, any_value(role) AS role,
           min(first_seen) AS first_seen, max(last_seen) AS last_seen,
           sum(mentions)::INTEGER AS mentions, any_value(evidence) AS evidence,
           min(article_id) AS article_id
    FROM {source} GROUP BY name, code
    ON CONFLICT (name, code) DO UPDATE SET
        first_seen = least(learned_actors.first_seen, excluded.first_seen),
        last_seen = greatest(learned_actors.last_seen, excluded.last_seen),
        mentions = learned_actors.mentions + excluded.mentions"""


def learned_frame(facts: Sequence[LearnedActor]) -> pd.DataFrame:
    return pd.DataFrame([{
        "name": f.name, "alias": f.alias, "code": f.code, "country": f.country,
        "sector": f.sector, "role": f.role, "first_seen": f.date, "last_seen": f.date,
        "mentions": 1, "evidence": f.evidence, "article_id": f.article_id,
    } for f in facts])


def upsert_learned(con: Any, facts: Sequence[LearnedActor] = (), *,
                   parquet: str | None = None) -> None:
    """Add facts (or a Parquet part of them) on connection ``con``, inside the caller's
    transaction: a (name, code) already known gets its dates widened, its count raised."""
    if parquet is not None:
        con.execute(_UPSERT.format(source="read_parquet(?)"), [parquet])
        return
    if not facts:
        return
    con.register("_learned_in", learned_frame(facts))
    try:
        con.execute(_UPSERT.format(source="_learned_in"))
    finally:
        con.unregister("_learned_in")


def facts_of(batch: Sequence[tuple[CodedArticle, str]]) -> list[LearnedActor]:
    return [fact for coded, _ in batch for fact in coded.learned]


def write_learned(store: Store, facts: Sequence[LearnedActor]) -> None:
    """Add facts outside a batch (their own statement)."""
    upsert_learned(store.con, facts)


def read_learned(store: Store) -> list[LearnedActor]:
    """Every learned fact, as two records (first and last seen) so dates survive the trip."""
    rows = store.con.execute(
        "SELECT name, alias, code, country, sector, role, first_seen, last_seen, "
        "article_id, evidence FROM learned_actors ORDER BY name, code").fetchall()
    facts: list[LearnedActor] = []
    for name, alias, code, country, sector, role, first, last, article_id, evidence in rows:
        for when in sorted({first, last}, key=str):
            facts.append(LearnedActor(str(name), str(alias), str(code), country, sector, role,
                                      when, str(article_id), str(evidence or "")))
    return facts
