"""With worker processes, the pool's feeder thread checks new articles against the store
(``IngestRun.fresh``) while the main thread writes batches: both must work. Regression: with
one DuckDB connection the second call was refused ("connection is busy")."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from tacitus.config import Settings
from tacitus.documents import BadRecord
from tacitus.ingest import IngestRun
from tacitus.records import Article
from tacitus.store import Store
from tests.store.synthetic import Mention, coded


def test_fresh_in_a_thread_while_the_main_thread_writes(tmp_db: Path) -> None:
    articles = [Article(f"n{i}", f"T{i}", f"Text {i}.", dt.date(2020, 1, 1)) for i in range(400)]
    batches = [[coded(f"w{b}-{i}", [Mention("USAGOV", "040", "RUSGOV", dt.date(2020, 1, 2))])
                for i in range(5)] for b in range(60)]
    found: list[Article | BadRecord] = []
    failures: list[BaseException] = []
    with Store(tmp_db) as store:
        run = IngestRun(store, coder="test", settings=Settings())

        def feed() -> None:
            try:
                found.extend(a for a, _ in (x for x in run.fresh(articles, chunk=1)
                                            if not isinstance(x, BadRecord)))
            except BaseException as exc:  # reported by the main thread
                failures.append(exc)

        feeder = threading.Thread(target=feed)
        feeder.start()
        for batch in batches:
            run.write(batch)
        feeder.join()
        run.finish()
        assert not failures, failures[0]
        assert len(found) == 400 and store.count("articles") == 300
