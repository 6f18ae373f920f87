"""Speakers the parser left inside the reported clause (tacitus.nlp.speakers): which trailing
list members become the subject of the reporting verb, and which sentences are left alone."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.nlp.speakers import attach_trailing_speakers


def _subject_of(doc: Any, verb: str) -> str | None:
    token = next(t for t in doc if t.text == verb)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None if subject is None else doc[subject.left_edge.i:subject.right_edge.i + 1].text


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # the list of the kidnapped ran on into the speakers
        ("Gunmen stormed a school on Thursday and kidnapped more than 200 pupils, residents "
         "and a local official said.", "residents and a local official"),
        # after a participle's object
        ("Troops shelled the town overnight, killing five civilians, police and witnesses "
         "said on Friday.", "police and witnesses"),
        # the speaker after a closing quotation mark, read as the quotation's object
        ("Myanmar's military government declared a ceasefire on Wednesday. \"We will take "
         "necessary measures,\" the military's spokesman, Maj. Gen. Zaw Min Tun, said.",
         "the military's spokesman, Maj. Gen. Zaw Min Tun,"),
    ],
)
def test_trailing_speakers_become_the_subject(nlp: Any, sentence: str, speakers: str) -> None:
    doc = nlp(sentence)
    assert attach_trailing_speakers(doc) == 1
    assert _subject_of(doc, "said") == speakers
    assert doc.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The army arrested two men, a teacher and a farmer, police said.",  # parsed well
        "Police said they had arrested two men and a woman.",              # the verb leads
        "The minister met farmers, traders and students.",                 # no reporting verb
        '"We will not retreat," the army said.',                           # parsed well
        # the reporting verb hangs on the noun after the quotation: moving the noun under it
        # would make a cycle
        'The senator attacked the president over the "losers" remark reported in a magazine.',
    ],
)
def test_well_parsed_sentence_is_left_alone(nlp: Any, sentence: str) -> None:
    doc = nlp(sentence)
    before = [(t.dep_, t.head.i) for t in doc]
    assert attach_trailing_speakers(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before
