"""Golden cases: our own sentences, one per grammatical phenomenon
(tests/golden/events*.jsonl, quotes*.jsonl).

Each event case lists events that must be coded (``expect``) and events that must not be
(``absent``). In both, ``*`` matches any actor or code and a trailing ``*`` any ending
("19*" is any use of force, "PAK*" any Pakistani actor). A case may give the date every
event of a code must have (``dates``). A case may carry ``xfail`` with the reason it is not
handled yet; it then must fail (strict), so a fix is noticed and the mark removed.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tacitus.records import Article

pytestmark = pytest.mark.model
GOLDEN = Path(__file__).parent / "golden"


def _cases(pattern: str) -> list[Any]:
    rows = [json.loads(line) for path in sorted(GOLDEN.glob(pattern))
            for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(reason=row["xfail"],
                                                                      strict=True)]
                         if row.get("xfail") else []) for row in rows]


def _matches(pattern: list[str], event: tuple[str | None, str | None, str]) -> bool:
    return all(p == v or (p.endswith("*") and (v or "").startswith(p[:-1]))
               for p, v in zip(pattern, event, strict=True))


@pytest.mark.parametrize("case", _cases("events*.jsonl"))
def test_event_case(case: dict[str, Any], coder: Any) -> None:
    article = Article(case["id"], case.get("title", ""), case["text"],
                      dt.date.fromisoformat(case["date"]))
    coded = coder.code(article)
    got = {(e.source.code, e.target.code, e.cameo.code) for e in coded.events}
    for expected in case["expect"]:
        assert any(_matches(expected, e) for e in got), f"missing {expected}; got {sorted(got)}"
    for absent in case["absent"]:
        assert not any(_matches(absent, e) for e in got), f"unwanted {absent}; got {sorted(got)}"
    if not case["expect"] and not case["absent"]:
        assert not got, f"expected no event; got {sorted(got)}"
    for code, day in case.get("dates", {}).items():
        dates = {str(e.date) for e in coded.events if e.cameo.code == code}
        assert dates == {day}, f"events {code} dated {sorted(dates)}, not {day}"


@pytest.mark.parametrize("case", _cases("quotes*.jsonl"))
def test_quote_case(case: dict[str, Any], coder: Any) -> None:
    """Each expected quotation (kind, speaker code or null = any, content or null = any) is
    found, and the total count is right; offsets always point at the text."""
    article = Article(case["id"], "", case["text"], dt.date.fromisoformat(case["date"]))
    coded = coder.code(article)
    quotes = [q for q in coded.quotes if q.content.field == "text"]
    for quote in quotes:
        assert article.text[quote.content.start:quote.content.end] == quote.content.text
    assert len(quotes) == case["count"], [(q.kind, q.content.text) for q in quotes]
    for expected in case["quotes"]:
        found = [q for q in quotes if q.kind == expected["kind"]
                 and (expected["content"] is None or q.content.text == expected["content"])
                 and (expected["speaker"] is None
                      or (q.speaker is not None and q.speaker.code == expected["speaker"]))]
        got = [(q.kind, q.speaker.code if q.speaker else None, q.content.text) for q in quotes]
        assert found, f"missing {expected}; got {got}"
