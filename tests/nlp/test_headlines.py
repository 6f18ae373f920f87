"""Headline verbs the parser took for nouns (tacitus.nlp.headlines): the past tenses the
repair tries, and headlines it repairs or leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus.nlp.headlines import past_tense, repair_headline

_VERBS = frozenset({"swap", "expel", "fire", "strike", "kill", "visit", "arrest", "talk",
                    "free", "summon"})


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("fire", "fired"),        # a final e takes d
        ("swap", "swapped"),      # one syllable, consonant-vowel-consonant: doubled
        ("ban", "banned"),
        ("open", "opened"),       # two syllables: not doubled
        ("visit", "visited"),
        ("expel", "expelled"),    # stressed last syllable: doubled
        ("deny", "denied"),       # consonant + y
        ("stay", "stayed"),       # vowel + y
        ("strike", "struck"),     # irregular
        ("withdraw", "withdrew"),
        ("attack", "attacked"),
    ],
)
def test_past_tense(lemma: str, past: str) -> None:
    assert past_tense(lemma) == past


@pytest.mark.parametrize(
    ("headline", "verb"),
    [
        ("Russia, Ukraine swap prisoners", "swap"),          # a bare verb read as a noun
        ("Mali junta expels UN peacekeepers", "expels"),     # a verb inside a noun phrase
        ("South Korea fires warning shots at North Korean soldiers", "fires"),  # a subject
        ("Niger expels French ambassador", "expels"),        # its object an adverb
        ("Police fire tear gas at protesters", "fire"),      # one long noun compound
    ],
)
def test_repaired_headline_has_its_verb(nlp: Any, headline: str, verb: str) -> None:
    doc = repair_headline(nlp, nlp(headline), _VERBS)
    token = next(t for t in doc if t.text == verb)
    assert token.pos_ == "VERB"
    assert any(c.dep_ == "nsubj" for c in token.children)
    assert any(c.dep_ == "dobj" for c in token.children)
    assert doc.text == headline  # the text and its offsets are the headline's own


@pytest.mark.parametrize(
    "headline",
    [
        "Gaza strikes kill 20",               # a finite verb with its subject: parsed well
        "Israel strikes Syria's Aleppo airport",
        "Kerry's visit to Moscow",            # no verb in a verb's slot
        "Talks",                              # too short to be a clause
    ],
)
def test_well_parsed_headline_is_left_alone(nlp: Any, headline: str) -> None:
    before = [(t.dep_, t.head.i, t.pos_) for t in nlp(headline)]
    after = [(t.dep_, t.head.i, t.pos_) for t in repair_headline(nlp, nlp(headline), _VERBS)]
    assert after == before
