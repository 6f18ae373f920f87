"""Exports load back: PLOVER JSONL parses (and equals the record path), the GDELT-style TSV
has the documented columns, Parquet and CSV read back with the same row counts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from tacitus.actors import load_knowledge
from tacitus.cli import app
from tacitus.exports import export_table, gdelt_header, plover_records
from tacitus.ingest import ingest
from tacitus.ontology import load_ontology
from tacitus.records import Article
from tacitus.store import Store
from tests.store.synthetic import Mention, coded

runner = CliRunner()
D7 = dt.date(2013, 5, 7)
BATCH = [
    coded("a1", [Mention("USAGOV", "040", "RUSGOV", D7, "CHE"),
                 Mention("IGOUNO", "112", "SYRGOV", D7)],
          source="Reuters", url="https://www.reuters.com/a1"),
    coded("a2", [Mention("USAGOV", "040", "RUSGOV", D7, "CHE"),
                 Mention("RUSMIL", "190", "UKR", None)], url="https://www.bbc.co.uk/news/1"),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "exp.duckdb"
    with Store(path) as store:
        store.write(BATCH, run_id=store.start_run(coder="tacitus-test", settings={}))
    return path


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def _plover_lines(db: Path, tmp_path: Path) -> list[dict[str, Any]]:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "plover", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_plover_jsonl_equals_the_record_path(db: Path, tmp_path: Path) -> None:
    kb, ontology = load_knowledge(), load_ontology()
    expected = [r for c, _ in BATCH for r in plover_records(c, ontology, kb)]
    got = _plover_lines(db, tmp_path)
    assert _rounded(got) == _rounded(expected)
    assert list(got[0]) == list(expected[0])  # the same fields, in the same order


@pytest.mark.model
def test_plover_jsonl_of_really_coded_articles(tmp_path: Path, coder: Any) -> None:
    articles = [Article("k", "Talks in Geneva", "Russian Foreign Minister Sergey Lavrov met "
                        "U.S. Secretary of State John Kerry in Geneva on Friday. Police "
                        "arrested 30 protesters in Moscow.", D7, url="https://x.org/k")]
    db = tmp_path / "real.duckdb"
    with Store(db) as store:
        ingest(articles, store, coder)
    expected = [r for a in articles for r in plover_records(coder.code(a), coder.ontology,
                                                            coder.knowledge)]
    assert expected and _rounded(_plover_lines(db, tmp_path)) == _rounded(expected)


@pytest.mark.parametrize(("table", "rows"), [("events", 4), ("events_dedup", 3)])
def test_gdelt_tsv_has_the_documented_columns(db: Path, tmp_path: Path, table: str,
                                              rows: int) -> None:
    out = tmp_path / "gdelt.tsv"
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt", "--table", table,
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows and all(len(line.split("\t")) == 61 for line in lines)
    header = gdelt_header()
    assert len(header) == 61 and header[:2] == ["GlobalEventID", "Day"]
    records = [dict(zip(header, line.split("\t"), strict=True)) for line in lines]
    consult = [r for r in records if r["EventCode"] == "040"]
    assert len(consult) == (2 if table == "events" else 1)
    first = consult[0]
    assert (first["Day"], first["MonthYear"], first["Year"], first["EventBaseCode"],
            first["EventRootCode"], first["QuadClass"], first["Actor1Code"],
            first["Actor1CountryCode"], first["Actor1Type1Code"], first["ActionGeo_CountryCode"],
            first["SOURCEURL"], first["AvgTone"]) == (
        "20130507", "201305", "2013", "040", "04", "1", "USAGOV", "USA", "GOV", "SZ",
        "https://www.reuters.com/a1", "")
    counts = (first["NumMentions"], first["NumArticles"], first["NumSources"])
    assert counts == (("1", "1", "1") if table == "events" else ("2", "2", "2"))
    group = next(r for r in records if r["Actor1Code"] == "IGOUNO")
    assert group["Actor1KnownGroupCode"] == "UNO"
    assert len(first["DATEADDED"]) == 14 and first["GlobalEventID"].isdigit()
    undated = next(r for r in records if r["EventCode"] == "190")
    assert undated["Day"] == "" and undated["FractionDate"] == ""


def test_gdelt_header_option_and_stdout(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "gdelt", "--header"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split("\t") == gdelt_header()


@pytest.mark.parametrize(("table", "rows"), [("events", 4), ("quotes", 2),
                                             ("events_dedup", 3), ("articles", 2)])
def test_parquet_and_csv_read_back(db: Path, tmp_path: Path, table: str, rows: int) -> None:
    parquet, text = tmp_path / f"{table}.parquet", tmp_path / f"{table}.csv"
    with Store(db, read_only=True) as store:
        assert export_table(store, fmt="parquet", table=table, output=parquet) == rows
        assert export_table(store, fmt="csv", table=table, output=text) == rows
        columns = list(store.query(f"SELECT * FROM {table} LIMIT 0").columns)
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(parquet)]).fetchall() == [
        (rows,)]
    back = con.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(parquet)]).df()
    assert list(back.columns) == columns
    with text.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == rows


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-f", "plover", "--table", "quotes"), "plover exports events"),
        (("-f", "gdelt", "--table", "quotes"), "gdelt exports events, events_dedup"),
        (("-f", "parquet",), "parquet needs --output"),
    ],
)
def test_export_refuses_what_it_cannot_do(db: Path, args: tuple[str, ...], message: str) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code != 0 and message in " ".join(result.output.split())


def test_csv_to_stdout(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--table", "quotes"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["quote_id"] for r in rows] == ["a1:q0", "a2:q0"]
