"""Read articles from text, JSONL, CSV, HTML and RSS/Atom files, directories, globs and stdin.

Readers never stop a batch for one bad record: they yield a :class:`BadRecord` saying where
and what, and go on with the next.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
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

__all__ = ["STDIN", "BadRecord", "FieldMap", "expand_paths", "kind_of", "read_articles",
           "read_path", "sniff"]

STDIN = "-"

_SUFFIXES = {
    ".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


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
    """Yield every article in ``paths`` (files, directories, globs, or ``-`` for stdin).

    A directory is read recursively (files with a known suffix); a path with ``*``, ``?`` or
    ``[`` that names no file is a glob (``stories/*.html``, ``feeds/**/*.xml``). ``date`` is
    used for articles that carry none.
    """
    fmap = fields or FieldMap()
    for source in expand_paths(paths):
        if isinstance(source, Path):
            yield from read_path(source, date=date, fields=fmap)
        elif isinstance(source, BadRecord):
            yield source
        else:
            yield from _read_stream(sys.stdin.buffer.read(), "<stdin>", date, fmap)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | str | BadRecord]:
    """The files ``paths`` name, in order: ``STDIN`` for ``-``, a :class:`BadRecord` for a
    path or pattern that names nothing."""
    for path in paths:
        text = str(path)
        if text == STDIN:
            yield STDIN
            continue
        p = Path(path)
        if p.is_dir():
            yield from _files_under(p)
        elif p.is_file():
            yield p
        elif any(c in text for c in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield BadRecord(text, Msg.T013.format(where=text))
            for match in map(Path, matches):
                yield from (_files_under(match) if match.is_dir() else [match])
        else:
            yield BadRecord(text, Msg.T009.format(where=p))


def _files_under(directory: Path) -> Iterator[Path]:
    for child in sorted(directory.rglob("*")):
        if child.is_file() and child.suffix.lower() in _SUFFIXES:
            yield child


def kind_of(path: Path) -> str:
    """The reader a file gets from its suffix: text, jsonl, csv, html or feed."""
    return _SUFFIXES.get(path.suffix.lower(), "text")


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
    yield from _read_kind(kind_of(path), raw, str(path), path.stem, date, fmap)


def _read_kind(kind: str, raw: bytes, where: str, stem: str, date: dt.date | None,
               fmap: FieldMap) -> Iterator[Article | BadRecord]:
    if kind == "jsonl":
        yield from _read_jsonl(raw, where, date, fmap)
    elif kind == "csv":
        yield from _read_csv(raw, where, date, fmap)
    elif kind == "html":
        yield _read_html(raw, where, stem, date)
    elif kind == "feed":
        yield from _read_feed(raw, where, date)
    else:
        yield _read_text(raw, where, stem, date)


def sniff(raw: bytes) -> str:
    """The kind of a stream without a name: JSONL, an RSS/Atom feed, an HTML page or text."""
    head = raw.lstrip()[:512].lower()
    if head[:1] == b"{":
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "html" if b"<html" in head else "feed"
    return "text"


def _read_stream(
    raw: bytes, where: str, date: dt.date | None, fmap: FieldMap
) -> Iterator[Article | BadRecord]:
    yield from _read_kind(sniff(raw), raw, where, "", date, fmap)


def _read_html(raw: bytes, where: str, stem: str, date: dt.date | None) -> Article | BadRecord:
    from tacitus.documents.html import article_from_html

    if b"\x00" in raw:
        return BadRecord(where, Msg.T002.format(where=where))
    try:
        page: str | bytes = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        page = raw  # another charset: trafilatura reads the page's declaration or guesses
    try:
        article = article_from_html(page, where=where, stem=stem, date=date)
    except InputError as exc:
        return BadRecord(where, str(exc))
    return _with_id(article, stem)


def _read_feed(raw: bytes, where: str, date: dt.date | None) -> Iterator[Article | BadRecord]:
    from tacitus.documents.feeds import read_feed

    if b"\x00" in raw:
        yield BadRecord(where, Msg.T002.format(where=where))
        return
    for place, item in read_feed(raw, where=where, date=date):
        yield BadRecord(place, item) if isinstance(item, str) else _with_id(item, "")


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
