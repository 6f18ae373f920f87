"""Ingest from every reader (HTML, RSS, JSONL, globs), progress statuses, and re-runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.documents import count_records, read_articles
from tacitus.ingest import IngestStatus, ingest
from tacitus.store import Store
from tests.corpus.stories import stories, write_jsonl
from tests.documents.test_html_feeds import PAGE, RSS

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kerry.html").write_text(PAGE, encoding="utf-8")
    (folder / "world.rss").write_text(RSS, encoding="utf-8")  # 2 items and 1 empty item
    write_jsonl(folder / "wire.jsonl", stories(3))
    return folder


def test_progress_reports_every_record(inputs: Path, tmp_db: Path, coder: Any) -> None:
    statuses: list[IngestStatus] = []
    with Store(tmp_db) as store:
        report = ingest(read_articles([inputs]), store, coder, write_every=2,
                        progress=statuses.append)
    final = statuses[-1]
    assert (report.articles, len(report.errors)) == (6, 1)
    assert final.seen == count_records([inputs]) == 7
    assert (final.coded, final.stored, final.errors, final.events) == (6, 6, 1, report.events)
    assert [s.seen for s in statuses] == sorted(s.seen for s in statuses)
    assert [s.stored for s in statuses if s.stored] [:3] == [2, 2, 2]  # batches of two


def test_ingest_command_with_a_glob_then_again(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "in.duckdb"
    args = ["ingest", str(inputs / "*.html"), str(inputs / "world.rss"),
            str(inputs / "wire.jsonl"), "--db", str(db), "--batch-size", "2"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "6 articles coded, 0 already stored" in first.stderr
    assert "1 errors" in first.stderr and "world.rss:item 2" in first.stderr
    with Store(db, read_only=True) as store:
        sources = store.query("SELECT source, count(*) AS n FROM articles GROUP BY ALL "
                              "ORDER BY source")
    assert dict(zip(sources["source"], sources["n"], strict=True)) == {
        "Example News": 1, "World News": 2, "Wire 0": 1, "Wire 1": 1, "Wire 2": 1}
    again = runner.invoke(app, [*args, "-q"])
    assert "0 articles coded, 6 already stored" in again.stderr
