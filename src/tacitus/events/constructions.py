"""Demands and appeals made without a demand verb, inside attributed speech.

* "It is up to the regime to stop …" — the speaker demands it of the regime;
* "Iran must release the sailors" — a demand (``must``, ``have to``);
* "Both sides should return to talks" — an appeal (``should``, ``ought to``).

The speaker is the one whose quotation holds the sentence; the embedded verb, if the pattern
dictionary knows it, refines the code (demand + release → 1053).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tacitus.actors.mentions import ActorIndex
from tacitus.events.arguments import VEHICLES, expand, subject_of
from tacitus.events.context import EventContext
from tacitus.events.matcher import match_sentence
from tacitus.nlp.view import DocView
from tacitus.records import Actor, Cameo, Event, Plover

__all__ = ["code_constructions"]

_DEMAND_MODALS = frozenset({"must"})
_APPEAL_MODALS = frozenset({"should", "ought"})
# verbs that report what their subject says, so that "X said Y must …" is X's demand
_REPORTING = frozenset({
    "say", "tell", "state", "announce", "declare", "insist", "stress", "reiterate", "add",
    "conclude", "argue", "write", "note", "assert", "maintain", "emphasise", "emphasize",
    "affirm", "repeat", "believe", "urge", "demand", "warn", "tweet", "claim",
})


def code_constructions(view: DocView, actors: ActorIndex, ctx: EventContext, *, start: int
                       ) -> list[Event]:
    events: list[Event] = []
    for sent in view.sents:
        found = [(cls, verb, who, speaker) for cls, verb, who, clause in _constructions(sent)
                 if (speaker := _speaker(clause, actors, ctx)) is not None]
        if not found:
            continue
        embedded = {c.verb.i: c.pattern.code for c in match_sentence(sent, ctx.book)}
        for cls, verb, addressee_tok, speaker in found:
            code = ctx.book.wrap(cls, embedded.get(verb.i, "*"))
            if not ctx.ontology.has_code(code):
                continue
            for target in _actors(addressee_tok, actors):
                if target.code == speaker.code:
                    continue  # "the government needs to act", said for the government: its
                    # own plan, not an appeal to anyone
                if target.sector is None and target.country is not None and \
                        target.country == speaker.country:
                    continue  # "we must get Brexit done, the UK must come out": one's own
                    # country is no addressee of a demand
                events.append(_event(view, ctx, cls, code, speaker, target, verb,
                                     start + len(events)))
    return events


def _speaker(verb: Any, actors: ActorIndex, ctx: EventContext) -> Actor | None:
    """Who says it: the speaker of the direct quotation that holds ``verb``, else the subject
    of the reporting verb whose clause it is ("Russia said that Sudan must return …")."""
    speaker = ctx.speaker_at(verb.i) if ctx.speaker_at is not None else None
    if speaker is not None and speaker.code is not None:
        return speaker
    token = verb
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj", "acl") or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in VEHICLES and token.head.pos_ == "VERB":
            token = token.head  # "issued a reminder that Iraq must …": the issuer says it
        elif token.lemma_.lower() not in _REPORTING:
            continue
        subject = subject_of(token)
        found = _actors(subject, actors) if subject is not None else []
        return found[0] if found else None
    return None


def _constructions(sent: Any) -> Iterator[tuple[str, Any, Any, Any]]:
    """(class, act verb, addressee, clause head) for each demand or appeal construction."""
    for token in sent:
        # it is up to X to VERB
        if token.lower_ == "up" and token.dep_ in ("prep", "advmod", "acomp"):
            to = next((c for c in token.children if c.lower_ == "to"), None)
            addressee = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
            verb = next((c for c in token.head.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                         and c.pos_ == "VERB"), None)
            if addressee is not None and verb is not None:
                yield "demand", verb, addressee, verb
            continue
        verb = _ready_to(token) if token.lemma_ == "be" else token
        if verb is None or verb.pos_ != "VERB":
            continue
        modal = next((c.lower_ for c in token.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        clause = token.head if _has_to(token) or _needs_to(token) else token
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("i", "we", "it", "there", "you") or \
                _generic_subject(subject) or _doubted(clause) or clause.dep_ == "relcl":
            continue  # "the role that internet companies should play" describes a norm
        if modal in _DEMAND_MODALS or _has_to(token):
            yield "demand", verb, subject, clause
        elif modal in _APPEAL_MODALS or _needs_to(token):
            yield "appeal", verb, subject, clause


def _generic_subject(subject: Any) -> bool:
    """'any leader should…', 'the general public should…', 'everyone must…': nobody in
    particular is addressed."""
    return subject.lemma_.lower() in _GENERIC_NOUNS or any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "each", "no") for c in subject.children)


def _doubted(clause: Any) -> bool:
    """'I don't think X should…': the opinion is negated; no appeal is made."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.lemma_.lower() in ("think", "believe", "say") and \
        any(c.dep_ == "neg" for c in head.children)


_GENERIC_NOUNS = frozenset({"public", "people", "everyone", "everybody", "anyone", "anybody",
                            "nobody", "someone", "somebody", "one", "world", "society",
                            "person", "citizen", "individual"})


def _ready_to(be: Any) -> Any | None:
    """'The US must be ready to mediate': the act the adjective governs."""
    for adjective in be.children:
        if adjective.dep_ == "acomp":
            return next((c for c in adjective.children if c.dep_ == "xcomp"), None)
    return None


def _needs_to(verb: Any) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "need" and head.i < verb.i and any(
        c.lower_ == "to" for c in verb.children)


def _has_to(verb: Any) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "have" and head.i < verb.i and any(
        c.lower_ == "to" for c in verb.children)


def _actors(token: Any, actors: ActorIndex) -> list[Actor]:
    found: list[Actor] = []
    for member in expand(token):
        mention = actors.at(member.i)
        if mention is not None:
            found += [a for a in mention.actors if a.code is not None]
    return found


def _event(view: DocView, ctx: EventContext, cls: str, code: str, source: Actor, target: Actor,
           verb: Any, number: int) -> Event:
    info = ctx.ontology.cameo(code)
    crosswalk = ctx.ontology.plover(code)
    sentence = view.sentence_span(view.sent_of[verb.i])
    quote = ctx.quote_at(verb.i) if ctx.quote_at else None
    return Event(
        id=f"{ctx.article_id}:{view.field[:2]}{sentence.sentence}:c{number}",
        source=source, target=target,
        cameo=Cameo(info.code, info.name, info.root, info.quad_class, info.goldstein),
        plover=Plover(crosswalk.event, crosswalk.mode, crosswalk.context, crosswalk.score),
        trigger=view.span(verb.i, verb.i + 1), sentence=sentence, date=ctx.date,
        negated=False, modality="demand" if cls == "demand" else "appeal", location=None,
        confidence=round(0.7 * (0.5 + 0.5 * min(source.confidence, target.confidence)), 3),
        rule=f"{cls} construction", coder=ctx.coder, quote=quote,
    )
