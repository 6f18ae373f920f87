"""Single process, ``--processes 2`` and ``--engine dask`` store identical tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.distributed import ingest_dask
from tacitus.documents import read_articles
from tacitus.ingest import ingest
from tacitus.store import Store
from tests.corpus.stories import stories, write_jsonl

pytestmark = [pytest.mark.model, pytest.mark.slow]
runner = CliRunner()

COMPARED = {
    "articles": "SELECT * EXCLUDE (run_id) FROM articles ORDER BY article_id",
    "events": "SELECT * FROM events ORDER BY event_id",
    "quotes": "SELECT * FROM quotes ORDER BY quote_id",
    "actors": "SELECT * FROM actors ORDER BY article_id, field, start, code",
    "errors": "SELECT DISTINCT location, message FROM errors ORDER BY location",
}


def _tables(db: Path) -> dict[str, pd.DataFrame]:
    with Store(db, read_only=True) as store:
        return {name: store.query(sql) for name, sql in COMPARED.items()}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("engines")
    path = write_jsonl(folder / "stories.jsonl", stories(20))
    with path.open("a", encoding="utf-8") as handle:  # one bad line and one empty article
        handle.write("{not json\n" + '{"id": "empty", "title": "", "text": ""}\n')
    return path


@pytest.fixture(scope="module")
def single(source: Path, tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    with Store(db) as store:
        report = ingest(read_articles([source]), store, coder, write_every=8)
    assert report.articles == 20 and len(report.errors) == 2 and report.events > 20
    return db


def _assert_same(db: Path, reference: Path) -> None:
    got, expected = _tables(db), _tables(reference)
    for name in COMPARED:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)


def test_two_processes_store_what_one_process_stores(source: Path, single: Path,
                                                     tmp_path: Path) -> None:
    db = tmp_path / "processes.duckdb"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--processes", "2",
                                 "--batch-size", "8", "-q"])
    assert result.exit_code == 0, result.output
    assert "20 articles coded" in result.stderr
    _assert_same(db, single)


def test_a_dask_cluster_stores_what_one_process_stores(source: Path, single: Path,
                                                       tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    db = tmp_path / "dask.duckdb"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client, Store(db) as store:
        report = ingest_dask(read_articles([source]), store, client=client, partition_size=6,
                             parts_dir=tmp_path / "parts")
        assert (report.articles, len(report.errors)) == (20, 2)
        again = ingest_dask(read_articles([source]), store, client=client, partition_size=6)
        assert (again.articles, again.skipped) == (0, 20)
    assert not list((tmp_path / "parts").rglob("*.parquet"))  # loaded, then removed
    _assert_same(db, single)


def test_ingest_engine_dask_from_the_command_line(source: Path, single: Path,
                                                  tmp_path: Path) -> None:
    db = tmp_path / "cli-dask.duckdb"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--engine", "dask",
                                 "--workers", "2", "--batch-size", "5", "-q"])
    assert result.exit_code == 0, result.output
    assert "20 articles coded" in result.stderr and "2 errors" in result.stderr
    _assert_same(db, single)

