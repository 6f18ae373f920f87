"""The Dask engine's partitions (no cluster, no model): at most ``partition_size`` articles,
ended early by long texts, never empty; bad records and stored articles go to the run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tacitus.config import Settings
from tacitus.distributed import _chunks
from tacitus.documents import BadRecord
from tacitus.ingest import IngestRun
from tacitus.records import Article
from tacitus.store import Store


def _article(n: int, chars: int) -> Article:
    return Article(f"a{n}", "", f"{n:05d}" + "x" * (chars - 5), dt.date(2020, 1, 1))


def test_partitions_end_at_the_size_or_the_characters(tmp_db: Path) -> None:
    lengths = [10, 10, 10, 10, 10, 100, 10, 250, 10, 10]
    items: list[Article | BadRecord] = [_article(n, c) for n, c in enumerate(lengths)]
    items.insert(3, BadRecord("line 4", "not JSON"))
    with Store(tmp_db) as store:
        run = IngestRun(store, coder="test", settings=Settings())
        chunks = list(_chunks(run, items, 4, 100))
        run.finish()
    sizes = [[len(article.text) for article, _ in chunk] for chunk in chunks]
    assert sizes == [[10, 10, 10, 10], [10, 100], [10, 250], [10, 10]]
    assert [a.id for chunk in chunks for a, _ in chunk] == [f"a{n}" for n in range(10)]
    assert [bad.where for bad in run.errors] == ["line 4"]
