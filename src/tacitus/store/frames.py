"""Coded articles → pandas DataFrames shaped like the store's tables (for bulk inserts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from tacitus.records import Actor, CodedArticle

__all__ = ["TABLES", "frames_of"]

TABLES = ("articles", "actors", "events", "quotes")


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("code", "country", "sector", "name", "role",
                                                  "text", "field", "start", "end", "how",
                                                  "confidence")}
    return {
        f"{prefix}_code": actor.code, f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector, f"{prefix}_name": actor.name,
        f"{prefix}_role": actor.role, f"{prefix}_text": actor.span.text,
        f"{prefix}_field": actor.span.field, f"{prefix}_start": actor.span.start,
        f"{prefix}_end": actor.span.end, f"{prefix}_how": actor.how,
        f"{prefix}_confidence": actor.confidence,
    }


def frames_of(batch: Sequence[tuple[CodedArticle, str]], run_id: int) -> dict[str, pd.DataFrame]:
    """One DataFrame per table for ``batch`` (coded article, content hash) pairs."""
    articles, actors, events, quotes = [], [], [], []
    for coded, digest in batch:
        art = coded.article
        articles.append({
            "article_id": art.id, "content_hash": digest, "title": art.title, "text": art.text,
            "date": art.date, "source": art.source, "url": art.url, "run_id": run_id,
            "coder": coded.coder, "warnings": list(coded.warnings),
        })
        for actor in coded.actors:
            actors.append({
                "article_id": art.id, "field": actor.span.field, "start": actor.span.start,
                "end": actor.span.end, "sentence": actor.span.sentence, "text": actor.span.text,
                "code": actor.code, "country": actor.country, "sector": actor.sector,
                "name": actor.name, "role": actor.role, "how": actor.how,
                "confidence": actor.confidence,
            })
        for event in coded.events:
            loc = event.location
            events.append({
                "event_id": event.id, "article_id": art.id, "date": event.date,
                **_actor("source", event.source), **_actor("target", event.target),
                "cameo_code": event.cameo.code, "cameo_name": event.cameo.name,
                "cameo_root": event.cameo.root, "quad_class": event.cameo.quad_class,
                "goldstein": event.cameo.goldstein, "plover_event": event.plover.event,
                "plover_mode": event.plover.mode, "plover_context": event.plover.context,
                "plover_score": event.plover.score, "plover_auxiliary": event.plover.auxiliary,
                "trigger_text": event.trigger.text, "trigger_field": event.trigger.field,
                "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
                "sentence": event.sentence.sentence, "sentence_text": event.sentence.text,
                "negated": event.negated, "modality": event.modality,
                "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
                "confidence": event.confidence, "rule": event.rule, "coder": event.coder,
                "quote_id": event.quote,
            })
        for quote in coded.quotes:
            quotes.append({
                "quote_id": quote.id, "article_id": art.id, "kind": quote.kind,
                "statement": quote.statement, **_actor("speaker", quote.speaker),
                "cue_text": quote.cue.text if quote.cue else None,
                "cue_start": quote.cue.start if quote.cue else None,
                "cue_end": quote.cue.end if quote.cue else None,
                "content_text": quote.content.text, "content_field": quote.content.field,
                "content_start": quote.content.start, "content_end": quote.content.end,
                "sentence_first": quote.sentences[0], "sentence_last": quote.sentences[1],
                "addressee_code": quote.addressee.code if quote.addressee else None,
                "addressee_name": quote.addressee.name if quote.addressee else None,
            })
    return {"articles": pd.DataFrame(articles), "actors": pd.DataFrame(actors),
            "events": pd.DataFrame(events), "quotes": pd.DataFrame(quotes)}
