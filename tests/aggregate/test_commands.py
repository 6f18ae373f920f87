"""``tacitus dyads``, ``network``, ``actors top`` and ``dedup`` on a store of hand-built
events (no model): every output format reads back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tacitus.aggregate import DyadFilter, dyads
from tacitus.cli import app
from tacitus.store import Store
from tests.store.synthetic import Mention, coded

runner = CliRunner()
MON, TUE, NEXT = dt.date(2013, 5, 6), dt.date(2013, 5, 7), dt.date(2013, 5, 14)
BATCH = [
    coded("a1", [Mention("USAGOV", "040", "RUSGOV", MON), Mention("USAGOV", "112", "RUSGOV", TUE),
                 Mention("RUSGOV", "190", "UKRMIL", TUE)], source="Reuters"),
    coded("a2", [Mention("USAGOV", "040", "RUSGOV", MON), Mention("USAMIL", "051", "RUS", NEXT)],
          url="https://www.bbc.co.uk/news/1"),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "agg.duckdb"
    with Store(path) as store:
        store.write(BATCH, run_id=1)
    return path


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_dyads_csv_by_week(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(
        _run("dyads", "--db", str(db), "--source", "USA", "--target", "RUS", "-f", "csv"))))
    got = [(r["period"], r["source"], r["target"], r["events"], r["verbal_cooperation"],
            r["verbal_conflict"], r["root_04"]) for r in rows]
    assert got == [("2013-05-06", "USAGOV", "RUSGOV", "3", "2", "1", "2"),
                   ("2013-05-13", "USAMIL", "RUS", "1", "1", "0", "0")]


@pytest.mark.parametrize(
    ("args", "events", "mentions"),
    [
        ((), [2, 1, 1, 1], [2, 1, 1, 1]),
        (("--dedup",), [1, 1, 1, 1], [2, 1, 1, 1]),
    ],
)
def test_dyads_by_day_json_with_and_without_dedup(db: Path, args: tuple[str, ...],
                                                  events: list[int],
                                                  mentions: list[int]) -> None:
    out = _run("dyads", "--db", str(db), "--by", "day", "-f", "json", *args)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["period"] for r in rows] == ["2013-05-06", "2013-05-07", "2013-05-07",
                                           "2013-05-14"]
    assert [r["events"] for r in rows] == events
    assert [r["mentions"] for r in rows] == mentions


def test_dyads_parquet_and_table(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.parquet"
    _run("dyads", "--db", str(db), "-f", "parquet", "-o", str(out))
    with Store(db, read_only=True) as store:
        expected = dyads(store, DyadFilter(), by="week")
    back = duckdb.connect().execute("SELECT * FROM read_parquet(?)", [str(out)]).df()
    assert len(back) == len(expected) == 3 and list(back.columns) == list(expected.columns)
    table = _run("dyads", "--db", str(db), "--by", "month")
    assert "Events by dyad and month" in table and "USAGOV" in table and "2013-05-01" in table


def test_actors_top_and_network(db: Path) -> None:
    top = [json.loads(line) for line in _run("actors", "top", "--db", str(db), "-f", "json",
                                             "--limit", "2").splitlines()]
    assert [(r["code"], r["events"], r["as_source"]) for r in top] == [
        ("RUSGOV", 4, 1), ("USAGOV", 3, 3)]
    edges = list(csv.DictReader(io.StringIO(_run("network", "--db", str(db), "-f", "csv",
                                                 "--min-events", "2"))))
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [
        ("USAGOV", "RUSGOV", "3")]


def test_dedup_command_changes_the_rule(db: Path) -> None:
    assert "5 event mentions → 4 events" in _run("dedup", "--db", str(db))
    out = _run("dedup", "--db", str(db), "--window-days", "7", "--by-location")
    assert "window 7 days, same location country" in out and "→ 4 events" in out
    assert "window 7 days" in _run("dedup", "--db", str(db))


@pytest.mark.parametrize(
    "args",
    [
        ("dyads", "--db", "{missing}"),
        ("actors", "top", "--db", "{missing}"),
        ("dyads", "--db", "{db}", "-f", "parquet"),
    ],
)
def test_errors_exit_non_zero(db: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    filled = [a.format(missing=tmp_path / "none.duckdb", db=db) for a in args]
    result = runner.invoke(app, filled)
    assert result.exit_code != 0
