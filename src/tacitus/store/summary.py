"""What a store holds, for people: counts, events by dyad and code, top quotations."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from tacitus.store.store import Store

__all__ = ["Summary", "summarize"]


@dataclass(frozen=True, slots=True)
class Summary:
    articles: int
    events: int
    quotes: int
    actors: int
    dyads: pd.DataFrame  # source, target, code, name, events, goldstein
    codes: pd.DataFrame  # root, name, events
    quotes_by_speaker: pd.DataFrame  # speaker, direct, indirect, mixed
    sample_quotes: pd.DataFrame  # speaker, kind, content


def summarize(store: Store, *, top: int = 15) -> Summary:
    """The figures ``tacitus demo`` and ``tacitus summary`` print."""
    dyads = store.query(
        """SELECT source_code AS source, target_code AS target, cameo_code AS code,
                  any_value(cameo_name) AS name, count(*) AS events,
                  round(sum(goldstein), 1) AS goldstein
           FROM events GROUP BY ALL ORDER BY events DESC, source, target, code LIMIT ?""",
        [top])
    codes = store.query(
        """SELECT cameo_root AS root, plover_event AS plover, count(*) AS events,
                  round(avg(goldstein), 2) AS mean_goldstein
           FROM events GROUP BY ALL ORDER BY events DESC, root LIMIT ?""", [top])
    speakers = store.query(
        """SELECT coalesce(speaker_name, speaker_text, '(unknown)') AS speaker,
                  coalesce(speaker_code, '') AS code,
                  count(*) FILTER (kind = 'direct') AS direct,
                  count(*) FILTER (kind = 'indirect') AS indirect,
                  count(*) FILTER (kind = 'mixed') AS mixed
           FROM quotes GROUP BY ALL ORDER BY count(*) DESC, speaker LIMIT ?""", [top])
    sample = store.query(
        """SELECT coalesce(speaker_name, speaker_text, '(unknown)') AS speaker, kind,
                  content_text AS content
           FROM quotes WHERE kind = 'direct' ORDER BY article_id, content_start LIMIT ?""",
        [min(top, 8)])
    return Summary(
        articles=store.count("articles"), events=store.count("events"),
        quotes=store.count("quotes"), actors=store.count("actors"),
        dyads=dyads, codes=codes, quotes_by_speaker=speakers, sample_quotes=sample,
    )
