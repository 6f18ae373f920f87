"""kill -9 in the middle of an ingest, then re-run: every article stored exactly once, and the
store equals a clean run's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tacitus
from tacitus.documents import read_articles
from tacitus.ingest import ingest
from tacitus.store import Store
from tests.corpus.stories import stories, write_jsonl

pytestmark = [pytest.mark.model, pytest.mark.slow]

# the library, in a child process: ingest, saying on stdout each time a batch is committed
SCRIPT = """
import sys
from tacitus.coding import Coder
from tacitus.documents import read_articles
from tacitus.ingest import ingest
from tacitus.store import Store

source, db, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
coder = Coder.load()
committed = [0]

def progress(status):
    if status.stored != committed[0]:
        committed[0] = status.stored
        print("stored", status.stored, flush=True)

with Store(db) as store:
    report = ingest(read_articles([source]), store, coder, write_every=batch, progress=progress)
print("done", report.articles, flush=True)
"""

COMPARED = {
    "articles": "SELECT * EXCLUDE (run_id) FROM articles ORDER BY article_id",
    "events": "SELECT * FROM events ORDER BY event_id",
    "quotes": "SELECT * FROM quotes ORDER BY quote_id",
    "actors": "SELECT * FROM actors ORDER BY article_id, field, start, code",
}


def _killed_mid_run(source: Path, db: Path, batch: int) -> int:
    """Start the ingest, kill -9 it right after its first committed batch; return how many
    articles it had stored."""
    env = {**os.environ, "PYTHONPATH": str(Path(tacitus.__file__).parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(source), str(db), str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert line.startswith("stored"), err
    assert proc.returncode == -signal.SIGKILL
    return int(line.split()[1])


def test_kill_9_then_rerun_stores_every_article_once(tmp_path: Path, coder: Any) -> None:
    articles = stories(40)
    source = write_jsonl(tmp_path / "stories.jsonl", articles)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"

    stored = _killed_mid_run(source, killed_db, batch=4)
    with Store(killed_db) as store:
        after_kill = store.count("articles")
        assert stored <= after_kill < len(articles)  # whole batches only, and not all
        assert after_kill % 4 == 0
        report = ingest(read_articles([source]), store, coder, write_every=4)
        assert (report.skipped, report.articles) == (after_kill, len(articles) - after_kill)
        killed = {name: store.query(sql) for name, sql in COMPARED.items()}
        runs = store.query("SELECT finished FROM runs ORDER BY run_id")
    with Store(clean_db) as store:
        ingest(read_articles([source]), store, coder, write_every=4)
        clean = {name: store.query(sql) for name, sql in COMPARED.items()}

    assert len(killed["articles"]) == len(articles)
    assert killed["articles"]["article_id"].is_unique
    assert killed["articles"]["content_hash"].is_unique
    assert len(killed["events"]) == len(clean["events"]) > len(articles)
    for name in COMPARED:
        assert killed[name].equals(clean[name]), name
    assert runs["finished"].isna().tolist() == [True, False]  # the killed run never finished
