"""Where the time goes: spaCy's parse against each Tacitus stage, on the same articles.

Parses ../shared/corpora/wikinews-dev.jsonl once (timed), then times each stage of coding on
the parsed documents — actor mentions and resolution, quotations, events — and prints each as
a share of the parse time. Medians of --repeats runs.

    python bench/stages.py [--repeats 3] [--limit 0]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from tacitus.actors.coref import resolve_references
from tacitus.actors.mentions import find_mentions
from tacitus.coding import Coder
from tacitus.documents import BadRecord, read_path
from tacitus.events import EventContext, code_events
from tacitus.nlp import DocView, load_nlp
from tacitus.quotes import extract_quotes

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-dev.jsonl"


def _stages(coder: Coder, articles: list[Any], docs: list[Any]) -> dict[str, float]:
    times = {"actors": 0.0, "quotes": 0.0, "events": 0.0}
    for article, doc in zip(articles, docs, strict=True):
        view = DocView.of(doc, "text")
        started = time.perf_counter()
        index = resolve_references(view, find_mentions(view, coder.lexicon, article.date))
        times["actors"] += time.perf_counter() - started
        started = time.perf_counter()
        extract_quotes(view, index, article.id, cues=coder.cues)
        times["quotes"] += time.perf_counter() - started
        started = time.perf_counter()
        ctx = EventContext(article.id, article.date, coder.patterns, coder.ontology,
                           coder.gazetteer, coder.settings, coder.version)
        code_events(view, index, ctx)
        times["events"] += time.perf_counter() - started
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent", file=sys.stderr)
        return 0
    articles = [a for a in read_path(args.corpus) if not isinstance(a, BadRecord)]
    articles = articles[: args.limit] if args.limit else articles
    nlp = load_nlp()
    coder = Coder(nlp)
    parse_times: list[float] = []
    stage_times: dict[str, list[float]] = {"actors": [], "quotes": [], "events": []}
    for _ in range(args.repeats):
        started = time.perf_counter()
        docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
        parse_times.append(time.perf_counter() - started)
        for stage, seconds in _stages(coder, articles, docs).items():
            stage_times[stage].append(seconds)
    parse = statistics.median(parse_times)
    print(f"{len(articles)} articles; spaCy parse {parse:.2f} s (median of {args.repeats})")
    print(f"{'stage':<8} {'seconds':>8} {'share of parse':>15}")
    total = 0.0
    for stage, values in stage_times.items():
        seconds = statistics.median(values)
        total += seconds
        print(f"{stage:<8} {seconds:>8.3f} {seconds / parse:>14.1%}")
    print(f"{'all':<8} {total:>8.3f} {total / parse:>14.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
