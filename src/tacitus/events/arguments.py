"""Who is the source and who the target: argument finding over the dependency parse.

Handles active and passive voice, control ("X sought to meet Y": X meets), shared subjects of
coordinated verbs, relative clauses ("the army, which shelled…"), participial modifiers, and
coordination of arguments ("A and B", and the appositions spaCy sometimes gives instead).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

__all__ = [
    "VEHICLES",
    "agent_of",
    "agent_of_noun",
    "clause_subject",
    "expand",
    "is_passive",
    "is_temporal",
    "object_of",
    "partitive",
    "prep_object",
    "subject_of",
]

_SUBJ = ("nsubj", "csubj", "expl")
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
_ADJ_PREDICATE = frozenset({"acomp", "oprd"})


# things that carry someone's words or decision: "a statement condemning X" is its issuer's
VEHICLES = frozenset({
    "statement", "declaration", "report", "letter", "message", "communique", "communiqué",
    "resolution", "note", "reminder", "warning", "appeal", "call", "decision", "order", "decree",
    "ruling", "bill", "law", "motion", "petition", "proposal", "plan", "speech", "address",
    "interview", "editorial", "article", "video", "tweet", "post", "announcement", "ultimatum",
    "memo", "memorandum", "document", "verdict", "judgment", "judgement", "directive",
})


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in _PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)


def _own_subject(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    return None


def subject_of(verb: Any, *, depth: int = 0) -> Any | None:
    """The token that performs ``verb``: its subject, or one inherited through the parse."""
    if depth > 6:
        return None
    if is_passive(verb):
        return agent_of(verb)
    own = _own_subject(verb)
    if own is not None:
        if own.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return verb.head
        return own
    dep = verb.dep_
    head = verb.head
    if head.i == verb.i:
        return None
    if dep == "acl" and head.lemma_.lower() in VEHICLES and head.dep_ in ("dobj", "nsubjpass") \
            and head.head.pos_ == "VERB":
        # "issued a statement condemning X": whoever issued it condemns
        return subject_of(head.head, depth=depth + 1)
    if dep == "relcl" or dep == "acl":
        return head if head.pos_ in ("NOUN", "PROPN", "PRON") else None
    if dep == "xcomp":
        # object control: "urged Russia to meet" → Russia meets
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and child.i < verb.i:
                return child
        if is_passive(head):
            # "X was urged by Y to meet", "X is scheduled to visit": the passive subject acts
            passive = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
            if passive is not None:
                return passive
        return subject_of(head, depth=depth + 1)
    if dep == "advcl" and is_passive(head) and any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in verb.children):
        # "X was pressured by Y to help", "X was sent to Z to negotiate": the passive subject
        passive = next((c for c in head.children if c.dep_ in _PASS_SUBJ), None)
        if passive is not None:
            return passive
    if dep in _INHERIT or (dep in _ADJ_PREDICATE and head.pos_ in ("AUX", "VERB")):
        # "X is about to restore ties", "X is ready to talk": the adjective's subject
        return subject_of(head, depth=depth + 1)
    return None


def agent_of(verb: Any) -> Any | None:
    """The 'by' agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def object_of(verb: Any) -> Any | None:
    """The direct object; in the passive voice, the passive subject."""
    for child in verb.children:
        if child.dep_ in _PASS_SUBJ:
            return child
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            if verb.dep_ == "relcl" and child.lower_ in _RELATIVE:
                return verb.head  # "the town that rebels attacked"
            return child
    for child in verb.children:
        if child.dep_ == "dative":
            return child
    return None


def prep_object(token: Any, prep: str, *, also: Any | None = None) -> Any | None:
    """The object of preposition ``prep`` attached to ``token`` (or to ``also``)."""
    for holder in (token, also):
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == prep:
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp") and not is_temporal(grandchild):
                        return grandchild
    return None


def is_temporal(token: Any) -> bool:
    """'on Wednesday', 'in March', 'for two years': a time, never an actor."""
    return bool(token.ent_type_ in ("DATE", "TIME"))


def expand(token: Any) -> Iterator[Any]:
    """A token and the tokens coordinated with it ('A, B and C'), appositions included."""
    yield token
    seen = {token.i}
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.i in seen:
                continue
            if child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"
                                        and current.pos_ == "PROPN"):
                seen.add(child.i)
                stack.append(child)
                yield child


def partitive(token: Any) -> Any | None:
    """The noun inside a partitive: 'thousands of protesters' → protesters."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def agent_of_noun(token: Any) -> Any | None:
    """Who did what an event noun names: 'the attack by X', "Russia's invasion"."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def clause_subject(verb: Any) -> Any | None:
    """The subject of the clause a verb governs: 'the US' in 'demanded that the US cancel'."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ in ("nsubj", "nsubjpass"):
                    return grandchild
    return None
