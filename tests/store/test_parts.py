"""Parquet parts: a reused part writer writes each batch alone, and the store loads what
``Store.write`` would have stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tacitus.errors import StoreError
from tacitus.records import CodedArticle
from tacitus.store import Store
from tacitus.store.parts import PartWriter, write_parts
from tests.store.synthetic import Mention, coded

DAY = dt.date(2020, 1, 2)
COMPARED = {
    "articles": "SELECT * FROM articles ORDER BY article_id",
    "actors": "SELECT * FROM actors ORDER BY article_id, field, start, code",
    "events": "SELECT * FROM events ORDER BY event_id",
    "quotes": "SELECT * FROM quotes ORDER BY quote_id",
}


def _batch(name: str, size: int) -> list[tuple[CodedArticle, str]]:
    return [coded(f"{name}{i}", [Mention("USAGOV", "040", "RUSGOV", DAY),
                                 Mention("RUSGOV", "112", "UKRGOV", DAY, place="UKR")])
            for i in range(size)]


def _rows(path: str) -> int:
    (row,) = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()
    return int(row[0])


def test_a_reused_writer_writes_each_batch_alone(tmp_path: Path) -> None:
    batches = [_batch("a", 3), _batch("b", 2), _batch("c", 4)]
    with PartWriter() as writer:
        parts = [writer.write(batch, 7, tmp_path, f"p{i}") for i, batch in enumerate(batches)]
    for batch, written in zip(batches, parts, strict=True):
        assert set(written) == {"articles", "events", "quotes"}  # no actors table rows here
        assert _rows(written["articles"]) == len(batch)
        assert _rows(written["events"]) == 2 * len(batch)
    with Store(tmp_path / "loaded.duckdb") as loaded, Store(tmp_path / "written.duckdb") as direct:
        for batch, written in zip(batches, parts, strict=True):
            loaded.load_parts(written)
            direct.write(batch, 7)
        for name, sql in COMPARED.items():
            pd.testing.assert_frame_equal(loaded.query(sql), direct.query(sql), obj=name)


def test_the_one_off_form_writes_the_same(tmp_path: Path) -> None:
    batch = _batch("a", 3)
    with PartWriter() as writer:
        writer.write(_batch("z", 2), 1, tmp_path / "reused", "first")
        reused = writer.write(batch, 1, tmp_path / "reused", "second")
    once = write_parts(batch, 1, tmp_path / "once", "second")
    assert set(reused) == set(once)
    for table in once:
        pd.testing.assert_frame_equal(duckdb.sql(f"SELECT * FROM '{reused[table]}'").df(),
                                      duckdb.sql(f"SELECT * FROM '{once[table]}'").df())
    assert write_parts([], 1, tmp_path, "empty") == {}


def test_a_failed_batch_leaves_nothing_for_the_next(tmp_path: Path) -> None:
    twice = _batch("d", 1) * 2  # the same article twice: its primary key is violated
    with PartWriter() as writer:
        with pytest.raises(StoreError):
            writer.write(twice, 1, tmp_path, "bad")
        written = writer.write(_batch("e", 2), 1, tmp_path, "good")
    assert _rows(written["articles"]) == 2
    assert not (tmp_path / "articles" / "bad.parquet").exists()
