"""The corpus pipeline, in one run: coding throughput of the three engines against bare spaCy,
bulk loading into DuckDB, and a dyad-by-week query over a million events.

1. Ingest ../shared/corpora/wikinews-dev.jsonl (or --corpus FILE) into a fresh database with
   one process, with 2 worker processes, and on a local Dask cluster of 2 workers; interleaved
   with bare spaCy ``nlp.pipe`` (same model, same texts) on 1 and 2 processes. Prints
   articles/s and the ratio to bare spaCy (same parallelism, and 1-process spaCy).
2. Synthetic events through the store's bulk path: records → DataFrames (``frames_of``),
   DataFrames → DuckDB (one transaction per batch), both (``Store.write``), and Parquet parts
   → DuckDB (``Store.load_parts``, what the Dask engine does).
3. A dyad-by-week query (``tacitus dyads --by week``) over 1,000,000 synthetic events made in
   DuckDB with range()/random().

Every figure is the median of --repeats runs.

    python bench/corpus.py [--repeats 3] [--limit 0] [--events 200000] [--query-events 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tacitus.aggregate import DyadFilter, dyads
from tacitus.coding import Coder
from tacitus.documents import BadRecord, content_hash, read_path
from tacitus.ingest import ingest
from tacitus.nlp import load_nlp
from tacitus.records import Actor, Article, Cameo, CodedArticle, Event, Plover, Span
from tacitus.store import Store
from tacitus.store.frames import TABLES, frames_of
from tacitus.store.parts import write_parts

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-dev.jsonl"
CODES = ["USAGOV", "RUSGOV", "CHNGOV", "UKRGOV", "UKRMIL", "RUSMIL", "GBRGOV", "FRAGOV",
         "DEUGOV", "ISRGOV", "PSEREB", "IRNGOV", "SYRGOV", "SYRREB", "TURGOV", "IGOUNO",
         "IGOEUR", "IGOWST", "USAMIL", "USALEG", "IRQGOV", "AFGGOV", "AFGREB", "INDGOV",
         "PAKGOV", "EGYGOV", "SAUGOV", "YEMREB", "NGAGOV", "VENGOV"]
CAMEO = [("040", "04", 1, 1.0), ("042", "04", 1, 1.9), ("051", "05", 1, 3.4),
         ("061", "06", 2, 6.4), ("112", "11", 3, -2.0), ("120", "12", 3, -4.0),
         ("130", "13", 3, -4.4), ("141", "14", 3, -6.5), ("173", "17", 4, -5.0),
         ("190", "19", 4, -10.0), ("036", "03", 1, 4.0), ("010", "01", 1, 0.0)]


def median_time(fn: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# ---------------------------------------------------------------------- 1. coding engines

def bench_engines(args: argparse.Namespace, folder: Path) -> None:
    from tacitus.distributed import ingest_dask, open_client, warm_workers

    articles = [a for a in read_path(args.corpus) if not isinstance(a, BadRecord)]
    articles = articles[:args.limit] if args.limit else articles
    words = sum(len(a.title.split()) + len(a.text.split()) for a in articles)
    texts = [t for a in articles for t in (a.title, a.text)]
    nlp = load_nlp()
    coder = Coder(nlp)
    print(f"corpus: {args.corpus.name}, {len(articles)} articles, {words} words; model "
          f"{coder.settings.model}; median of {args.repeats}")
    runs: dict[str, list[float]] = {k: [] for k in ("spacy1", "spacy2", "local1", "local2",
                                                    "dask2")}
    events: dict[str, int] = {}
    counter = iter(range(10_000))

    def fresh() -> Store:
        return Store(folder / f"engines-{next(counter)}.duckdb")

    def timed(name: str, fn: Callable[[], int | None]) -> None:
        started = time.perf_counter()
        result = fn()
        runs[name].append(time.perf_counter() - started)
        if result is not None:
            events[name] = result

    def local(processes: int) -> Callable[[], int]:
        def run() -> int:
            with fresh() as store:
                return ingest(articles, store, coder, processes=processes).events
        return run

    started = time.perf_counter()
    with open_client(workers=2) as client:
        warm_workers(client, coder.settings)
        print(f"dask: local cluster of 2 workers started and warmed in "
              f"{time.perf_counter() - started:.1f} s (not counted below)")

        def dask() -> int:
            with fresh() as store:
                return ingest_dask(articles, store, coder.settings, client=client,
                                   partition_size=16).events

        for _ in range(args.repeats):  # interleaved: every engine sees the same machine state
            timed("spacy1", lambda: _count(nlp.pipe(texts, batch_size=32)))
            timed("local1", local(1))
            timed("spacy2", lambda: _count(nlp.pipe(texts, batch_size=32, n_process=2)))
            timed("local2", local(2))
            timed("dask2", dask)
    med = {k: statistics.median(v) for k, v in runs.items()}
    n = len(articles)
    print(f"{'engine':<26} {'seconds':>8} {'articles/s':>11} {'words/s':>9} "
          f"{'x spaCy same procs':>19} {'x spaCy 1 proc':>15} {'events':>7}")
    rows = [("bare spaCy, 1 process", "spacy1", "spacy1"),
            ("bare spaCy, 2 processes", "spacy2", "spacy2"),
            ("Tacitus ingest, 1 process", "local1", "spacy1"),
            ("Tacitus ingest, 2 procs", "local2", "spacy2"),
            ("Tacitus ingest, Dask 2 w.", "dask2", "spacy2")]
    for label, key, base in rows:
        print(f"{label:<26} {med[key]:>8.2f} {n / med[key]:>11.2f} {words / med[key]:>9.0f} "
              f"{med[base] / med[key]:>19.2f} {med['spacy1'] / med[key]:>15.2f} "
              f"{events.get(key, ''):>7}")


def _count(docs: Any) -> None:
    for _ in docs:
        pass


# ---------------------------------------------------------------------- 2. bulk loading

def synthetic_batch(articles: int, per_article: int, offset: int = 0) -> list[tuple[
        CodedArticle, str]]:
    """Coded articles of ``per_article`` events each, built in Python (not timed)."""
    batch = []
    for i in range(offset, offset + articles):
        aid = f"s{i:08d}"
        text = f"Synthetic article {i}."
        day = dt.date(2018, 1, 1) + dt.timedelta(days=i % 730)
        events = []
        for n in range(per_article):
            code, root, quad, goldstein = CAMEO[(i + n) % len(CAMEO)]
            src, tgt = CODES[(i + n) % len(CODES)], CODES[(i * 7 + n + 1) % len(CODES)]
            span = Span("Synthetic", "text", 0, 9, n)
            events.append(Event(
                f"{aid}:te{n}:0", Actor(src, src[:3], src[3:], f"Name {src}", span, "bench", 0.9),
                Actor(tgt, tgt[:3], tgt[3:], f"Name {tgt}", span, "bench", 0.9),
                Cameo(code, f"code {code}", root, quad, goldstein),
                Plover("CONSULT", "", "diplomatic", 1.0), span, span, day, False, "asserted",
                None, 0.8, "bench", "tacitus-bench"))
        article = Article(aid, f"Title {i}", text, day, "Bench", f"https://bench.example/{i}")
        batch.append((CodedArticle(article, events=tuple(events), coder="tacitus-bench"),
                      content_hash(article)))
    return batch


def bench_bulk(args: argparse.Namespace, folder: Path) -> None:
    per_article = 10
    articles = args.events // per_article
    print(f"\nbulk loading: {articles * per_article} synthetic events ({articles} articles, "
          f"{per_article} events each) into a fresh database file, by events per transaction")
    print(f"{'path':<44} {'per tx':>7} {'seconds':>8} {'events/s':>10}")
    for per_tx in (10_000, 100_000):
        per_batch = per_tx // per_article
        batches = [synthetic_batch(per_batch, per_article, offset)
                   for offset in range(0, articles, per_batch)]
        for label, seconds in _bulk_paths(batches, folder / f"tx{per_tx}", args.repeats):
            rate = articles * per_article / seconds
            print(f"{label:<44} {per_tx:>7} {seconds:>8.3f} {rate:>10.0f}")


def _bulk_paths(batches: list[list[tuple[CodedArticle, str]]], folder: Path,
                repeats: int) -> list[tuple[str, float]]:
    counter = iter(range(10_000))
    frames = [frames_of(batch, 1) for batch in batches]
    parts = [write_parts(batch, 1, folder / "parts", f"p{i}") for i, batch in enumerate(batches)]

    def fresh() -> Store:
        return Store(folder / f"bulk-{next(counter)}.duckdb")

    def to_frames() -> None:
        for batch in batches:
            frames_of(batch, 1)

    def insert_frames() -> None:
        with fresh() as store:
            for batch_frames in frames:
                store.con.execute("BEGIN TRANSACTION")
                for table in TABLES:
                    store._insert(table, batch_frames[table])
                store.con.execute("COMMIT")

    def write() -> None:
        with fresh() as store:
            for batch in batches:
                store.write(batch, 1)

    def load_parts() -> None:
        with fresh() as store:
            for part in parts:
                store.load_parts(part)

    return [(label, median_time(fn, repeats)) for label, fn in (
        ("records -> DataFrames (frames_of, Python)", to_frames),
        ("DataFrames -> DuckDB (INSERT ... SELECT df)", insert_frames),
        ("records -> DuckDB (Store.write: both)", write),
        ("Parquet parts -> DuckDB (Store.load_parts)", load_parts))]


# ---------------------------------------------------------------------- 3. dyad query

SYNTHETIC_EVENTS = """
    INSERT INTO events (event_id, article_id, date, source_code, source_country, source_name,
                        target_code, target_country, target_name, cameo_code, cameo_root,
                        quad_class, goldstein, plover_score, confidence, trigger_field, sentence)
    SELECT 'q' || i, 'qa' || (i // 8), DATE '2018-01-01' + (i * 7919 % 730)::INTEGER,
           codes[1 + s], left(codes[1 + s], 3), codes[1 + s],
           codes[1 + t], left(codes[1 + t], 3), codes[1 + t],
           cameo[1 + c], left(cameo[1 + c], 2), quads[1 + c], gold[1 + c],
           gold[1 + c], 0.5 + random() / 2, 'text', (i % 12)::INTEGER
    FROM (SELECT range AS i, (random() * ?)::INTEGER % ? AS s, (random() * ?)::INTEGER % ? AS t,
                 (random() * ?)::INTEGER % ? AS c, ? AS codes, ? AS cameo, ? AS quads,
                 ? AS gold
          FROM range(?))"""


def bench_query(args: argparse.Namespace, folder: Path) -> None:
    path = folder / "query.duckdb"
    with Store(path) as store:
        started = time.perf_counter()
        store.con.execute("SELECT setseed(0.42)")
        nc, nk = len(CODES), len(CAMEO)
        store.con.execute(SYNTHETIC_EVENTS, [
            nc, nc, nc, nc, nk, nk, CODES, [c[0] for c in CAMEO], [c[2] for c in CAMEO],
            [c[3] for c in CAMEO], args.query_events])
        made = time.perf_counter() - started
        count = store.count("events")
    print(f"\ndyad query: {count} synthetic events made in DuckDB in {made:.1f} s "
          f"(range()/random(), one INSERT)")
    with Store(path, read_only=True) as store:
        cases = (("tacitus dyads --by week", DyadFilter(), "events"),
                 ("tacitus dyads --by week --source USA", DyadFilter(source="USA"), "events"),
                 ("tacitus dyads --by week --dedup", DyadFilter(), "events_dedup"))
        print(f"{'query':<40} {'seconds':>8} {'rows':>7}")
        for label, flt, table in cases:
            rows = [0]

            def run(flt: DyadFilter = flt, table: str = table, rows: list[int] = rows) -> None:
                rows[0] = len(dyads(store, flt, by="week", table=table))

            seconds = median_time(run, args.repeats)
            print(f"{label:<40} {seconds:>8.3f} {rows[0]:>7}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--events", type=int, default=200_000, help="synthetic events to load")
    parser.add_argument("--query-events", type=int, default=1_000_000)
    parser.add_argument("--skip-coding", action="store_true", help="only parts 2 and 3")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tacitus-bench-") as tmp:
        folder = Path(tmp)
        if args.skip_coding:
            pass
        elif not args.corpus.exists():
            print(f"skipped the coding benchmark: {args.corpus} is absent", file=sys.stderr)
        else:
            bench_engines(args, folder)
        bench_bulk(args, folder)
        bench_query(args, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
