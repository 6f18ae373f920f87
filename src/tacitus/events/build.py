"""From a draft to records: one event per ordered pair of its sides, with both ontologies,
the date, the place, the evidence and a confidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from tacitus.events.context import EventContext
from tacitus.events.dates import event_date
from tacitus.events.drafts import Draft
from tacitus.events.kinds import CIVILIAN_SIDES, FORCES
from tacitus.events.places import event_location
from tacitus.nlp.view import DocView
from tacitus.records import Actor, Cameo, Event, Plover

__all__ = ["build_event", "clash_code", "event_pairs", "guest_of"]

# actors that are a city or a building named for its government: no guest
_PLACE_HOWS = frozenset({"kb:capital", "kb:seat", "place"})


def guest_of(draft: Draft, guest: Actor) -> str | None:
    """'042' when a hosting (043) names its guest as the verb's object ("Putin hosted Abe",
    "received the Chinese foreign minister"): the guest made a visit; None otherwise."""
    pattern = draft.candidate.pattern
    if draft.code != "043" or pattern.target != "dobj" or pattern.noun or \
            draft.wrapper is not None or draft.modality != "asserted" or \
            guest.how in _PLACE_HOWS:
        return None
    return "042"


def clash_code(draft: Draft, source: Actor, target: Actor) -> str:
    """The code of one side of a clash between police or soldiers and civilians: the force
    represses (175), the crowd riots (145) — "supporters of Sonko clashed with police"."""
    if not draft.symmetric or draft.code not in ("175", "190", "180"):
        return draft.code
    if source.sector in FORCES and target.sector in CIVILIAN_SIDES:
        return "175"
    if target.sector in FORCES and source.sector in CIVILIAN_SIDES:
        return "145"
    return draft.code


def event_pairs(draft: Draft) -> Iterable[tuple[Actor, Actor]]:
    """The ordered (source, target) pairs a draft codes: one per pair of its sides'
    members, both ways for a symmetric event, never one actor with itself."""
    pairs: list[tuple[Actor, Actor]] = []
    # "Kerry, Lavrov and Putin held a discussion": the two Russians are one side of it
    one_side = draft.targets is draft.sources and len({a.code for a in draft.sources}) > 1
    sources = [m for a in draft.sources for m in _members(a)]
    targets = sources if draft.targets is draft.sources else \
        [m for a in draft.targets for m in _members(a)]
    for source in sources:
        for target in targets:
            if one_side and source.code == target.code:
                continue
            # one mention is not both sides, but "Algerians rallied" is against their own
            # country (the "home" target stands on the source's words)
            same = source.span == target.span and source.code == target.code and \
                target.how != "home"
            if source.code is not None and (same or (source.name and source.name == target.name)):
                continue
            pairs.append((source, target))
            if draft.symmetric:
                pairs.append((target, source))
    return pairs


def _members(actor: Actor) -> list[Actor]:
    """A compound dictionary code ("[FRO/BIL/SAM]": one name for several actors) stands for
    each of its members; any other actor for itself."""
    if not actor.code or "/" not in actor.code:
        return [actor]
    parts = [p.strip() for p in actor.code.split("/") if p.strip()]
    return [replace(actor, code=p, country=p[:3], sector=p[3:6] or None) for p in parts]


def build_event(view: DocView, draft: Draft, source: Actor, target: Actor, ctx: EventContext,
                number: int, code: str | None = None) -> Event:
    """The :class:`Event` record of one pair of a draft: both ontologies, date, place,
    evidence and confidence (``code`` when the pair re-codes the draft)."""
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
                      view.sent_ents[view.sent_of[cand.trigger.i]],
                      announced=draft.modality == "future")
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
