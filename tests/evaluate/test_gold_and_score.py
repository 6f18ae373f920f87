"""Gold readers and the scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tacitus.errors import GoldFormatError
from tacitus.evaluate import GoldEvent, GoldRecord, read_gold, score
from tacitus.evaluate.score import norm_actor
from tacitus.records import Actor, Article, Cameo, CodedArticle, Event, Plover, Span

DATA = Path(__file__).parent / "data"


def test_reads_petrarch_xml() -> None:
    records = list(read_gold(DATA / "sample_petrarch.xml"))
    assert len(records) == 8
    assert records[0].date is not None
    assert any(r.expect_no_event and not r.events for r in records)
    assert all(e.source and e.target for r in records for e in r.events)


def test_reads_jsonl_and_skips_excluded_records(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "text": "A met B.", "date": "2001-02-03", "category": "X",
         "events": [{"source": "AAA", "target": "BBB", "code": "040"}]},
        {"id": "2", "text": "Skip me.", "evaluate": False, "events": []},
        {"id": "3", "text": "Nothing here.", "expect_no_event": True, "events": []},
        {"id": "4", "text": "P", "events": [{"source": "AAA", "target": "BBB",
                                             "code": "AGREE"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    records = list(read_gold(path))
    assert [r.id for r in records] == ["1", "3", "4"]
    assert records[0].date == dt.date(2001, 2, 3)
    assert records[1].expect_no_event and records[2].scheme == "plover"


def test_malformed_gold_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "text": "x", "events": []}\n{oops', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"bad.jsonl:2"):
        list(read_gold(path))


@pytest.mark.parametrize(
    ("code", "expected"),
    [("USAGOV", "USAGOV"), ("TURREBkur", "TURREB"), ("IGOUNOMIL", "IGOUNO"),
     ("IRQ***", "IRQ"), ("---GOV", "---GOV"), (None, "")],
)
def test_norm_actor(code: str | None, expected: str) -> None:
    assert norm_actor(code) == expected


def _event(source: str, target: str, code: str, plover: str = "CONSULT") -> Event:
    span = Span("x", "text", 0, 1, 0)
    actor = Actor(source, source[:3], None, None, span, "test", 1.0)
    other = Actor(target, target[:3], None, None, span, "test", 1.0)
    return Event(f"{source}{target}{code}", actor, other, Cameo(code, "", code[:2], 1, 0.0),
                 Plover(plover, "", "", None), span, span, None, False, "asserted", None, 1.0,
                 "", "")


def test_score_levels() -> None:
    gold = GoldRecord("1", "t", None, "C", (GoldEvent("USAGOV", "RUSGOV", "042"),
                                            GoldEvent("RUSGOV", "USAGOV", "043")))
    coded = CodedArticle(Article("1", "", "t"), events=(
        _event("USAGOV", "RUSGOV", "042"), _event("RUSGOV", "USAGOV", "040"),
        _event("USAGOV", "CHN", "111")))
    report = score("t", [(gold, coded)])
    exact, root, dyad = (report.levels[k] for k in ("exact", "root", "dyad"))
    assert (exact.tp, exact.fp, exact.fn) == (1, 2, 1)
    assert (root.tp, root.fp, root.fn) == (2, 1, 0)
    assert (dyad.tp, dyad.fp, dyad.fn) == (2, 1, 0)
    assert exact.precision == pytest.approx(1 / 3) and exact.recall == pytest.approx(0.5)
    assert len(report.errors) == 1


def test_code_only_gold_counts_hits() -> None:
    gold = GoldRecord("1", "t", None, "04", (GoldEvent(None, None, "042"),))
    coded = CodedArticle(Article("1", "", "t"), events=(_event("AAA", "BBB", "043"),))
    report = score("t", [(gold, coded)])
    assert (report.code_only_records, report.root_hits, report.code_hits) == (1, 1, 0)


def test_plover_gold_uses_plover_events_and_old_names() -> None:
    gold = GoldRecord("1", "t", None, "DEMAND", (GoldEvent("USA", "PRK", "DEMAND"),),
                      scheme="plover")
    coded = CodedArticle(Article("1", "", "t"), events=(
        _event("USA", "PRK", "100", plover="REQUEST"),))
    report = score("t", [(gold, coded)])
    assert report.levels["exact"].tp == 1 and report.levels["country"].f1 == 1.0
