"""Match the pattern dictionary against the parse and find each match's arguments.

The output is a list of :class:`Candidate` — a pattern, the trigger token, the source and
target tokens — before actors, modality, dates and places are attached.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tacitus.events.arguments import object_of, prep_object, subject_of
from tacitus.events.patterns import Pattern, PatternBook

__all__ = ["Candidate", "match_sentence"]

_LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "obj", "pobj"})


@dataclass(frozen=True, slots=True)
class Candidate:
    pattern: Pattern
    trigger: Any  # the anchor token
    verb: Any  # the clause verb the event hangs on (the anchor, or a light verb)
    source: Any | None
    target: Any | None
    end: int  # last token index of the trigger words (for the evidence span)
    start: int


def match_sentence(sent: Any, book: PatternBook) -> Iterator[Candidate]:
    """Every best pattern match in one sentence, with its argument tokens."""
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            candidate = _best(token, book.verbs.get(lemma, ()), _match_verb)
            if candidate is not None:
                yield candidate
        if token.pos_ in ("NOUN", "PROPN"):
            candidate = _best(token, book.nouns.get(lemma, ()), _match_noun)
            if candidate is not None:
                yield candidate


def _best(token: Any, patterns: tuple[Pattern, ...], fn: Any) -> Candidate | None:
    """The largest pattern that matches; among equals, the first that finds a target."""
    fallback: Candidate | None = None
    size = -1
    for pattern in patterns:
        if fallback is not None and pattern.size < size:
            break
        candidate: Candidate | None = fn(token, pattern)
        if candidate is None:
            continue
        if candidate.target is not None:
            return candidate
        if fallback is None:
            fallback, size = candidate, pattern.size
    return fallback


def _has_word(holders: tuple[Any, ...], word: str) -> Any | None:
    for holder in holders:
        if holder is None:
            continue
        for child in holder.children:
            if child.lower_ == word or (child.lemma_.lower() == word and child.dep_ != "punct"):
                return child
    return None


def _has_modifiers(token: Any, modifiers: tuple[str, ...]) -> bool:
    if not modifiers:
        return True
    found = {c.lemma_.lower() for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")}
    found |= {c.lower_ for c in token.lefts}
    return all(m in found for m in modifiers)


def _find_object(verb: Any, pattern: Pattern) -> Any | None:
    for child in verb.children:
        if child.dep_ in _LIGHT_DEPS and child.lemma_.lower() == pattern.obj and \
                _has_modifiers(child, pattern.obj_modifiers):
            return child
        if child.dep_ == "prep":  # "put pressure on", "engaged in talks" is not a light verb
            continue
    return None


def _match_verb(verb: Any, pattern: Pattern) -> Candidate | None:
    obj = None
    if pattern.obj is not None:
        obj = _find_object(verb, pattern)
        if obj is None:
            return None
    holders = (verb, obj)
    last = max(verb.i, obj.i if obj is not None else verb.i)
    for word in pattern.words:
        found = _has_word(holders, word)
        if found is None:
            return None
        last = max(last, found.i)
    target = None
    if pattern.target == "dobj":
        target = object_of(verb)
        if target is not None and obj is not None and target.i == obj.i:
            target = None
    elif pattern.target is not None:
        target = prep_object(verb, pattern.target, also=obj)
        if target is not None:
            last = max(last, target.i - 1)
    source = subject_of(verb)
    if pattern.reverse:
        source, target = target, source
    return Candidate(pattern, verb, verb, source, target, last, verb.i)


def _match_noun(noun: Any, pattern: Pattern) -> Candidate | None:
    if not _has_modifiers(noun, pattern.modifiers):
        return None
    for word in pattern.words:
        if _has_word((noun,), word) is None:
            return None
    target = None
    if pattern.target == "dobj":
        target = prep_object(noun, "of")
    elif pattern.target is not None:
        target = prep_object(noun, pattern.target)
    source, verb = _noun_source(noun)
    if pattern.reverse:
        source, target = target, source
    start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ in ("compound", "amod")
                            and c.lemma_.lower() in pattern.modifiers])
    return Candidate(pattern, noun, verb, source, target, noun.i, start)


def _noun_source(noun: Any) -> tuple[Any | None, Any]:
    """Who does a nominal event: 'Kerry's visit', 'a visit by Kerry', 'Kerry paid a visit'."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their"):
            return child, noun
    by = prep_object(noun, "by")
    if by is not None:
        return by, noun
    for child in noun.children:
        if child.dep_ == "poss":
            return child, noun
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "obj") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head), head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and \
            head.lower_ in ("in", "into", "to"):
        return subject_of(head.head), head.head  # "engaged in talks", "agreed to a truce"
    for child in noun.children:  # "Russian air strikes": the adjective is the doer
        if child.dep_ in ("amod", "compound") and child.i < noun.i and child.pos_ in (
                "ADJ", "PROPN"):
            return child, noun
    return None, noun
