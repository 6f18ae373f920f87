"""Evaluation: read gold standards, code their texts, score at several levels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tacitus.coding import Coder
from tacitus.documents import BadRecord
from tacitus.evaluate.coverage import Coverage, actor_coverage
from tacitus.evaluate.gold import GoldEvent, GoldRecord, read_gold
from tacitus.evaluate.score import LEVELS, Counts, ErrorCase, EvalReport, by_category, score
from tacitus.records import Article, CodedArticle

__all__ = [
    "LEVELS",
    "Counts",
    "Coverage",
    "ErrorCase",
    "EvalReport",
    "GoldEvent",
    "GoldRecord",
    "actor_coverage",
    "by_category",
    "coverage",
    "evaluate",
    "read_gold",
    "score",
]


def _coded(records: list[GoldRecord], coder: Coder, default_date: dt.date | None
           ) -> list[CodedArticle]:
    articles = [Article(id=r.id or str(i), title="", text=r.text, date=r.date or default_date)
                for i, r in enumerate(records)]
    coded: list[CodedArticle] = []
    for result in coder.code_many(articles):
        if isinstance(result, BadRecord):
            # a record the coder rejects codes nothing
            coded.append(CodedArticle(Article(id=result.where, title="", text="")))
        else:
            coded.append(result)
    return coded


def coverage(path: Path, coder: Coder, *, default_date: dt.date | None = None) -> Coverage:
    """How many gold actors (by country) are among the actors resolved in their record."""
    records = [r for r in read_gold(path) if r.actors_given]
    return actor_coverage(Path(path).name,
                          zip(records, _coded(records, coder, default_date), strict=True))


def evaluate(path: Path, coder: Coder, *, default_date: dt.date | None = None) -> EvalReport:
    """Code every record of the gold file at ``path`` and score the result.

    Gold that gives event codes without actors is coded with ``require_dyad`` off, so that an
    event whose actors are unresolved still shows its code.
    """
    records = list(read_gold(path))
    if records and not any(r.actors_given for r in records):
        coder = coder.with_settings(require_dyad=False)
    coded = _coded(records, coder, default_date)
    return score(Path(path).name, zip(records, coded, strict=True))
