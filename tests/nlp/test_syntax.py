"""Parse repairs the actor and event readers share (tacitus.nlp.syntax)."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.nlp.syntax import pair_partners, past_report_conjunct, split_pair
from tacitus.nlp.view import DocView


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("sentence", "first", "partners"),
    [
        # the parser hangs a coordinated pair in front of the last partner's noun
        ("Clashes between the Colombian government and ELN rebels continued.", "government",
         ["ELN"]),
        # … or hangs the second partner's own modifier on the shared noun
        ("Fighting between the Burkinabe army and militia fighters left dozens dead.", "army",
         ["militia"]),
    ],
)
def test_split_pairs(nlp: Any, sentence: str, first: str, partners: list[str]) -> None:
    doc = nlp(sentence)
    token = _token(doc, first)
    if not split_pair(token):
        pytest.skip(f"the model parsed {sentence!r} without a split pair")
    assert [t.text for t in pair_partners(token)] == partners


def test_no_split_pair_in_a_plain_phrase(nlp: Any) -> None:
    doc = nlp("The army fighters attacked the town.")
    assert not any(split_pair(t) for t in doc)


def test_a_past_after_a_reported_past_perfect_goes_with_the_report(nlp: Any) -> None:
    doc = nlp("Armenia said that Azerbaijani forces had shelled villages and accused Baku of "
              "lying.")
    accused = _token(doc, "accused")
    if accused.dep_ != "conj" or accused.head.text != "shelled":
        pytest.skip("the model attached 'accused' elsewhere")
    report = past_report_conjunct(accused)
    assert report is not None and report.text == "said"


def test_a_blanked_dateline_is_no_sentence(nlp: Any) -> None:
    doc = nlp("               . Representatives of the two sides met on Monday.")
    view = DocView.of(doc, "text")
    assert len(view.sents) == 1
    assert view.sents[0].text.startswith("Representatives")
    assert view.sent_of[0] == 0
