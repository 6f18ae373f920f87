"""The Dask engine: code partitions of a corpus on a cluster, load the results into the store.

The input is read and checked against the store where the store is (its owner); the new
articles go out in partitions of ``partition_size`` articles (fewer if they are long, see
``partition_chars``); each worker loads the pipeline once (:func:`worker_kit`, cached in this
importable module, with the worker's :class:`tacitus.store.parts.PartWriter`), codes its
partition and writes it as Parquet parts with the store's exact column types; the owner loads
each partition's parts in one transaction, as partitions finish. The stored result equals a
single-process run's (tested), and an interrupted run resumes like any other.

A local cluster needs nothing: ``LocalCluster(n_workers=N, threads_per_worker=1)``. With a real
scheduler (``tcp://host:8786``) the parts directory must be one the workers and this machine
share (a network filesystem).
"""

from __future__ import annotations

import contextlib
import functools
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tacitus.coding import CODER_VERSION, Coder
from tacitus.config import Settings
from tacitus.documents import BadRecord
from tacitus.errors import Msg, PipelineError
from tacitus.ingest import IngestReport, IngestRun, Progress
from tacitus.records import Article, CodedArticle, LearnedActor
from tacitus.store import Store
from tacitus.store.parts import PartWriter

__all__ = ["PartResult", "Partition", "WorkerKit", "code_partition", "ingest_dask",
           "open_client", "warm_workers", "worker_coder", "worker_kit"]


@dataclass(frozen=True, slots=True)
class Partition:
    """What one task codes: new articles (with content hashes) and where to write them."""

    index: int
    run_id: int
    articles: tuple[tuple[Article, str], ...]
    settings: Settings
    directory: str
    learned: tuple[LearnedActor, ...] = ()


@dataclass(frozen=True, slots=True)
class PartResult:
    """What a task returns: its Parquet parts (table → file), counts and bad records."""

    index: int
    parts: tuple[tuple[str, str], ...]
    articles: int
    events: int
    quotes: int
    errors: tuple[BadRecord, ...]


@dataclass(frozen=True, slots=True)
class WorkerKit:
    """What a worker keeps from task to task: its coder and its Parquet part writer."""

    coder: Coder
    writer: PartWriter


@functools.lru_cache(maxsize=2)
def worker_kit(settings: Settings, learned: tuple[LearnedActor, ...] = ()) -> WorkerKit:
    """The worker's kit: loaded on first use, then reused by every task on the worker."""
    coder = Coder.load(settings)
    if learned:
        coder.learn(learned)
    return WorkerKit(coder, PartWriter())


def worker_coder(settings: Settings, learned: tuple[LearnedActor, ...] = ()) -> Coder:
    """The worker's coder: loaded on first use, then reused by every task on the worker."""
    return worker_kit(settings, learned).coder


def code_partition(part: Partition) -> PartResult:
    """Code a partition on a worker and write it as Parquet parts."""
    kit = worker_kit(part.settings, part.learned)
    coder = kit.coder
    hashes = dict((article.id, digest) for article, digest in part.articles)
    batch: list[tuple[CodedArticle, str]] = []
    errors: list[BadRecord] = []
    for result in coder.code_many([article for article, _ in part.articles]):
        if isinstance(result, BadRecord):
            errors.append(result)
        else:
            batch.append((result, hashes[result.article.id]))
    name = f"run{part.run_id:05d}-part{part.index:06d}"
    parts = kit.writer.write(batch, part.run_id, part.directory, name)
    return PartResult(part.index, tuple(sorted(parts.items())), len(batch),
                      sum(len(c.events) for c, _ in batch), sum(len(c.quotes) for c, _ in batch),
                      tuple(errors))


def warm_workers(client: Any, settings: Settings,
                 learned: tuple[LearnedActor, ...] = ()) -> None:
    """Load the pipeline on every worker now (else the first task on each loads it)."""
    client.run(_warm, settings, learned)


def _warm(settings: Settings, learned: tuple[LearnedActor, ...]) -> str:
    return worker_coder(settings, learned).version


@contextlib.contextmanager
def open_client(scheduler: str | None = None, *, workers: int = 2) -> Iterator[Any]:
    """A Dask client: of the scheduler at ``scheduler``, else of a new local cluster of
    ``workers`` single-threaded worker processes (closed on exit)."""
    dask = _distributed()
    try:
        if scheduler:
            client = dask.Client(scheduler, timeout="20s")
            cluster = None
        else:
            with _dask_config().set(_local_config()):
                cluster = dask.LocalCluster(n_workers=workers, threads_per_worker=1,
                                            processes=True, dashboard_address=None)
            client = dask.Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise PipelineError(Msg.T202.format(detail=exc)) from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def ingest_dask(
    items: Iterable[Article | BadRecord],
    store: Store,
    settings: Settings | None = None,
    *,
    client: Any = None,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = 64,
    partition_chars: int = 40_000,
    parts_dir: str | Path | None = None,
    learned: Sequence[LearnedActor] = (),
    progress: Progress | None = None,
) -> IngestReport:
    """Code ``items`` into ``store`` on a Dask cluster: ``client`` if given, else a client of
    ``scheduler``, else a local cluster of ``workers`` processes.

    A partition (one task, one transaction) holds up to ``partition_size`` articles and ends
    early once it holds ``partition_chars`` characters of text (at least one article), so that
    tasks take about as long as each other and the last ones finish together."""
    settings = settings or Settings()
    if scheduler and client is None and parts_dir is None:
        raise PipelineError(Msg.T202.format(
            detail="a remote scheduler needs a parts directory the workers and this machine "
                   "share (--parts DIR)"))
    run = IngestRun(store, coder=CODER_VERSION, settings=settings, progress=progress)
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(open_client(scheduler, workers=workers))
        directory = (str(parts_dir) if parts_dir is not None else
                     stack.enter_context(tempfile.TemporaryDirectory(prefix="tacitus-parts-")))
        parts = (Partition(index, run.run_id, chunk, settings, directory, tuple(learned))
                 for index, chunk in enumerate(
                     _chunks(run, items, partition_size, partition_chars)))
        for result in _run_tasks(client, parts):
            for bad in result.errors:
                run.fail(bad)
            run.add(articles=result.articles, events=result.events, quotes=result.quotes)
            run.load_parts(dict(result.parts), result.articles)
            for _, path in result.parts:
                Path(path).unlink(missing_ok=True)
    return run.finish()


def _chunks(run: IngestRun, items: Iterable[Article | BadRecord], size: int,
            chars: int) -> Iterator[tuple[tuple[Article, str], ...]]:
    chunk: list[tuple[Article, str]] = []
    length = 0
    for item in run.fresh(items):
        if isinstance(item, BadRecord):
            run.fail(item)
            continue
        chunk.append(item)
        length += len(item[0].title) + len(item[0].text)
        if len(chunk) >= size or length >= chars:
            yield tuple(chunk)
            chunk = []
            length = 0
    if chunk:
        yield tuple(chunk)


def _run_tasks(client: Any, parts: Iterable[Partition]) -> Iterator[PartResult]:
    """Submit partitions as workers free up (two in flight per worker thread: one running, one
    waiting); yield results as they finish. The next partition goes out before the caller
    loads a finished one, so that the workers do not wait for the loading."""
    in_flight = 2 * max(1, sum(client.nthreads().values()))
    pending = _distributed().as_completed()
    for part in parts:
        done = next(pending) if pending.count() >= in_flight else None
        pending.add(client.submit(code_partition, part, pure=False))
        if done is not None:
            yield done.result()
    for future in pending:
        yield future.result()


def _local_config() -> dict[str, Any]:
    """Dask settings for the workers of a local cluster, which run Python code that allocates
    much and often: glibc's allocator keeps its memory (Dask sets ``MALLOC_TRIM_THRESHOLD_``
    to 64 KiB, which gives memory back, and then takes it again, all the time) and the workers
    do not sample their threads' stacks (the profile would only show the dashboard, which a
    local cluster here does not have)."""
    return {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
            "distributed.worker.profile.enabled": False}


def _distributed() -> Any:
    """The ``distributed`` package (imported when a Dask run starts, not with this module)."""
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise PipelineError(Msg.T202.format(detail=exc)) from exc
    return distributed


def _dask_config() -> Any:
    """``dask.config`` (imported with ``distributed``, when a Dask run starts)."""
    _distributed()
    import dask.config
    return dask.config
