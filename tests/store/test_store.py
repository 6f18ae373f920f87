"""The DuckDB store: migrations, bulk writes, idempotent ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tacitus.documents import BadRecord
from tacitus.ingest import ingest
from tacitus.records import Article
from tacitus.store import Store, summarize
from tacitus.store.schema import MIGRATIONS

pytestmark = pytest.mark.model

ARTICLES = [
    Article("a1", "Talks in Moscow",
            "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in "
            "Moscow on Tuesday. \"We had a useful meeting,\" Kerry said.", dt.date(2013, 5, 8)),
    Article("a2", "Protest", "Thousands of protesters rallied against the government in Tunis "
            "on Sunday, and police arrested 30 demonstrators.", dt.date(2022, 10, 16)),
]


def test_migrations_apply_once(tmp_db: Path) -> None:
    with Store(tmp_db) as store:
        assert store.migrate() == []
        names = set(store.query("SELECT name FROM schema_migrations")["name"])
    assert names == {name for name, _ in MIGRATIONS}
    with Store(tmp_db) as store:
        assert store.migrate() == []


def test_ingest_is_idempotent(tmp_db: Path, coder: Any) -> None:
    with Store(tmp_db) as store:
        first = ingest(ARTICLES, store, coder)
        events = store.count("events")
        second = ingest(ARTICLES, store, coder)
        assert (first.articles, second.articles, second.skipped) == (2, 0, 2)
        assert store.count("articles") == 2 and store.count("events") == events > 0
        assert store.count("runs") == 2


def test_bad_records_are_stored_as_errors_and_the_rest_is_coded(tmp_db: Path, coder: Any) -> None:
    items: list[Article | BadRecord] = [BadRecord("x.jsonl:3", "[T004] broken"),
                                        Article("e", "", ""), ARTICLES[0]]
    with Store(tmp_db) as store:
        report = ingest(items, store, coder)
        assert report.articles == 1 and len(report.errors) == 2
        errors = store.query("SELECT location, message FROM errors ORDER BY location")
        assert list(errors["location"]) == ["article 'e'", "x.jsonl:3"]


def test_same_id_different_content_keeps_both(tmp_db: Path, coder: Any) -> None:
    twin = Article("a1", "Other story", "Police arrested a journalist in Harare on Monday.",
                   dt.date(2021, 3, 9))
    with Store(tmp_db) as store:
        ingest([ARTICLES[0], twin], store, coder)
        ids = sorted(store.query("SELECT article_id FROM articles")["article_id"])
    assert ids[0] == "a1" and ids[1].startswith("a1-") and len(ids) == 2


def test_summary_reads_back_what_was_written(tmp_db: Path, coder: Any) -> None:
    with Store(tmp_db) as store:
        ingest(ARTICLES, store, coder)
        summary = summarize(store)
        events = store.query("SELECT * FROM events")
    assert summary.articles == 2 and summary.events == len(events) > 0
    assert {"source", "target", "code", "events"} <= set(summary.dyads.columns)
    assert summary.quotes >= 1
    row = events.iloc[0]
    text = ARTICLES[0].text if row["article_id"] == "a1" else ARTICLES[1].text
    assert text[row["trigger_start"]:row["trigger_end"]] == row["trigger_text"]
