"""PLOVER JSON records (one event each) from coded records, as ``tacitus code -f plover`` prints.

The PLOVER record follows the manual's JSON field names (``id``, ``date``, ``actor``,
``recipient``, ``event``, ``mode``, ``context``, ``quad_code``, ``event_scale``, ``event_text``,
``event_loc``, ``text``, ``coder``), with PLOVER's auxiliary mode (future, hypothetical,
historical, negation) added to ``context``, and Tacitus's own evidence in extra fields
(``cameo``, ``confidence``, ``article_id``, ``offsets``, ``quote``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.ontology import Ontology
from tacitus.records import Actor, Article, CodedArticle, Event

__all__ = ["plover_record", "plover_records"]


def _entity(actor: Actor, kb: KnowledgeBase | None) -> dict[str, Any]:
    country = actor.country
    known = kb.country(country) if kb is not None and country else None
    return {
        "raw_text": actor.span.text,
        "entity_name": actor.name or actor.span.text,
        "country_name": known.name if known else (country or ""),
        "country_code": country or "",
        "sector_code": actor.sector or "",
        "other_sector_codes": "",
        "code": actor.code,
        "role": actor.role or "",
    }


def plover_record(event: Event, article: Article, ontology: Ontology,
                  kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    plover = event.plover
    contexts = [c for c in plover.context.split(";") if c]
    if plover.auxiliary:
        contexts.append(plover.auxiliary)
    quad = ontology.plover_event(plover.event).quad_class if plover.event else None
    location = None
    if event.location is not None:
        loc = event.location
        location = {"name": loc.name, "country_code": loc.country, "lat": loc.lat,
                    "lon": loc.lon}
    return {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "actor": [_entity(event.source, kb)],
        "recipient": [_entity(event.target, kb)],
        "event": [plover.event] if plover.event else [],
        "mode": [plover.mode] if plover.mode else [],
        "context": contexts,
        "quad_code": quad,
        "event_scale": plover.score,
        "event_text": [event.trigger.text],
        "event_loc": location,
        "text": event.sentence.text,
        "coder": event.coder,
        "coded_date": dt.date.today().isoformat(),
        "cameo": {"code": event.cameo.code, "name": event.cameo.name,
                  "goldstein": event.cameo.goldstein, "quad_class": event.cameo.quad_class},
        "confidence": event.confidence,
        "modality": event.modality,
        "article_id": article.id,
        "url": article.url,
        "offsets": {
            "field": event.trigger.field, "sentence": event.sentence.sentence,
            "trigger": [event.trigger.start, event.trigger.end],
            "actor": [event.source.span.start, event.source.span.end],
            "recipient": [event.target.span.start, event.target.span.end],
        },
        "quote": event.quote,
    }


def plover_records(coded: CodedArticle, ontology: Ontology,
                   kb: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    return [plover_record(e, coded.article, ontology, kb) for e in coded.events]
