"""Readers: every format, and bad records reported without stopping the batch."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tacitus.documents import BadRecord, read_articles, read_path
from tacitus.documents.readers import FieldMap
from tacitus.records import Article


def _articles(items: list[Article | BadRecord]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _bad(items: list[Article | BadRecord]) -> list[BadRecord]:
    return [i for i in items if isinstance(i, BadRecord)]


def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("\nTalks in Geneva\n\nThe two sides met.\n\nThey agreed.\n", encoding="utf-8")
    (article,) = list(read_path(path, date=dt.date(2020, 1, 2)))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.date) == ("story", "Talks in Geneva",
                                                         dt.date(2020, 1, 2))
    assert article.text == "The two sides met.\n\nThey agreed."


def test_jsonl_with_a_malformed_line_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "title": "A", "text": "One.", "date": "2019-03-01"}),
             "{not json", json.dumps(["a list"]), json.dumps({"id": "c", "title": "C"}),
             json.dumps({"id": "d", "title": "D", "text": "Four.", "date": "yesterday"}),
             json.dumps({"id": "e", "title": "E", "text": "Five.", "date": "2019-03-05T10:00:00Z"})]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(path))
    assert [a.id for a in _articles(items)] == ["a", "e"]
    assert _articles(items)[1].date == dt.date(2019, 3, 5)
    errors = [b.error[:6] for b in _bad(items)]
    assert errors == ["[T004]", "[T010]", "[T005]", "[T006]"]
    assert all(b.where.startswith(str(path) + ":") for b in _bad(items))


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "[T001]"),
        (b"   \n\n", "[T001]"),
        (b"Title\n\x00\x01\x02binary", "[T002]"),
        (b"Title\n\xff\xfe broken \xc3\x28", "[T003]"),
    ],
)
def test_bad_text_files_are_reported(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = list(read_path(path))
    assert isinstance(item, BadRecord) and item.error.startswith(code)


def test_directory_is_read_recursively_and_bad_files_do_not_stop_it(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A\nText a.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("B\nText b.", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_bytes(b"\xff\xff")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    assert sorted(a.title for a in _articles(items)) == ["A", "B"]
    assert [b.error[:6] for b in _bad(items)] == ["[T003]", "[T009]"]


def test_csv_with_field_mapping(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("uid,headline,body,published\n1,Hello,\"Body, with comma.\",2021-05-04\n",
                    encoding="utf-8")
    fields = FieldMap(id="uid", title="headline", text="body", date="published")
    (article,) = list(read_path(path, fields=fields))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.text, article.date) == (
        "1", "Hello", "Body, with comma.", dt.date(2021, 5, 4))


def test_records_without_id_get_a_stable_content_id(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"title": "T", "text": "Same."}) + "\n", encoding="utf-8")
    first = _articles(list(read_path(path)))[0]
    second = _articles(list(read_path(path)))[0]
    assert first.id == second.id and len(first.id) == 16
