"""A small test corpus: real articles coded by the coder, and synthetic events (all in 2020)
written through ``Store.write`` so that filters can be checked against exact counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tacitus.ingest import ingest
from tacitus.ontology import load_ontology
from tacitus.records import Actor, Article, Cameo, CodedArticle, Event, Plover, Span
from tacitus.store import Store

REAL = [
    Article("real-moscow", "Talks in Moscow",
            "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in "
            "Moscow on Tuesday. \"We had a useful meeting,\" Kerry said.", dt.date(2013, 5, 8)),
    Article("real-tunis", "Protest in Tunis",
            "Thousands of protesters rallied against the government in Tunis on Sunday, and "
            "police arrested 30 demonstrators.", dt.date(2022, 10, 16)),
    Article("real/slash id", "Sanctions on Myanmar",
            "The European Union imposed new sanctions on Myanmar's military on Monday. "
            "\"The junta must stop the violence,\" the EU's foreign policy chief said.",
            dt.date(2022, 11, 14)),
]

# (source, target, CAMEO code, date, confidence): 10 events, one article each, all in 2020
SYNTHETIC = [
    ("USAGOV", "RUSGOV", "042", dt.date(2020, 1, 15), 0.9),
    ("USAGOV", "RUSGOV", "042", dt.date(2020, 2, 12), 0.9),
    ("USAGOV", "RUSGOV", "042", dt.date(2020, 3, 18), 0.9),
    ("RUSGOV", "USAGOV", "112", dt.date(2020, 2, 13), 0.5),
    ("RUSGOV", "USAGOV", "112", dt.date(2020, 2, 20), 0.5),
    ("RUSMIL", "UKRMIL", "190", dt.date(2020, 3, 2), 0.8),
    ("RUSMIL", "UKRMIL", "190", dt.date(2020, 3, 9), 0.8),
    ("RUSMIL", "UKRMIL", "190", dt.date(2020, 4, 6), 0.8),
    ("RUSMIL", "UKRMIL", "190", dt.date(2020, 4, 20), 0.8),
    ("UKRGOV", "IGOUNO", "020", dt.date(2020, 5, 4), 0.3),
]


def _actor(code: str, text: str, start: int) -> Actor:
    return Actor(code=code, country=code[:3], sector=code[3:] or None, name=None,
                 span=Span(text, "text", start, start + len(text), 0), how="synthetic",
                 confidence=0.9)


def synthetic_article(i: int, source: str, target: str, code: str, date: dt.date,
                      confidence: float) -> CodedArticle:
    ontology = load_ontology()
    cameo, plover = ontology.cameo(code), ontology.plover(code)
    text = f"{source} did {code} to {target}."
    trigger_at = len(source) + 1
    event = Event(
        id=f"syn-{i:02d}:te0:0", source=_actor(source, source, 0),
        target=_actor(target, target, text.index(target)),
        cameo=Cameo(cameo.code, cameo.name, cameo.root, cameo.quad_class, cameo.goldstein),
        plover=Plover(plover.event, plover.mode, plover.context, None),
        trigger=Span("did", "text", trigger_at, trigger_at + 3, 0),
        sentence=Span(text, "text", 0, len(text), 0), date=date, negated=False,
        modality="asserted", location=None, confidence=confidence, rule="synthetic",
        coder="test")
    article = Article(f"syn-{i:02d}", f"Synthetic story {i}", text, date, source="synthetic")
    return CodedArticle(article=article, actors=(event.source, event.target), events=(event,),
                        coder="test")


def build_corpus(path: Path, coder: Any) -> Path:
    """Create the test database at ``path``."""
    with Store(path) as store:
        ingest(REAL, store, coder)
        run = store.start_run(coder="test", settings={})
        batch = [(synthetic_article(i, *row), f"synthetic-{i}") for i, row in enumerate(SYNTHETIC)]
        store.write(batch, run)
        store.con.execute(
            "INSERT INTO learned_actors (name, alias, code, country, sector, mentions) "
            "VALUES (?, ?, ?, ?, ?, ?)", ["Jane Doe", "Doe", "FRAGOV", "FRA", "GOV", 7])
    return path
