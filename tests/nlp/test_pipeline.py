"""The spaCy side: paragraph-aware sentences and the tacitus_coder component."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tacitus.nlp import load_nlp
from tacitus.records import CodedArticle

pytestmark = pytest.mark.model


def test_paragraph_breaks_are_sentence_breaks(nlp: Any) -> None:
    doc = nlp("Headline without a full stop\n\n\"We will go,\" he said.\n\nThe talks ended.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Headline without a full stop", "\"We will go,\" he said.",
                     "The talks ended."]


def test_closing_quote_stays_with_its_sentence(nlp: Any) -> None:
    doc = nlp("\"It is over. We go home.\"\n\nKerry said that.")
    assert [s.text.strip() for s in doc.sents][1] == "We go home.\""


@pytest.mark.parametrize(("text", "tokens"), [
    ("a U.S.-brokered truce", ["a", "U.S.", "-", "brokered", "truce"]),
    ("U.N.-backed forces", ["U.N.", "-", "backed", "forces"]),
    ("agreed to de-escalate tensions", ["agreed", "to", "de-escalate", "tensions"]),
    ("De-escalation, now.", ["De-escalation", ",", "now", "."]),
    ("an EU-mediated deal", ["an", "EU", "-", "mediated", "deal"]),
    ("the U.S. and Russia", ["the", "U.S.", "and", "Russia"]),
    ("spokesman Maj. Gen. Zaw Min Tun", ["spokesman", "Maj.", "Gen.", "Zaw", "Min", "Tun"]),
    ("Lt.-Gen. Ali Khan", ["Lt.-Gen.", "Ali", "Khan"]),
    ("Col. Assimi Goita", ["Col.", "Assimi", "Goita"]),
])
def test_hyphens_the_tokenizer_splits_or_keeps(nlp: Any, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_the_tacitus_coder_component() -> None:
    nlp = load_nlp(components=True)
    assert nlp.pipe_names[-1] == "tacitus_coder"
    doc = nlp.make_doc("Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State "
                       "John Kerry in Geneva on Friday.")
    doc._.tacitus_date = dt.date(2013, 9, 14)
    for _, component in nlp.pipeline:
        doc = component(doc)
    coded = doc._.tacitus
    assert isinstance(coded, CodedArticle)
    assert {(e.source.code, e.target.code) for e in coded.events} >= {("RUSGOV", "USAGOV")}
    assert {e.date for e in coded.events} == {dt.date(2013, 9, 13)}
