"""Speakers the parser left inside the reported clause.

"Gunmen kidnapped more than 200 pupils, residents and a local official said." The small
English model reads "pupils, residents and a local official" as one list of the kidnapped and
leaves "said" without a subject. Wire copy ends sentences this way all the time, and the list
then gives the kidnappers wrong victims and the statement no speaker.

:func:`attach_trailing_speakers` moves the end of such a list, from its last comma on, to be
the subject of the reporting verb that follows it. It changes nothing else in the parse.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA

__all__ = ["attach_trailing_speakers"]

_REPORTING = frozenset({"say", "tell", "report", "add", "confirm", "claim", "allege", "state"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def attach_trailing_speakers(doc: Any) -> int:
    """Re-attach trailing speakers in ``doc`` in place; return how many were moved."""
    if not len(doc):
        return 0
    strings = doc.vocab.strings
    wanted = [strings.add(lemma) for lemma in _REPORTING]
    lemmas = doc.to_array(LEMMA)
    moved = 0
    for i in numpy.nonzero(numpy.isin(lemmas, wanted))[0]:  # only the reporting verbs
        verb = doc[int(i)]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue  # "… and said that …": a verb of its own clause
        speaker = _trailing_list_member(doc[verb.i - 1], verb)
        if speaker is None:
            continue
        speaker.head = verb
        speaker.dep_ = "nsubj"
        moved += 1
    return moved


def _trailing_list_member(last: Any, verb: Any) -> Any | None:
    """The member of the list ending in ``last`` that starts its last comma-set part, when
    that part ends just before ``verb`` and the list began in the clause before it."""
    if last.pos_ not in ("NOUN", "PROPN") or last.dep_ != "conj":
        return None
    chain = [last]
    while chain[-1].dep_ == "conj" and chain[-1].head.i < chain[-1].i:
        chain.append(chain[-1].head)
    chain.reverse()  # first member … last
    first = chain[0]
    if first.dep_ not in ("dobj", "pobj", "appos", "attr", "conj") or first.i > verb.i:
        return None
    if last.right_edge.i != verb.i - 1 or first.sent != verb.sent:
        return None
    for member in reversed(chain[1:]):
        before = member.left_edge.i - 1
        if before >= 0 and member.doc[before].text == ",":
            return member
    return None
