"""Drafts of one sentence's events, and the filters that weigh them against each other.

A :class:`Draft` is an event before it becomes a record: its code, its sides, how it is read
(modality, negation) and the candidate match it came from. Several drafts of one sentence
may tell one act: a protest and the demand it was held for ("rallied to demand …" is one
protest, :func:`merge_purposes`), a light verb and its more specific noun ("opened fraud
investigations", :func:`vaguer_light_verbs`), an act and the thing it acts on ("extended the
curfews", :func:`acted_on`), a statement and the act it is about ("condemned an attack by X
on Y", :func:`talked_about`). These functions say which drafts to drop or merge; the coder
(:mod:`tacitus.events.coder`) applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from tacitus.events.matcher import CHARGE_NOUNS, Candidate
from tacitus.records import Actor

__all__ = ["Draft", "acted_on", "light_verb_nouns", "merge_purposes", "pattern_words",
           "settings_of", "talked_about", "vaguer_light_verbs"]


@dataclass(frozen=True, slots=True)
class Draft:
    """One event of a sentence before it is built: code, sides and reading."""

    code: str
    rule: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    symmetric: bool
    negated: bool
    modality: str
    historical: bool
    confidence: float
    candidate: Candidate
    wrapper: int | None = None  # token index of the wrapper verb, if any
    silent: bool = False  # a wrapped act not coded ("refused to attack"): its wrapper says all


def merge_purposes(drafts: list[Draft]) -> list[Draft]:
    """A protest done to demand something is one event, the protest, coded for what it
    demands: "thousands rallied to demand the president's resignation" is 1411 against the
    government, not a rally plus a separate demand (CAMEO's 141x-145x mirror 1041-1044)."""
    merged: list[Draft] = []
    absorbed: set[int] = set()
    for draft in drafts:
        if draft.code[:2] != "14" or draft.negated:
            merged.append(draft)
            continue
        anchors = {draft.candidate.verb.i, draft.candidate.trigger.i}
        # "to demand …", "to press their demands", "to protest against X", "to show their
        # disapproval of X": what the protest is for, and against whom
        purpose = next((d for d in drafts if d.code[:2] in _PURPOSE_ROOTS and d is not draft
                        and id(d) not in absorbed
                        and _purpose_of(_clause_verb(d), anchors)), None)
        if purpose is None:
            merged.append(draft)
            continue
        absorbed.add(id(purpose))
        inside = range(purpose.candidate.start, purpose.candidate.end + 1)
        absorbed.update(id(d) for d in drafts if d is not draft and d.candidate.trigger.i in inside
                        and d.code[:2] == purpose.code[:2])  # its own object noun, too
        code = draft.code
        if len(code) == 3 and code in ("141", "142", "143", "144", "145") and \
                purpose.code[:3] == "104" and len(purpose.code) == 4:
            code += purpose.code[3]
        targets = purpose.targets or draft.targets
        if draft.targets and all(t.sector is None for t in purpose.targets) and \
                any(t.sector for t in draft.targets):
            # "stormed Iraq's parliament to protest against the nomination": the body
            # stormed, not the country a vaguer protest is against
            targets = draft.targets
        merged.append(replace(draft, code=code, targets=targets))
    return [d for d in merged if id(d) not in absorbed]


_PURPOSE_ROOTS = frozenset({"02", "10", "11", "14"})


def _clause_verb(draft: Draft) -> Any:
    """The verb of the clause a draft was told in: its wrapper's ("to demand the return of
    …"), else its own."""
    if draft.wrapper is not None:
        return draft.candidate.trigger.doc[draft.wrapper]
    return draft.candidate.verb


def vaguer_light_verbs(drafts: list[Draft]) -> set[int]:
    """Light-verb drafts whose object noun codes the same act more specifically: "opened fraud
    investigations" is 091 (the noun), not 090 (the light verb)."""
    vaguer: set[int] = set()
    for draft in drafts:
        cand = draft.candidate
        if cand.pattern.obj is None or cand.pattern.noun or draft.wrapper is not None:
            continue
        for other in drafts:
            inner = other.candidate
            if inner.pattern.noun and other.wrapper is None and \
                    cand.start <= inner.trigger.i <= cand.end and \
                    other.code[:2] == draft.code[:2] and other.code != draft.code and \
                    other.code.startswith(draft.code.rstrip("0")):
                vaguer.add(id(draft))
    return vaguer


def acted_on(drafts: list[Draft]) -> set[int]:
    """Nominal events that a verb's pattern names as the thing it acts on: "extended the
    curfews" is one act (1241), not also the curfews themselves (1723)."""
    # (a mediation is beside the talks or truce it brokered, which the sides hold: "EU-mediated
    # talks between A and B")
    objects = {(d.candidate.pattern.obj, i): d.code[:2] for d in drafts
               if d.candidate.pattern.obj is not None and not d.candidate.pattern.noun
               and not d.code.startswith("045")
               # "will extend the curfew" may be a threat (1323); "agreed to extend their
               # truce" is one intent, not also the truce
               # "would reconsider its cooperation with X" (014) or a threat (13x) to cut it:
               # no cooperation
               and (d.modality == "asserted" or (d.modality == "intent" and d.code[:2] == "03")
                    or d.code[:2] == "13" or d.code == "014")
               for i in range(d.candidate.start, d.candidate.end + 1)}
    # the same family is the light verbs' business: "opened fraud investigations" (see
    # vaguer_light_verbs)
    # (a protest stays: what it is for is merged into it, see merge_purposes)
    # (an accusation is its maker's act: "dismissed Ukraine's allegations that …" is
    # Russia's denial and Ukraine's accusation)
    return {id(d) for d in drafts if d.candidate.pattern.noun and d.wrapper is None and
            d.code[:2] != "14" and d.candidate.pattern.anchor not in CHARGE_NOUNS and objects.get(
                (d.candidate.trigger.lemma_.lower(), d.candidate.trigger.i), d.code[:2]
            ) != d.code[:2]}


def pattern_words(drafts: list[Draft]) -> set[int]:
    """Nominal events that are a word of another draft's pattern: "violations of truces" is
    one act (196, 'violation/n of truce/n'), not also a truce (0871)."""
    found: set[int] = set()
    for draft in drafts:
        cand = draft.candidate
        if not cand.pattern.noun or draft.wrapper is not None:
            continue
        word = f"{cand.trigger.lemma_.lower()}/n"
        if any(other is not draft and other.candidate.pattern.noun and
               other.candidate.trigger.i != cand.trigger.i and
               word in other.candidate.pattern.text.split()[1:] and
               cand.trigger.head.head.i == other.candidate.trigger.i for other in drafts):
            found.add(id(draft))
    return found


def talked_about(drafts: list[Draft]) -> set[int]:
    """Nominal events that are what a statement is about: "condemned an attack by X on Y",
    "welcomed the resumption of ties", "denounced Serbia's suppression of the unrest" — the
    statement is the news; the act it refers to is coded where it is reported itself."""
    objects: set[int] = set()
    for draft in drafts:
        cand = draft.candidate
        if draft.code[:2] not in _COMMENT_ROOTS or cand.pattern.noun or cand.target is None:
            continue
        if draft.code == "015":
            continue  # "claimed responsibility for the attack on X": theirs, by their word
        objects.update(t.i for t in cand.target.subtree)
    return {id(d) for d in drafts if d.candidate.pattern.noun and d.wrapper is None
            and d.candidate.trigger.i in objects and d.code[:2] not in _COMMENT_ROOTS}


def settings_of(drafts: list[Draft]) -> set[int]:
    """Nominal conflict events that are the setting of another conflict event of the clause:
    "wounded two soldiers in a bomb attack" (the same attack), "threatened to launch an
    offensive in its war with Iraq" (the war goes on; the threat is the news)."""
    found: set[int] = set()
    for draft in drafts:
        trigger = draft.candidate.trigger
        if not draft.candidate.pattern.noun or draft.wrapper is not None or \
                draft.code[:2] not in _CONFLICT_FAMILY:
            continue
        prep = trigger.head
        if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "during", "amid"):
            continue
        # "were engaged in ethnic cleansing": the verb that carries the noun is no other act
        if any(other.candidate.trigger.i == prep.head.i and other.code[:2] in _CONFLICT_FAMILY
               and other.candidate.trigger.i != trigger.i for other in drafts):
            found.add(id(draft))
    return found


_CONFLICT_FAMILY = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})


# statements about something: comments, approval, disapproval
_COMMENT_ROOTS = frozenset({"01", "05", "11"})


def light_verb_nouns(drafts: list[Draft]) -> dict[int, str]:
    """Nominal triggers that are the required object of a matched light-verb pattern, with the
    pattern's code: "began a hunger strike" is one event, not the beginning plus the strike."""
    inside: dict[int, str] = {}
    for draft in drafts:
        cand = draft.candidate
        if cand.pattern.obj is not None and not cand.pattern.noun:
            inside.update({i: draft.code for i in range(cand.start, cand.end + 1)
                           if i != cand.trigger.i})
    return inside


def _purpose_of(verb: Any, anchors: set[int]) -> bool:
    """Is ``verb`` an infinitive of purpose ("to demand …", "in order to press …"), or a
    participle of what the protesters claim ("…, demanding …"), hanging on one of the
    ``anchors``?"""
    if verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or verb.head.i not in anchors:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i and \
            verb.lemma_.lower() in _CLAIMING and not any(
                c.dep_ in ("nsubj", "mark") for c in verb.children):
        return True  # "rallied outside the base, demanding the withdrawal of …"
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# what protesters do while they protest: their demand is the protest's purpose
_CLAIMING = frozenset({"demand", "call", "urge", "chant", "shout", "protest", "denounce",
                       "condemn", "accuse", "seek", "press", "insist", "decry"})
