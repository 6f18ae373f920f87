"""Where did it happen: the place the sentence gives for an event, with its country."""

from __future__ import annotations

from typing import Any

from tacitus.geo import Gazetteer
from tacitus.nlp.view import DocView
from tacitus.records import Location

__all__ = ["event_location"]

_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "throughout",
                          "across"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "stay", "summit"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def event_location(view: DocView, trigger: Any, verb: Any, gazetteer: Gazetteer,
                   *, target: Any | None = None, visit: bool = False) -> Location | None:
    """The place the sentence gives for the event: 'in Moscow' on its verb or trigger; for a
    visit, its destination; else the destination of a visit told in the same sentence."""
    if visit and target is not None:
        place = _place_ent(view, target)
        if place is not None:
            return _location(view, place, gazetteer)
    holders = [t for t in (verb, trigger) if t is not None]
    holders += [c for h in holders for c in h.children if c.dep_ in ("dobj", "attr")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for token in prep.children:
                place = _place_ent(view, token) if token.dep_ == "pobj" else None
                if place is not None:
                    return _location(view, place, gazetteer)
    for token in trigger.sent:  # "… during Kerry's visit to Moscow"
        if token.lemma_ in _TRIP_NOUNS and token.pos_ == "NOUN":
            for prep in token.children:
                if prep.lower_ in ("to", "in"):
                    for pobj in prep.children:
                        place = _place_ent(view, pobj)
                        if place is not None:
                            return _location(view, place, gazetteer)
    return None


def _place_ent(view: DocView, token: Any) -> Any | None:
    ent = view.ent_of.get(token.i)
    return ent if ent is not None and ent.label_ in _PLACE_LABELS else None


def _location(view: DocView, ent: Any, gazetteer: Gazetteer) -> Location:
    place = gazetteer.lookup([t.text for t in ent])
    if place is None:
        return Location(ent.text, None, view.span(ent.start, ent.end))
    return Location(ent.text, place.country, view.span(ent.start, ent.end), place.lat, place.lon)
