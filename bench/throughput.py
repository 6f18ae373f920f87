"""Throughput: Tacitus end to end against bare spaCy on the same texts, in one run.

Codes ../shared/corpora/wikinews-dev.jsonl (or --corpus FILE) and, interleaved on the same
texts, times ``nlp.pipe`` of the same model alone; prints articles/s, words/s and the ratio
Tacitus / spaCy for 1 and 2 processes. Each figure is the median of --repeats runs.

    python bench/throughput.py [--repeats 3] [--limit 0] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tacitus.coding import Coder
from tacitus.documents import BadRecord, read_path
from tacitus.nlp import load_nlp
from tacitus.records import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-dev.jsonl"


def _articles(path: Path, limit: int) -> list[Article]:
    items = [a for a in read_path(path) if not isinstance(a, BadRecord)]
    return items[:limit] if limit else items


def _time(fn: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    count = fn()
    return time.perf_counter() - started, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent", file=sys.stderr)
        return 0
    articles = _articles(args.corpus, args.limit)
    words = sum(len(a.title.split()) + len(a.text.split()) for a in articles)
    nlp = load_nlp()
    coder = Coder(nlp)
    texts = [t for a in articles for t in (a.title, a.text)]
    print(f"corpus: {args.corpus.name}, {len(articles)} articles, {words} words; "
          f"model {coder.settings.model}; median of {args.repeats}")

    def spacy_run(n: int) -> Callable[[], int]:
        def run() -> int:
            return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=n)) // 2
        return run

    def tacitus_run(n: int) -> Callable[[], int]:
        def run() -> int:
            done = 0
            for result in coder.code_many(articles, processes=n):
                done += not isinstance(result, BadRecord)
            return done
        return run

    rows = []
    for n in args.processes:
        spacy_times, tacitus_times = [], []
        for _ in range(args.repeats):  # interleaved, so both see the same machine state
            spacy_times.append(_time(spacy_run(n))[0])
            seconds, done = _time(tacitus_run(n))
            tacitus_times.append(seconds)
        s, t = statistics.median(spacy_times), statistics.median(tacitus_times)
        rows.append((n, len(articles) / s, words / s, len(articles) / t, words / t, s / t, done))
    print(f"{'procs':>5} {'spaCy art/s':>12} {'spaCy w/s':>10} {'Tacitus art/s':>14} "
          f"{'Tacitus w/s':>12} {'ratio T/S':>10} {'coded':>6}")
    for n, sa, sw, ta, tw, ratio, done in rows:
        print(f"{n:>5} {sa:>12.2f} {sw:>10.0f} {ta:>14.2f} {tw:>12.0f} {ratio:>10.2f} {done:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
