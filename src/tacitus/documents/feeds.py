"""RSS and Atom feed files: each item an article (feedparser, from bytes: no network).

An item's text is its full content when the feed carries it (``content:encoded``, Atom
``content``), else its summary/description, with the HTML stripped; its date is the item's
published (else updated) date; its source is the feed's title, else the domain of its link.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from tacitus.documents.html import domain_of
from tacitus.documents.markup import html_to_text
from tacitus.errors import Msg
from tacitus.records import Article

__all__ = ["FeedItem", "read_feed"]

FeedItem = tuple[str, Article | str]  # (where, the article or an error message)


def read_feed(raw: bytes, *, where: str, date: dt.date | None) -> Iterator[FeedItem]:
    """Every item of the feed in ``raw``, with its location (``file:item N``).

    A file that is not a feed gives one error; an item without text gives an error for that
    item and the others are read.
    """
    import feedparser  # type: ignore[import-untyped]

    parsed: Any = feedparser.parse(raw)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("version"):
            yield where, Msg.T001.format(where=where)
        else:
            detail = parsed.get("bozo_exception") or "no RSS or Atom root element"
            yield where, Msg.T012.format(where=where, detail=detail)
        return
    feed = parsed.get("feed") or {}
    feed_title = _clean(str(feed.get("title") or "")) or None
    for number, entry in enumerate(entries, start=1):
        place = f"{where}:item {number}"
        text = html_to_text(_body(entry))
        title = _clean(str(entry.get("title") or ""))
        if not (text or title):
            yield place, Msg.T001.format(where=place)
            continue
        link = entry.get("link") or None
        article = Article(
            id=str(entry.get("id") or link or ""), title=title, text=text,
            date=_entry_date(entry) or date, source=feed_title or domain_of(link), url=link)
        yield place, article


def _body(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    return None


def _clean(text: str) -> str:
    return html_to_text(text).replace("\n\n", " ").strip()
