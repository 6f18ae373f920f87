"""Ingest: code articles into a store, skipping what it already holds, batch by batch.

Each batch of coded articles is written in one transaction, so an ingest killed at any moment
leaves whole articles only; re-running it skips them (by content hash) and codes the rest.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from tacitus.coding import Coder
from tacitus.documents import BadRecord, content_hash
from tacitus.records import Article, CodedArticle
from tacitus.store import Store

__all__ = ["IngestReport", "ingest"]

Progress = Callable[[int, int], None]  # (articles done, errors so far)


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
    """Code ``items`` into ``store``; return what was done."""
    started = time.perf_counter()
    settings = dataclasses.asdict(coder.settings)
    run_id = store.start_run(coder=coder.version, settings=settings)
    skipped: list[int] = [0]
    errors: list[BadRecord] = []
    counts = {"articles": 0, "events": 0, "quotes": 0}
    hashes: dict[str, str] = {}
    buffer: list[tuple[CodedArticle, str]] = []

    def flush() -> None:
        store.write(buffer, run_id)
        buffer.clear()

    fresh = _unseen(items, store, hashes, skipped)
    for result in coder.code_many(fresh, processes=processes):
        if isinstance(result, BadRecord):
            errors.append(result)
        else:
            buffer.append((result, hashes.pop(result.article.id, content_hash(result.article))))
            counts["articles"] += 1
            counts["events"] += len(result.events)
            counts["quotes"] += len(result.quotes)
            if len(buffer) >= write_every:
                flush()
        if progress is not None:
            progress(counts["articles"], len(errors))
    flush()
    store.write_errors(run_id, [(e.where, e.error) for e in errors])
    store.finish_run(run_id, articles=counts["articles"], skipped=skipped[0],
                     events=counts["events"], quotes=counts["quotes"], errors=len(errors))
    return IngestReport(run_id, counts["articles"], skipped[0], counts["events"],
                        counts["quotes"], tuple(errors), time.perf_counter() - started)


def _unseen(items: Iterable[Article | BadRecord], store: Store, hashes: dict[str, str],
            skipped: list[int], *, chunk: int = 256) -> Iterator[Article | BadRecord]:
    """The items whose content is not stored yet (nor seen earlier in this run)."""
    seen: set[str] = set()
    ids: set[str] = set()
    pending: list[tuple[Article, str]] = []

    def release() -> Iterator[Article]:
        known = store.known_hashes(h for _, h in pending)
        taken = store.known_ids(a.id for a, _ in pending)
        for article, digest in pending:
            if digest in known or digest in seen:
                skipped[0] += 1
                continue
            seen.add(digest)
            if article.id in taken or article.id in ids:
                # another article already has this id: keep both, tell them apart by content
                article = dataclasses.replace(article, id=f"{article.id}-{digest[:8]}")
            ids.add(article.id)
            hashes[article.id] = digest
            yield article
        pending.clear()

    for item in items:
        if isinstance(item, BadRecord):
            yield item
            continue
        pending.append((item, content_hash(item)))
        if len(pending) >= chunk:
            yield from release()
    yield from release()
