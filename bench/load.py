"""Load test of the HTTP service: /api/events and /api/dyads on a corpus of ≥ 100k events.

Generates a synthetic corpus (articles and events with real CAMEO codes, 60 actors, ten years)
into a temporary DuckDB file, starts ``tacitus serve``'s app with uvicorn in a second process on
loopback, then sends requests from this process with a few client threads. Every run is
bounded: at most --requests requests and --seconds seconds per endpoint. Prints requests/s and
p50/p99 latency per endpoint.

    python bench/load.py [--events 100000] [--requests 2000] [--seconds 20] [--clients 4]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import numpy as np
import pandas as pd

from tacitus.ontology import load_ontology
from tacitus.store import Store

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "IRN", "ISR", "SYR", "TUR",
             "IND", "PAK", "JPN", "PRK", "KOR", "BRA", "ZAF", "NGA", "EGY"]
SECTORS = ["GOV", "MIL", ""]
ACTORS = [c + s for c in COUNTRIES for s in SECTORS]


def build_corpus(path: Path, events: int, *, seed: int = 7) -> None:
    """Write ``events`` synthetic events (≈ 4 an article) into a new store at ``path``."""
    rng = np.random.default_rng(seed)
    codes = [c for c in load_ontology().codes if len(c.code) >= 3]
    ontology = load_ontology()
    n_articles = max(1, events // 4)
    days = rng.integers(0, 3650, n_articles)
    dates = pd.to_datetime("2015-01-01") + pd.to_timedelta(days, unit="D")
    articles = pd.DataFrame({
        "article_id": [f"a{i:07d}" for i in range(n_articles)],
        "content_hash": [f"h{i:07d}" for i in range(n_articles)],
        "title": [f"Synthetic story {i}" for i in range(n_articles)],
        "text": [f"Synthetic text {i}." for i in range(n_articles)],
        "date": dates.date, "source": "bench", "run_id": 1, "coder": "bench"})
    article_of = rng.integers(0, n_articles, events)
    pick = rng.integers(0, len(codes), events)
    # a skewed choice of actors, so that some dyads are busy
    weights = 1 / np.arange(1, len(ACTORS) + 1)
    weights /= weights.sum()
    source = rng.choice(len(ACTORS), events, p=weights)
    target = (source + rng.integers(1, len(ACTORS), events)) % len(ACTORS)
    cameo = [codes[i] for i in pick]
    frame = pd.DataFrame({
        "event_id": [f"e{i:08d}" for i in range(events)],
        "article_id": articles["article_id"].to_numpy()[article_of],
        "date": articles["date"].to_numpy()[article_of],
        "source_code": [ACTORS[i] for i in source], "target_code": [ACTORS[i] for i in target],
        "source_country": [ACTORS[i][:3] for i in source],
        "target_country": [ACTORS[i][:3] for i in target],
        "cameo_code": [c.code for c in cameo], "cameo_name": [c.name for c in cameo],
        "cameo_root": [c.root for c in cameo], "quad_class": [c.quad_class for c in cameo],
        "goldstein": [c.goldstein for c in cameo],
        "plover_event": [ontology.plover(c.code).event for c in cameo],
        "trigger_text": "did", "trigger_field": "text", "trigger_start": 0, "trigger_end": 3,
        "sentence": 0, "sentence_text": "Synthetic sentence.", "negated": False,
        "modality": "asserted", "confidence": rng.uniform(0.3, 1.0, events).round(2),
        "rule": "bench", "coder": "bench"})
    with Store(path) as store:
        for table, data in (("articles", articles), ("events", frame)):
            store.con.register("_incoming", data)
            store.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _incoming")
            store.con.unregister("_incoming")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    code = ("import uvicorn; from tacitus.service import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, "
            "log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).raise_for_status()
            return server
        except httpx.HTTPError:
            if server.poll() is not None:
                break
            time.sleep(0.25)
    server.kill()
    raise SystemExit("the server did not start")


def hammer(base: str, make_url: Callable[[random.Random], str], *, requests: int,
           seconds: float, clients: int) -> tuple[list[float], int, float]:
    """Send up to ``requests`` requests within ``seconds`` from ``clients`` threads; return the
    latencies (s), the number of failures and the wall time."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    sent = [0]
    deadline = time.monotonic() + seconds

    def worker(n: int) -> None:
        rnd = random.Random(n)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    if sent[0] >= requests:
                        return
                    sent[0] += 1
                url = make_url(rnd)
                started = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        failures[0] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures[0], time.perf_counter() - started


def events_url(rnd: random.Random) -> str:
    country = rnd.choice(COUNTRIES)
    page = rnd.randrange(0, 20) * 50
    return f"/api/events?source={country}&min_confidence=0.5&limit=50&offset={page}"


def dyads_url(rnd: random.Random) -> str:
    a, b = rnd.sample(COUNTRIES[:8], 2)
    return f"/api/dyads?source={a}&target={b}&symmetric=true&combine=true&by=month&limit=500"


def explore_urls(rnd: random.Random) -> str:
    return rnd.choice(["/api/codes?source=USA&target=RUS&symmetric=true&limit=12",
                       "/api/network?limit=24", "/api/actors?limit=200",
                       "/api/events?source=USA&target=RUS&symmetric=true&limit=25"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000,
                        help="at most this many requests per endpoint")
    parser.add_argument("--seconds", type=float, default=20.0,
                        help="at most this long per endpoint")
    parser.add_argument("--clients", type=int, default=4, help="client threads")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "load.duckdb"
        started = time.perf_counter()
        build_corpus(db, args.events)
        print(f"corpus: {args.events} events in {db.stat().st_size / 1e6:.0f} MB, built in "
              f"{time.perf_counter() - started:.1f} s")
        port = free_port()
        server = start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            print(f"server: uvicorn, 1 worker, 127.0.0.1:{port}; {args.clients} client threads, "
                  f"≤ {args.requests} requests and ≤ {args.seconds:.0f} s per endpoint\n")
            print(f"{'endpoint':<28}{'requests':>9}{'failed':>8}{'req/s':>9}{'p50 ms':>9}"
                  f"{'p99 ms':>9}")
            for name, make in (("/api/events (filtered page)", events_url),
                               ("/api/dyads (pair, monthly)", dyads_url),
                               ("Explore's other calls", explore_urls)):
                hammer(base, make, requests=20, seconds=5, clients=1)  # warm up
                latencies, failed, wall = hammer(base, make, requests=args.requests,
                                                 seconds=args.seconds, clients=args.clients)
                cuts = statistics.quantiles(latencies, n=100)
                print(f"{name:<28}{len(latencies):>9}{failed:>8}{len(latencies) / wall:>9.1f}"
                      f"{cuts[49] * 1000:>9.1f}{cuts[98] * 1000:>9.1f}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
