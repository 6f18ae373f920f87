"""Ingest: code articles into a store, skipping what it already holds, batch by batch.

Each batch of coded articles is written in one transaction, so an ingest killed at any moment
(even ``kill -9``) leaves whole articles only; re-running it skips them (by content hash) and
codes the rest. :class:`IngestRun` is the bookkeeping both engines share: this module's
in-process engine (optionally with worker processes) and the Dask engine in
:mod:`tacitus.distributed`.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from tacitus.coding import Coder
from tacitus.config import Settings
from tacitus.documents import BadRecord, content_hash
from tacitus.records import Article, CodedArticle
from tacitus.store import Store
from tacitus.store.learned import read_learned

__all__ = ["IngestReport", "IngestRun", "IngestStatus", "Progress", "ingest"]


@dataclass(frozen=True, slots=True)
class IngestStatus:
    """Where a run is: records coded, skipped (already stored), failed, and stored so far."""

    coded: int
    skipped: int
    errors: int
    stored: int
    events: int
    quotes: int

    @property
    def seen(self) -> int:
        """Records dealt with so far (coded, skipped or failed)."""
        return self.coded + self.skipped + self.errors


Progress = Callable[[IngestStatus], None]


@dataclass(frozen=True, slots=True)
class IngestReport:
    run_id: int
    articles: int
    skipped: int
    events: int
    quotes: int
    errors: tuple[BadRecord, ...]
    seconds: float


def ingest(
    items: Iterable[Article | BadRecord],
    store: Store,
    coder: Coder,
    *,
    processes: int = 1,
    write_every: int = 64,
    progress: Progress | None = None,
) -> IngestReport:
    """Code ``items`` into ``store``, ``write_every`` articles a transaction; return what was
    done. ``processes`` > 1 codes in worker processes (the results are the same).

    What earlier runs learned about people (``learned_actors``) is used for names nothing else
    resolves; what this run learns is stored with its batches and used by the next run.
    """
    learned = read_learned(store)
    if learned:
        coder = coder.with_settings()
        coder.learn(learned)
    run = IngestRun(store, coder=coder.version, settings=coder.settings, progress=progress)
    hashes: dict[str, str] = {}

    def articles() -> Iterator[Article | BadRecord]:
        # with worker processes, the pool's feeder thread runs this while the main thread
        # writes: fresh() reads through its own connection (IngestRun.lookups)
        for item in run.fresh(items):
            if isinstance(item, BadRecord):
                yield item
                continue
            article, digest = item
            hashes[article.id] = digest
            yield article

    buffer: list[tuple[CodedArticle, str]] = []
    for result in coder.code_many(articles(), processes=processes):
        if isinstance(result, BadRecord):
            run.fail(result)
            continue
        digest = hashes.pop(result.article.id, None) or content_hash(result.article)
        buffer.append((result, digest))
        run.count(result)
        if len(buffer) >= write_every:
            run.write(buffer)
            buffer.clear()
    run.write(buffer)
    return run.finish()


class IngestRun:
    """One run's bookkeeping: the ``runs`` row, what is new, counts, errors, progress."""

    def __init__(self, store: Store, *, coder: str, settings: Settings,
                 progress: Progress | None = None) -> None:
        self.store = store
        self.lookups = store.cursor()  # what fresh() reads with, whatever thread runs it
        self.progress = progress
        self.run_id = store.start_run(coder=coder, settings=dataclasses.asdict(settings))
        self.errors: list[BadRecord] = []
        self.coded = self.skipped = self.stored = self.events = self.quotes = 0
        self._started = time.perf_counter()

    def status(self) -> IngestStatus:
        return IngestStatus(self.coded, self.skipped, len(self.errors), self.stored,
                            self.events, self.quotes)

    def _tell(self) -> None:
        if self.progress is not None:
            self.progress(self.status())

    def fail(self, bad: BadRecord) -> None:
        self.errors.append(bad)
        self._tell()

    def count(self, coded: CodedArticle) -> None:
        """One more article coded (not yet stored)."""
        self.add(articles=1, events=len(coded.events), quotes=len(coded.quotes))

    def add(self, *, articles: int, events: int, quotes: int) -> None:
        """Articles coded elsewhere (a Dask worker), with their events and quotations."""
        self.coded += articles
        self.events += events
        self.quotes += quotes
        self._tell()

    def write(self, batch: Sequence[tuple[CodedArticle, str]]) -> None:
        """Store a batch of coded articles in one transaction."""
        if batch:
            self.store.write(batch, self.run_id)
            self.stored += len(batch)
            self._tell()

    def load_parts(self, parts: Mapping[str, str], articles: int) -> None:
        """Store a batch that a worker wrote as Parquet parts, in one transaction."""
        if parts:
            self.store.load_parts(parts)
        self.stored += articles
        self._tell()

    def fresh(self, items: Iterable[Article | BadRecord], *,
              chunk: int = 256) -> Iterator[tuple[Article, str] | BadRecord]:
        """The items whose content is not stored yet (nor seen earlier in this run), with their
        content hashes; an article whose id is taken by other content gets a suffixed id."""
        seen: set[str] = set()
        ids: set[str] = set()
        pending: list[tuple[Article, str]] = []

        def release() -> Iterator[tuple[Article, str]]:
            known = self.lookups.known_hashes(h for _, h in pending)
            taken = self.lookups.known_ids(a.id for a, _ in pending)
            for article, digest in pending:
                if digest in known or digest in seen:
                    self.skipped += 1
                    self._tell()
                    continue
                seen.add(digest)
                if article.id in taken or article.id in ids:
                    article = dataclasses.replace(article, id=f"{article.id}-{digest[:8]}")
                ids.add(article.id)
                yield article, digest
            pending.clear()

        for item in items:
            if isinstance(item, BadRecord):
                yield item
                continue
            pending.append((item, content_hash(item)))
            if len(pending) >= chunk:
                yield from release()
        yield from release()

    def finish(self) -> IngestReport:
        """Store the errors, close the ``runs`` row and report."""
        self.lookups.close()
        self.store.write_errors(self.run_id, [(e.where, e.error) for e in self.errors])
        self.store.finish_run(self.run_id, articles=self.coded, skipped=self.skipped,
                              events=self.events, quotes=self.quotes, errors=len(self.errors))
        return IngestReport(self.run_id, self.coded, self.skipped, self.events, self.quotes,
                            tuple(self.errors), time.perf_counter() - self._started)
