"""Quotation marks: every style, nesting, paragraphs, unbalanced marks, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.quotes import find_quoted


def _inside(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will go" today.', ["we will go"]),
        ("He said “we will go” today.", ["we will go"]),
        ("He said ‘we will go’ today.", ["we will go"]),
        ("Il a dit « nous irons » hier.", [" nous irons "]),
        ("Er sagte „wir gehen“ heute.", ["wir gehen"]),
        ("“Never,” she said. “Not now.”", ["Never,", "Not now."]),
        ("“He told me ‘no way’ twice,” she said.", ["He told me ‘no way’ twice,"]),
        ('"He told me \'no way\' twice," she said.', ["He told me 'no way' twice,"]),
        ("Syria's army and the rebels' leaders don't agree.", []),
        ("It's 'fine', he said.", ["fine"]),
    ],
)
def test_quote_styles(text: str, expected: list[str]) -> None:
    assert _inside(text) == expected


def test_quotation_running_over_paragraphs() -> None:
    text = '"First paragraph of the speech.\n\n"Second paragraph," he said.'
    quoted = find_quoted(text)
    assert [text[q.start:q.end] for q in quoted] == ["First paragraph of the speech.",
                                                     "Second paragraph,"]
    assert quoted[0].continues and quoted[0].balanced and quoted[1].closer is not None


def test_unbalanced_mark_is_closed_at_the_paragraph_end() -> None:
    text = 'He said "this never closes.\n\nA new paragraph "with a quote" here.'
    quoted = find_quoted(text)
    assert not quoted[0].balanced
    assert text[quoted[1].start:quoted[1].end] == "with a quote"


MARKS = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "„", " ", "\n", "\n\n", "a",
                         "word", ",", ".", "Syria's"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKS, max_size=60).map("".join))
def test_random_marks_never_crash_or_overlap(text: str) -> None:
    quoted = find_quoted(text)
    last_end = -1
    for q in quoted:
        assert 0 <= q.opener < q.start <= q.end <= len(text)
        assert q.opener >= last_end
        last_end = q.end
