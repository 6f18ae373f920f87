"""The quotation extractor on random text with random quotation marks: it never crashes, and
its spans are in range, point at their text and (for quoted pieces) never overlap."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.errors import InputError
from tacitus.records import Article

pytestmark = pytest.mark.model

WORDS = st.sampled_from([
    "Kerry", "said", "told", "reporters", "the", "minister", "Russia", "we", "will", "meet",
    "according", "to", "officials", '"', "“", "”", "‘", "’", "'", "«", "»", ",", ".", ":",
    "\n\n", "He", "added", "that", "talks", "were", "useful", "Syria's",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60))
def test_random_quotation_marks(coder: Any, words: list[str]) -> None:
    text = " ".join(words)
    article = Article("p", "", text, dt.date(2013, 5, 8))
    if not text.strip(" \n.,:"):
        return
    try:
        coded = coder.code(article)
    except InputError:
        return  # rejected as a whole record (e.g. not English): a clear error, not a crash
    pieces = []
    for quote in coded.quotes:
        span = quote.content
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        if quote.kind == "direct":
            pieces.append((span.start, span.end))
    pieces.sort()
    for (_, end), (start, _) in itertools.pairwise(pieces):
        assert end <= start, pieces
