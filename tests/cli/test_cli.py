"""The command line, end to end (each command loads the real pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tests.conftest import shared_path

pytestmark = [pytest.mark.model, pytest.mark.slow]
runner = CliRunner()

STORY = ("Talks in Geneva\n\nRussian Foreign Minister Sergey Lavrov met U.S. Secretary of State "
         "John Kerry in Geneva on Friday.\n\n\"The talks were useful,\" Lavrov said.\n")


def test_code_prints_json_with_offsets_that_point_at_the_text() -> None:
    seed = shared_path("seed", "000_2dba7fd5d936a0a1.txt")
    result = runner.invoke(app, ["code", str(seed), "--date", "2013-05-08"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    coded = json.loads(line)
    article = coded["article"]
    assert coded["events"] and coded["quotes"] and coded["actors"]
    for event in coded["events"]:
        for span in (event["trigger"], event["source"]["span"], event["target"]["span"]):
            assert article[span["field"]][span["start"]:span["end"]] == span["text"]
        assert set(event["cameo"]) == {"code", "name", "root", "quad_class", "goldstein"}
        assert set(event["plover"]) == {"event", "mode", "context", "score", "auxiliary"}


def test_a_batch_with_bad_records_codes_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "latin1.txt").write_bytes("Título\nCafé in Bogotá".encode("latin-1"))
    lines = tmp_path / "batch.jsonl"
    lines.write_text(json.dumps({"id": "j1", "title": "T", "text": STORY, "date": "2014-01-10"})
                     + "\n{broken json\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(tmp_path), "--date", "2014-01-10"])
    assert result.exit_code == 0
    coded = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(c["article"]["id"] for c in coded) == ["good", "j1"]
    for code in ("T001", "T002", "T003", "T004"):
        assert code in result.stderr


def test_code_plover_and_table_formats(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    plover = runner.invoke(app, ["code", str(path), "--date", "2014-01-10", "-f", "plover"])
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    assert records and all({"id", "date", "actor", "recipient", "event"} <= set(r)
                           for r in records)
    assert {r["event"][0] for r in records} == {"CONSULT"}
    table = runner.invoke(app, ["code", str(path), "--date", "2014-01-10", "-f", "table"])
    assert table.exit_code == 0 and "RUSGOV" in table.stdout and "Lavrov" in table.stdout


def test_code_reads_stdin() -> None:
    result = runner.invoke(app, ["code", "-", "--date", "2014-01-10"], input=STORY)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["title"] == "Talks in Geneva"


def test_nothing_codable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["code", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and "T001" in result.stderr


def test_eval_on_a_petrarch_xml_file() -> None:
    sample = Path(__file__).parents[1] / "evaluate" / "data" / "sample_petrarch.xml"
    result = runner.invoke(app, ["eval", str(sample), "--json"])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.stdout)
    assert report["records"] == 8
    assert set(report["levels"]) == {"exact", "root", "country", "dyad", "code"}
    assert report["levels"]["exact"]["tp"] >= 1


def test_demo_then_summary_then_ingest_again(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    demo = runner.invoke(app, ["demo", "--db", str(db)])
    assert demo.exit_code == 0, demo.output
    assert "Events by dyad and CAMEO code" in demo.stdout
    summary = runner.invoke(app, ["summary", "--db", str(db)])
    assert summary.exit_code == 0 and "Quotations by speaker" in summary.stdout
    again = runner.invoke(app, ["demo", "--db", str(db)])
    assert "0 articles coded (12 already in" in again.stdout


def test_ingest_reports_counts(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["ingest", str(path), "--db", str(db), "--date", "2014-01-10",
                                 "-q"])
    assert result.exit_code == 0
    assert "1 articles coded, 0 already stored" in result.stderr


def test_quotes_command(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(path), "--date", "2014-01-10", "--json"])
    (quote,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert quote["kind"] == "direct" and quote["speaker"]["code"] == "RUSGOV"
    assert quote["content"]["text"] == "The talks were useful,"[:-1]


def test_eval_actor_coverage() -> None:
    sample = Path(__file__).parents[1] / "evaluate" / "data" / "sample_petrarch.xml"
    result = runner.invoke(app, ["eval", str(sample), "--actor-coverage", "--json"])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout)
    assert line["actors"] > 5 and 0.5 <= line["country_found"] <= 1.0


def test_actors_learned(tmp_path: Path) -> None:
    path = tmp_path / "mba.jsonl"
    path.write_text(json.dumps({"id": "m1", "title": "Arrests in Lagos", "date": "2020-10-20",
                                "text": "Nigerian police spokesman Frank Mba said 12 suspects "
                                        "were arrested in Lagos."}) + "\n", encoding="utf-8")
    db = tmp_path / "l.duckdb"
    assert runner.invoke(app, ["ingest", str(path), "--db", str(db), "-q"]).exit_code == 0
    result = runner.invoke(app, ["actors", "learned", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (row["name"], row["code"], row["role"]) == ("Frank Mba", "NGACOP", "police spokesman")


def test_code_keeps_background_events_on_request(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_text("Old news\n\nBrazil expelled two Venezuelan diplomats five years ago.\n",
                    encoding="utf-8")
    plain = runner.invoke(app, ["code", str(path), "--date", "2010-06-01"])
    kept = runner.invoke(app, ["code", str(path), "--date", "2010-06-01", "--keep",
                               "historical"])
    assert plain.exit_code == 0 and kept.exit_code == 0, plain.output + kept.output
    assert not json.loads(plain.stdout)["events"]
    assert {e["plover"]["auxiliary"] for e in json.loads(kept.stdout)["events"]} == {
        "historical"}
    negated = tmp_path / "negated.txt"
    negated.write_text("Talks\n\nPutin did not meet Erdogan in Sochi on Monday.\n",
                       encoding="utf-8")
    plain = runner.invoke(app, ["code", str(negated), "--date", "2019-06-01"])
    kept = runner.invoke(app, ["code", str(negated), "--date", "2019-06-01", "--keep", "negated"])
    assert not json.loads(plain.stdout)["events"]
    assert {e["negated"] for e in json.loads(kept.stdout)["events"]} == {True}
    wrong = runner.invoke(app, ["code", str(path), "--keep", "old"])
    assert wrong.exit_code != 0 and "--keep" in wrong.output
