"""Date words resolved against the article date (2013-05-08 was a Wednesday)."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.events import resolve_date_words

WED = dt.date(2013, 5, 8)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Tuesday", dt.date(2013, 5, 7)),
        ("on Wednesday", WED),
        ("last Wednesday", dt.date(2013, 5, 1)),
        ("Monday", dt.date(2013, 5, 6)),
        ("Thursday", dt.date(2013, 5, 2)),
        ("yesterday", dt.date(2013, 5, 7)),
        ("tomorrow", dt.date(2013, 5, 9)),
        ("today", WED),
        ("last week", dt.date(2013, 5, 1)),
        ("a week ago", dt.date(2013, 5, 1)),
        ("two weeks ago", dt.date(2013, 4, 24)),
        ("3 days ago", dt.date(2013, 5, 5)),
        ("last month", dt.date(2013, 4, 1)),
        ("May 7", dt.date(2013, 5, 7)),
        ("7 May 2013", dt.date(2013, 5, 7)),
        ("December 30", dt.date(2012, 12, 30)),
        ("2013-04-30", dt.date(2013, 4, 30)),
        ("next Monday", dt.date(2013, 5, 13)),
        ("last summer's", None),
        ("the 1990s", None),
    ],
)
def test_resolve_date_words(words: str, expected: dt.date | None) -> None:
    assert resolve_date_words(words, WED) == expected
