"""Read articles from files, directories, JSONL, CSV and stdin.

Readers never stop a batch for one bad record: they yield a :class:`BadRecord` saying where
and what, and go on with the next.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.documents.checks import content_hash, parse_date
from tacitus.errors import InputError, Msg
from tacitus.records import Article

__all__ = ["BadRecord", "FieldMap", "read_articles", "read_path"]

_SUFFIXES = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that could not be read, and why."""

    where: str
    error: str


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which keys of a JSONL/CSV record hold the article fields."""

    id: str = "id"
    title: str = "title"
    text: str = "text"
    date: str = "date"
    source: str = "source"
    url: str = "url"


def read_articles(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    fields: FieldMap | None = None,
) -> Iterator[Article | BadRecord]:
    """Yield every article in ``paths`` (files, directories, or ``-`` for stdin).

    ``date`` is used for articles that carry none.
    """
    fmap = fields or FieldMap()
    for path in paths:
        if str(path) == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "<stdin>", date, fmap)
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in _SUFFIXES:
                    yield from read_path(child, date=date, fields=fmap)
        elif p.is_file():
            yield from read_path(p, date=date, fields=fmap)
        else:
            yield BadRecord(str(p), Msg.T009.format(where=p))


def read_path(
    path: Path, *, date: dt.date | None = None, fields: FieldMap | None = None
) -> Iterator[Article | BadRecord]:
    """Yield the articles of one file; its format comes from its suffix (default: text)."""
    fmap = fields or FieldMap()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield BadRecord(str(path), f"{Msg.T009.format(where=path)} ({exc.strerror})")
        return
    kind = _SUFFIXES.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        yield from _read_jsonl(raw, str(path), date, fmap)
    elif kind == "csv":
        yield from _read_csv(raw, str(path), date, fmap)
    else:
        yield _read_text(raw, str(path), path.stem, date)


def _read_stream(
    raw: bytes, where: str, date: dt.date | None, fmap: FieldMap
) -> Iterator[Article | BadRecord]:
    if raw.lstrip()[:1] == b"{":
        yield from _read_jsonl(raw, where, date, fmap)
    else:
        yield _read_text(raw, where, "", date)


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw:
        raise InputError(Msg.T002.format(where=where))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        detail = f"byte {exc.start}: {exc.reason}"
        raise InputError(Msg.T003.format(where=where, detail=detail)) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(raw: bytes, where: str, stem: str, date: dt.date | None) -> Article | BadRecord:
    """A plain-text article: the first non-empty line is the title, the rest the text."""
    try:
        text = _decode(raw, where)
    except InputError as exc:
        return BadRecord(where, str(exc))
    if not text.strip():
        return BadRecord(where, Msg.T001.format(where=where))
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    article = Article(id="", title=title, text=body, date=date, source=None, url=None)
    return _with_id(article, stem)


def _read_jsonl(
    raw: bytes, where: str, date: dt.date | None, fmap: FieldMap
) -> Iterator[Article | BadRecord]:
    try:
        text = _decode(raw, where)
    except InputError as exc:
        yield BadRecord(where, str(exc))
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        place = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(place, Msg.T004.format(where=place, detail=exc.msg))
            continue
        if not isinstance(record, dict):
            yield BadRecord(place, Msg.T010.format(where=place))
            continue
        yield _from_record(record, place, date, fmap)


def _read_csv(
    raw: bytes, where: str, date: dt.date | None, fmap: FieldMap
) -> Iterator[Article | BadRecord]:
    try:
        text = _decode(raw, where)
    except InputError as exc:
        yield BadRecord(where, str(exc))
        return
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        yield BadRecord(where, Msg.T004.format(where=where, detail=exc))
        return
    for number, row in enumerate(rows, start=2):
        yield _from_record(dict(row), f"{where}:{number}", date, fmap)


def _from_record(
    record: dict[str, Any], where: str, date: dt.date | None, fmap: FieldMap
) -> Article | BadRecord:
    text = record.get(fmap.text)
    if not isinstance(text, str):
        return BadRecord(where, Msg.T005.format(where=where, field=fmap.text))
    title = record.get(fmap.title) or ""
    try:
        when = parse_date(record.get(fmap.date), where=where) or date
    except InputError as exc:
        return BadRecord(where, str(exc))
    if not (text.strip() or str(title).strip()):
        return BadRecord(where, Msg.T001.format(where=where))
    article = Article(
        id=str(record.get(fmap.id) or ""),
        title=str(title).strip(),
        text=text.replace("\r\n", "\n"),
        date=when,
        source=_opt(record.get(fmap.source)),
        url=_opt(record.get(fmap.url)),
    )
    return _with_id(article, "")


def _with_id(article: Article, fallback: str) -> Article:
    if article.id:
        return article
    ident = fallback or content_hash(article)[:16]
    return Article(article.id or ident, article.title, article.text, article.date,
                   article.source, article.url)


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)
