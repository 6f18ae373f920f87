"""Meaning beyond the verb: negation, intent and the future, hypotheticals, history, and the
wrapper verbs that turn one event into another ("refused to meet" is a refusal, not a meeting).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.events.arguments import subject_of
from tacitus.events.patterns import PatternBook, Wrapper

__all__ = ["Frame", "Wrapped", "frame_of", "wrapper_above"]

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "'d"})
_NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_HISTORY_WORDS = frozenset({"ago", "previously", "formerly", "earlier"})


@dataclass(frozen=True, slots=True)
class Frame:
    """How a clause presents its event."""

    negated: bool
    modality: str  # asserted | future | hypothetical
    historical: bool


@dataclass(frozen=True, slots=True)
class Wrapped:
    """A wrapper verb above an event: its class, token, and the wrapper's own subject/object."""

    wrapper: Wrapper
    token: Any
    source: Any | None
    addressee: Any | None


def frame_of(verb: Any, trigger: Any) -> Frame:
    """Negation and modality of the clause around ``verb`` (the event's clause verb)."""
    negated = _negated(verb) or (trigger is not verb and _negated_noun(trigger))
    modality = "asserted"
    for token in _clause_chain(verb):
        for child in token.children:
            low = child.lower_
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                if low in _FUTURE:
                    modality = "future"
                elif low in _HYPOTHETICAL and modality != "future":
                    modality = "hypothetical"
            elif child.dep_ == "mark" and low in _CONDITIONAL:
                modality = "hypothetical"
        if token.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL for c in token.children):
            modality = "hypothetical"
    historical = any(
        c.lower_ in _HISTORY_WORDS for c in verb.subtree if c.dep_ in ("advmod", "npadvmod")
    ) and verb.tag_ in ("VBD", "VBN")
    return Frame(negated, modality, historical)


def _clause_chain(verb: Any) -> list[Any]:
    """The verb and the verbs it is the complement of, up to the first finite clause."""
    chain = [verb]
    token = verb
    while token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _negated(verb: Any) -> bool:
    token = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("advmod", "det", "preconj"))
               for c in token.children):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def _negated_noun(noun: Any) -> bool:
    return any(c.lower_ in ("no", "without") or c.dep_ == "neg" for c in noun.children) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "without")


def wrapper_above(verb: Any, book: PatternBook) -> Wrapped | None:
    """The wrapper verb that governs the event's clause verb, if any.

    "X sought to convene talks" (intent), "X urged Y to meet Z" (appeal), "X threatened to
    attack Y", "X refused to meet Y", "X demanded that Y release …" (demand).
    """
    token = verb
    for _ in range(3):
        dep = token.dep_
        head = token.head
        if head.i == token.i or dep not in ("xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep"):
            return None
        if dep in ("pobj", "pcomp") and head.dep_ == "prep":
            # "refrain from attacking", "insisted on a meeting"
            head = head.head
        wrapper = _wrapper_for(head, book)
        if wrapper is not None:
            if dep == "ccomp" and wrapper.cls in ("intent", "refuse") and \
                    not any(c.dep_ == "mark" for c in token.children):
                return None
            addressee = None
            for child in head.children:
                if child.dep_ in ("dobj", "dative") and child.i != token.i:
                    addressee = child
            if addressee is None:
                on = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                      for g in c.children if g.dep_ == "pobj"]
                addressee = on[0] if on else None
            return Wrapped(wrapper, head, subject_of(head), addressee)
        if dep != "xcomp":
            return None
        token = head
    return None


def _wrapper_for(token: Any, book: PatternBook) -> Wrapper | None:
    lemma = token.lemma_.lower()
    for wrapper in book.wrappers.get(lemma, ()):
        words = wrapper.lemma.split()
        if len(words) == 1:
            return wrapper
        if all(any(c.lower_ == w for c in token.children) for w in words[1:]):
            return wrapper
    return None
