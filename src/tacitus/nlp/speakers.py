"""Speakers the parser left inside the reported clause.

"Gunmen kidnapped more than 200 pupils, residents and a local official said." The small
English model reads "pupils, residents and a local official" as one list of the kidnapped and
leaves "said" without a subject. Wire copy ends sentences this way all the time, and the list
then gives the kidnappers wrong victims and the statement no speaker.

:func:`attach_trailing_speakers` moves the end of such a list, from its last comma on, to be
the subject of the reporting verb that follows it; likewise a speaker named between a closing
quotation mark and the verb that the parser read as part of the quotation. It changes nothing
else in the parse.
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
        speaker = _trailing_list_member(doc[verb.i - 1], verb) or _after_quotation(verb)
        if speaker is None or any(a.i == speaker.i for a in verb.ancestors):
            continue  # (a verb under the noun: the noun would be its own head's child)
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


def _after_quotation(verb: Any) -> Any | None:
    """The noun phrase between a closing quotation mark and ``verb`` when the parser made it
    part of the quotation: '"We will take necessary measures," the military's spokesman, Maj.
    Gen. Zaw Min Tun, said' (read with the spokesman as what is taken)."""
    doc = verb.doc
    start = verb.i - 1
    while start > verb.sent.start and doc[start].tag_ != "''":
        start -= 1
    if doc[start].tag_ != "''" or start >= verb.i - 1:
        return None
    words = [t for t in doc[start + 1:verb.i] if not t.is_punct]
    heads = [t for t in words if not start < t.head.i < verb.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i > start:
        return None
    return heads[0]
