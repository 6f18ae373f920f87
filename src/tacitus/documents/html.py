"""HTML pages: the main text (trafilatura, offline), the title, the date, the site.

The title is the page's ``og:title`` or ``<title>`` (trafilatura's metadata); the date is the
publication date the page's metadata gives (``article:published_time``, ``<time>``, JSON-LD,
the URL …), not a date guessed from the running text; the source is the site name, else the
domain of the page's canonical URL. Boilerplate (menus, footers, comments) is dropped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tacitus.documents.checks import parse_date
from tacitus.errors import InputError, Msg
from tacitus.records import Article

__all__ = ["article_from_html", "domain_of"]

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def article_from_html(page: str | bytes, *, where: str, stem: str, date: dt.date | None,
                      url: str | None = None) -> Article:
    """The article an HTML page holds; raise :class:`InputError` if it has no main text."""
    import trafilatura

    try:
        doc: Any = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params=_DATE_PARAMS)
    except (ValueError, TypeError) as exc:  # trafilatura's parser on badly broken markup
        raise InputError(Msg.T011.format(where=where, detail=exc)) from exc
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not body.strip():
        raise InputError(Msg.T011.format(where=where, detail="no main text found"))
    title = (doc.title or "").strip()
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's <h1> repeats the title
    page_url = doc.url or url
    try:
        when = parse_date(doc.date, where=where) or date
    except InputError:
        when = date  # a metadata date we cannot read is no reason to drop the page
    return Article(id=stem, title=title, text="\n\n".join(paragraphs), date=when,
                   source=doc.sitename or domain_of(page_url), url=page_url)


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` (``https://www.bbc.co.uk/x`` → ``bbc.co.uk``)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    host = host.removeprefix("www.")
    return host or None
