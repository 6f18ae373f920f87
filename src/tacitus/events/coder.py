"""Code the events of one parsed field: match, assign arguments, wrap, filter, build records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tacitus.actors.mentions import ActorIndex
from tacitus.config import Settings
from tacitus.events.arguments import agent_of_noun, expand, partitive, subject_of
from tacitus.events.dates import event_date
from tacitus.events.matcher import Candidate, match_sentence
from tacitus.events.modality import frame_of, wrapper_above
from tacitus.events.patterns import PatternBook
from tacitus.events.places import event_location
from tacitus.geo import Gazetteer
from tacitus.nlp.view import DocView
from tacitus.ontology import Ontology
from tacitus.records import Actor, Cameo, Event, Plover

__all__ = ["EventContext", "code_events"]

SpeakerLookup = Callable[[int], Actor | None]
QuoteLookup = Callable[[int], str | None]

_MODALITY_OF = {"intent": "intent", "appeal": "appeal", "demand": "demand",
                "threaten": "threat", "refuse": "asserted", "consider": "intent",
                "deny": "asserted", "attempt": "asserted"}
_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08", "09"})
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_PLACE_DEPS = frozenset({"pobj"})
_PLACE_PREPS = frozenset({"to", "in", "into", "at"})


@dataclass(frozen=True, slots=True)
class EventContext:
    """What coding one field needs besides the parse."""

    article_id: str
    date: dt.date | None
    book: PatternBook
    ontology: Ontology
    gazetteer: Gazetteer
    settings: Settings
    coder: str
    speaker_at: SpeakerLookup | None = None
    quote_at: QuoteLookup | None = None


@dataclass(frozen=True, slots=True)
class _Draft:
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


def code_events(view: DocView, actors: ActorIndex, ctx: EventContext) -> list[Event]:
    """Every event of ``view`` as :class:`Event` records, in text order."""
    events: list[Event] = []
    seen: set[tuple[int, str, str, str]] = set()
    for sent in view.sents:
        drafts = [d for d in (_draft(c, actors, ctx) for c in match_sentence(sent, ctx.book))
                  if d is not None]
        # "urged Russia to withdraw": the wrapped event (0256) replaces urge's own appeal (020)
        wrappers = {d.wrapper for d in drafts if d.wrapper is not None}
        for draft in drafts:
            candidate = draft.candidate
            if candidate.trigger.i in wrappers or candidate.verb.i in wrappers:
                continue
            for source, target in _pairs(draft):
                key = (candidate.trigger.i, source.code or "", target.code or "", draft.code)
                if key in seen:
                    continue
                seen.add(key)
                events.append(_build(view, draft, source, target, ctx, len(events)))
                if draft.code == "042":
                    host = _build(view, draft, target, source, ctx, len(events), code="043")
                    hkey = (candidate.trigger.i, target.code or "", source.code or "", "043")
                    if hkey not in seen:
                        seen.add(hkey)
                        events.append(host)
    return [e for e in events if e.confidence >= ctx.settings.min_confidence]


def _draft(candidate: Candidate, actors: ActorIndex, ctx: EventContext) -> _Draft | None:
    pattern = candidate.pattern
    frame = frame_of(candidate.verb, candidate.trigger)
    code, rule = pattern.code, pattern.text
    source_tok, target_tok = candidate.source, candidate.target
    modality = frame.modality
    negated = frame.negated
    confidence = 0.6 if pattern.weak else (0.8 if pattern.noun else 0.9)
    wrapped = wrapper_above(candidate.verb, ctx.book)
    if wrapped is not None:
        cls = wrapped.wrapper.cls
        code = ctx.book.wrap(cls, code)
        rule = f"{wrapped.wrapper.lemma} + {rule}"
        modality = _MODALITY_OF.get(cls, modality)
        wrapper_frame = frame_of(wrapped.token, wrapped.token)
        negated = wrapper_frame.negated if cls != "refuse" else False
        if cls in ("appeal", "demand"):
            source_tok = wrapped.source
            target_tok = wrapped.addressee or subject_of(candidate.verb) or target_tok
        else:
            source_tok = wrapped.source or source_tok
        if wrapper_frame.modality == "hypothetical":
            modality = "hypothetical"
        confidence -= 0.05
    elif frame.modality == "future":
        root = code[:2]
        if root in _COOPERATIVE_ROOTS:
            code = ctx.book.wrap("intent", code)
        elif root in _CONFLICT_ROOTS:
            code = ctx.book.wrap("threaten", code)
    if modality == "hypothetical" and not ctx.settings.keep_hypothetical:
        return None
    if negated and not ctx.settings.keep_negated:
        return None
    if not ctx.ontology.has_code(code):
        return None
    sources = _actors_of(source_tok, actors)
    targets = _actors_of(target_tok, actors, place=code in ("042", "043"))
    symmetric = pattern.symmetric
    if not targets and symmetric and len(sources) > 1:
        targets = sources
    if not ctx.settings.require_dyad:
        sources = sources or (_unresolved(source_tok, candidate, actors),)
        targets = targets or (_unresolved(target_tok, candidate, actors),)
        confidence -= 0.3
    if not sources or not targets:
        return None
    return _Draft(code, rule, sources, targets, symmetric, negated, modality, frame.historical,
                  confidence, candidate, wrapped.token.i if wrapped is not None else None)


def _actors_of(token: Any | None, actors: ActorIndex, *, place: bool = False) -> tuple[Actor, ...]:
    if token is None:
        return ()
    found: list[Actor] = []
    for member in expand(token):
        mention = actors.at(member.i)
        if mention is None:
            # "thousands of protesters"; "condemned the attack by Osgiliath soldiers"
            member = partitive(member) or agent_of_noun(member)
            mention = actors.at(member.i) if member is not None else None
        if mention is None or member is None:
            continue
        for actor in mention.actors:
            if actor.code is None:
                continue
            if place and _is_place(member) and actor.country and actor.how in (
                    "kb:capital", "kb:country"):
                actor = Actor(actor.country, actor.country, None, actor.name, actor.span,
                              "place", actor.confidence, None)
            if all(a.span != actor.span or a.code != actor.code for a in found):
                found.append(actor)
    return tuple(found)


def _unresolved(token: Any | None, candidate: Candidate, actors: ActorIndex) -> Actor:
    """A placeholder actor (null code) for an argument that is missing or unresolved."""
    view = actors.view
    if token is None:
        span = view.span(candidate.trigger.i, candidate.trigger.i + 1)
        return Actor(None, None, None, None, span, "missing", 0.0)
    left = min(t.i for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct", "prep"))
    span = view.span(min(left, token.i), token.i + 1)
    return Actor(None, None, None, None, span, "unresolved", 0.0)


def _is_place(token: Any) -> bool:
    return bool(token.dep_ in _PLACE_DEPS and token.head.lower_ in _PLACE_PREPS) or \
        token.dep_ in ("dobj",)


def _pairs(draft: _Draft) -> Iterable[tuple[Actor, Actor]]:
    pairs: list[tuple[Actor, Actor]] = []
    for source in draft.sources:
        for target in draft.targets:
            same = source.span == target.span and source.code == target.code
            if source.code is not None and (same or (source.name and source.name == target.name)):
                continue
            pairs.append((source, target))
            if draft.symmetric:
                pairs.append((target, source))
    return pairs


def _build(view: DocView, draft: _Draft, source: Actor, target: Actor, ctx: EventContext,
           number: int, code: str | None = None) -> Event:
    code = code or draft.code
    cand = draft.candidate
    info = ctx.ontology.cameo(code)
    crosswalk = ctx.ontology.plover(code)
    auxiliary = {"future": "future", "hypothetical": "hypothetical"}.get(draft.modality, "")
    if draft.historical:
        auxiliary = "historical"
    if draft.negated:
        auxiliary = "negation"
    trigger = view.span(cand.start, cand.end + 1)
    date = event_date(cand.trigger, cand.verb, ctx.date,
                      view.sent_ents[view.sent_of[cand.trigger.i]])
    if date is not None and ctx.date is not None and date > ctx.date:
        date = ctx.date  # a future event is coded on the day it was announced
    location = event_location(view, cand.trigger, cand.verb, ctx.gazetteer,
                              target=cand.target, visit=code in ("042", "043"))
    confidence = round(draft.confidence * (0.5 + 0.5 * min(source.confidence,
                                                           target.confidence)), 3)
    sentence = view.sentence_span(view.sent_of[cand.trigger.i])
    quote = ctx.quote_at(cand.trigger.i) if ctx.quote_at else None
    return Event(
        id=f"{ctx.article_id}:{view.field[:2]}{sentence.sentence}:{number}",
        source=source, target=target,
        cameo=Cameo(info.code, info.name, info.root, info.quad_class, info.goldstein),
        plover=Plover(crosswalk.event, crosswalk.mode, crosswalk.context, crosswalk.score,
                      auxiliary),
        trigger=trigger, sentence=sentence, date=date, negated=draft.negated,
        modality=draft.modality,  # type: ignore[arg-type]
        location=location, confidence=confidence, rule=draft.rule, coder=ctx.coder,
        quote=quote,
    )
