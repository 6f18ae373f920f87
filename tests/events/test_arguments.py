"""Argument finding and owners on hand-built parses (no model needed)."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.events.arguments import (
    clause_subject,
    is_temporal,
    reporting_subject,
    subject_of,
)
from tacitus.events.owners import owner_tokens, place_tokens, verb_partners

spacy = pytest.importorskip("spacy")
VOCAB = spacy.blank("en").vocab

# a row: word ("said/say" gives the lemma), head index, dep, POS, and an entity label or ""
Row = tuple[str, int, str, str] | tuple[str, int, str, str, str]


def _doc(rows: list[Row]) -> Any:
    words = [r[0].split("/")[0] for r in rows]
    lemmas = [r[0].split("/")[-1].lower() for r in rows]
    ents = [f"B-{r[4]}" if len(r) > 4 else "O" for r in rows]
    return spacy.tokens.Doc(
        VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], lemmas=lemmas, ents=ents,
    )


ABOUT_TO = _doc([("Ghana", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"),
                 ("about", 1, "acomp", "ADJ"), ("to", 4, "aux", "PART"),
                 ("restore", 2, "xcomp", "VERB"), ("ties", 4, "dobj", "NOUN")])
PASSIVE_CONTROL = _doc([("Chad", 2, "nsubjpass", "PROPN"), ("was", 2, "auxpass", "AUX"),
                        ("urged", 2, "ROOT", "VERB"), ("by", 2, "agent", "ADP"),
                        ("Niger", 3, "pobj", "PROPN"), ("to", 6, "aux", "PART"),
                        ("talk", 2, "xcomp", "VERB")])
SAID_IT = _doc([("Poland", 1, "nsubj", "PROPN"), ("said/say", 1, "ROOT", "VERB"),
                ("it", 4, "nsubj", "PRON"), ("would", 4, "aux", "AUX"),
                ("expel", 1, "ccomp", "VERB"), ("diplomats", 4, "dobj", "NOUN")])
DEMAND_THAT = _doc([("Japan", 1, "nsubj", "PROPN"), ("demanded", 1, "ROOT", "VERB"),
                    ("that", 4, "mark", "SCONJ"), ("China", 4, "nsubj", "PROPN"),
                    ("withdraw", 1, "ccomp", "VERB")])


@pytest.mark.parametrize(
    ("doc", "verb", "subject"),
    [
        (ABOUT_TO, 4, "Ghana"),  # "is about to restore": the adjective's subject
        (PASSIVE_CONTROL, 6, "Chad"),  # "was urged by Niger to talk": Chad talks
        (PASSIVE_CONTROL, 2, "Niger"),  # the urging itself: the agent
        (DEMAND_THAT, 4, "China"),
    ],
)
def test_subject_of(doc: Any, verb: int, subject: str) -> None:
    found = subject_of(doc[verb])
    assert found is not None and found.text == subject


def test_clause_subject_of_a_that_clause() -> None:
    found = clause_subject(DEMAND_THAT[1])
    assert found is not None and found.text == "China"


def test_reported_it_is_the_speaker() -> None:
    found = reporting_subject(SAID_IT[2])
    assert found is not None and found.text == "Poland"
    assert reporting_subject(SAID_IT[0]) is None


OFFER = _doc([("a", 2, "det", "DET"), ("Swedish", 2, "amod", "ADJ", "NORP"),
              ("proposal", 2, "ROOT", "NOUN")])
DECISION = _doc([("Peru", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"),
                 ("decision", 2, "ROOT", "NOUN")])
RESUMPTION = _doc([("resumption", 0, "ROOT", "NOUN"), ("of", 0, "prep", "ADP"),
                   ("talks", 1, "pobj", "NOUN"), ("with", 2, "prep", "ADP"),
                   ("Somalia", 3, "pobj", "PROPN")])
CURFEW = _doc([("curfew", 0, "ROOT", "NOUN"), ("in", 0, "prep", "ADP"),
               ("Cizre", 1, "pobj", "PROPN", "GPE"), ("on", 0, "prep", "ADP"),
               ("Monday", 3, "pobj", "PROPN", "DATE")])


@pytest.mark.parametrize(
    ("doc", "thing", "owner"),
    [
        (OFFER, 2, "Swedish"),  # a country adjective in front
        (DECISION, 2, "Peru"),  # the possessor
        (RESUMPTION, 0, "Somalia"),  # the partner of a nested nominal event
    ],
)
def test_owner_tokens(doc: Any, thing: int, owner: str) -> None:
    assert owner in [t.text for t in owner_tokens(doc[thing])]


def test_place_and_time() -> None:
    assert [t.text for t in place_tokens(CURFEW[0])] == ["Cizre"]
    assert is_temporal(CURFEW[4]) and not is_temporal(CURFEW[2])


GAVE = _doc([("Canada", 1, "nsubj", "PROPN"), ("gave", 1, "ROOT", "VERB"),
             ("Haiti", 1, "dative", "PROPN"), ("aid", 1, "dobj", "NOUN"),
             ("to", 1, "prep", "ADP"), ("Chad", 4, "pobj", "PROPN")])


@pytest.mark.parametrize(("directed", "expected"), [(False, ["Haiti", "Chad"]), (True, [])])
def test_verb_partners(directed: bool, expected: list[str]) -> None:
    found = [t.text for t in verb_partners(GAVE[1], skip=GAVE[3], directed=directed)]
    assert found == expected
