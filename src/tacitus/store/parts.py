"""Parquet parts: coded articles written where they were coded, loaded later by the store.

A Dask worker cannot write to the database (one process owns it), so it writes each table of
its partition to a Parquet file with exactly the store's column types — by building the rows
in a private in-memory store with the same schema — and the owner loads the files with
:meth:`Store.load_parts`, one transaction per partition.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tacitus.records import CodedArticle
from tacitus.store.frames import TABLES
from tacitus.store.store import Store

__all__ = ["write_parts"]


def write_parts(batch: Sequence[tuple[CodedArticle, str]], run_id: int, directory: str | Path,
                name: str) -> dict[str, str]:
    """Write ``batch`` (coded article, content hash) as ``<directory>/<table>/<name>.parquet``
    files, one for each table with rows; return table → file."""
    written: dict[str, str] = {}
    if not batch:
        return written
    with Store(":memory:") as scratch:
        scratch.write(batch, run_id)
        for table in (*TABLES, "learned_actors"):
            if not scratch.count(table):
                continue
            folder = Path(directory) / table
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{name}.parquet"
            scratch.copy(f"SELECT * FROM {table}", [], path, options="FORMAT parquet")
            written[table] = str(path)
    return written
