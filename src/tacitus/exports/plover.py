"""PLOVER JSONL from the store, in DuckDB: the same records as
:func:`tacitus.exports.records.plover_record` (tested equal), one event a line.

Two small lookups make the SQL match the record path: country names from the knowledge base
and PLOVER quad codes from the ontology; both are passed in as DataFrames, never as SQL text.
"""

from __future__ import annotations

import pandas as pd

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.ontology import Ontology

__all__ = ["plover_lookups", "plover_select"]


def _entity(p: str) -> str:
    return f"""[{{
        'raw_text': e.{p}_text,
        'entity_name': coalesce(nullif(e.{p}_name, ''), e.{p}_text),
        'country_name': coalesce({p}_country.name, e.{p}_country, ''),
        'country_code': coalesce(e.{p}_country, ''),
        'sector_code': coalesce(e.{p}_sector, ''),
        'other_sector_codes': '',
        'code': e.{p}_code,
        'role': coalesce(e.{p}_role, '')}}]"""


def _one_or_none(column: str) -> str:
    return f"CASE WHEN coalesce({column}, '') <> '' THEN [{column}] ELSE []::VARCHAR[] END"


def plover_select() -> str:
    """The query: one row per event, one column per PLOVER field (``?`` = the coded date).

    It reads the lookup frames registered as ``_plover_countries`` (code, name) and
    ``_plover_quads`` (event, quad) — see :func:`plover_lookups`."""
    return f"""
        SELECT e.event_id AS id,
               strftime(e.date, '%Y-%m-%d') AS date,
               {_entity("source")} AS actor,
               {_entity("target")} AS recipient,
               {_one_or_none("e.plover_event")} AS event,
               {_one_or_none("e.plover_mode")} AS mode,
               list_filter(string_split(coalesce(e.plover_context, ''), ';'),
                           lambda c: c <> '')
                   || {_one_or_none("e.plover_auxiliary")} AS context,
               q.quad AS quad_code,
               e.plover_score AS event_scale,
               [e.trigger_text] AS event_text,
               CASE WHEN e.location_name IS NOT NULL THEN {{
                   'name': e.location_name, 'country_code': e.location_country,
                   'lat': e.location_lat, 'lon': e.location_lon}} END AS event_loc,
               e.sentence_text AS text,
               e.coder AS coder,
               ?::VARCHAR AS coded_date,
               {{'code': e.cameo_code, 'name': e.cameo_name, 'goldstein': e.goldstein,
                 'quad_class': e.quad_class}} AS cameo,
               e.confidence AS confidence,
               e.modality AS modality,
               e.article_id AS article_id,
               a.url AS url,
               {{'field': e.trigger_field, 'sentence': e.sentence,
                 'trigger': [e.trigger_start, e.trigger_end],
                 'actor': [e.source_start, e.source_end],
                 'recipient': [e.target_start, e.target_end]}} AS offsets,
               e.quote_id AS quote
        FROM events e
        LEFT JOIN articles a USING (article_id)
        LEFT JOIN _plover_countries source_country ON source_country.code = e.source_country
        LEFT JOIN _plover_countries target_country ON target_country.code = e.target_country
        LEFT JOIN _plover_quads q ON q.event = e.plover_event
        ORDER BY e.article_id, e.event_id"""


def plover_lookups(kb: KnowledgeBase, ontology: Ontology) -> dict[str, pd.DataFrame]:
    """The lookup frames :func:`plover_select` joins: country names and PLOVER quad codes."""
    countries = pd.DataFrame({"code": [c.code for c in kb.countries],
                              "name": [c.name for c in kb.countries]}, dtype="object")
    events = ontology.plover_events
    quads = pd.DataFrame({"event": [e.event for e in events],
                          "quad": [e.quad_class for e in events]})
    return {"_plover_countries": countries.drop_duplicates("code"), "_plover_quads": quads}
