"""Parquet parts: coded articles written where they were coded, loaded later by the store.

A Dask worker cannot write to the database (one process owns it), so it writes each table of
its partition to a Parquet file with exactly the store's column types — by building the rows
in a private in-memory store with the same schema — and the owner loads the files with
:meth:`Store.load_parts`, one transaction per partition.

A worker writes many partitions: :class:`PartWriter` keeps its private store (whose schema
migrations take tens of milliseconds to run) from one partition to the next, emptied after
each; :func:`write_parts` is the one-off form.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from tacitus.records import CodedArticle
from tacitus.store.frames import TABLES
from tacitus.store.store import Store

__all__ = ["PART_TABLES", "PartWriter", "write_parts"]

PART_TABLES = (*TABLES, "learned_actors")
"""The tables a part can hold, in the order the store loads them."""


class PartWriter:
    """Writes batches as Parquet parts through one private in-memory store, reused (and
    emptied) from batch to batch. Use as a context manager, or close it."""

    def __init__(self) -> None:
        self._scratch: Store | None = None

    def __enter__(self) -> PartWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None

    def write(self, batch: Sequence[tuple[CodedArticle, str]], run_id: int,
              directory: str | Path, name: str) -> dict[str, str]:
        """Write ``batch`` (coded article, content hash) as ``<directory>/<table>/<name>.parquet``
        files, one for each table with rows; return table → file."""
        written: dict[str, str] = {}
        if not batch:
            return written
        scratch = self._store()
        try:
            scratch.write(batch, run_id)
            for table in PART_TABLES:
                if not scratch.count(table):
                    continue
                folder = Path(directory) / table
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"{name}.parquet"
                scratch.copy(f"SELECT * FROM {table}", [], path, options="FORMAT parquet")
                written[table] = str(path)
        finally:
            self._empty(scratch)
        return written

    def _store(self) -> Store:
        if self._scratch is None:
            scratch = Store(":memory:")
            # one thread: a worker shares the machine with other workers
            scratch.con.execute("SET threads = 1")
            self._scratch = scratch
        return self._scratch

    def _empty(self, scratch: Store) -> None:
        """Empty the scratch tables for the next batch (the next batch's rows must not mix
        with these, even after a failure here: then start over with a new store)."""
        try:
            scratch.con.execute("BEGIN TRANSACTION")
            for table in PART_TABLES:
                scratch.con.execute(f"DELETE FROM {table}")
            scratch.con.execute("COMMIT")
        except BaseException:
            self.close()
            raise


def write_parts(batch: Sequence[tuple[CodedArticle, str]], run_id: int, directory: str | Path,
                name: str) -> dict[str, str]:
    """Write ``batch`` (coded article, content hash) as ``<directory>/<table>/<name>.parquet``
    files, one for each table with rows; return table → file."""
    with PartWriter() as writer:
        return writer.write(batch, run_id, directory, name)
