"""The DuckDB store: the one owner of the database file.

Writes go through DataFrames in one transaction per batch (articles with all their actors,
events and quotes), so a run killed at any point leaves only whole articles behind, and the
content hash makes a re-run skip what is already stored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from tacitus.errors import Msg, StoreError
from tacitus.records import CodedArticle
from tacitus.store.dedup import DedupRule, define_dedup, read_rule
from tacitus.store.frames import TABLES, frames_of
from tacitus.store.learned import facts_of, upsert_learned
from tacitus.store.schema import MIGRATIONS

__all__ = ["Store"]


class Store:
    """A Tacitus database. Use as a context manager; it owns its DuckDB connection."""

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(Msg.T301.format(path=self.path, detail=exc)) from exc
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def cursor(self) -> Store:
        """The same database through a second connection of this process, for another thread
        (a DuckDB connection serves one call at a time). Close it when done."""
        twin = object.__new__(Store)
        twin.path = self.path
        twin.con = self.con.cursor()
        return twin

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ------------------------------------------------------------------ schema

    def migrate(self) -> list[str]:
        """Apply every migration not yet applied; return the names applied now."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, "
            "applied_at TIMESTAMP)")
        done = {row[0] for row in self.con.execute("SELECT name FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                                 [name, dt.datetime.now()])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(Msg.T302.format(name=name, detail=exc)) from exc
            applied.append(name)
        try:  # the events_dedup view, current with this version's SQL and the stored rule
            define_dedup(self.con)
        except duckdb.Error as exc:
            raise StoreError(Msg.T302.format(name="events_dedup view", detail=exc)) from exc
        return applied

    def has_table(self, name: str) -> bool:
        """Whether the database holds a table or view called ``name``."""
        rows = self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE table_name = ? AND NOT temporary "
            "UNION ALL SELECT view_name FROM duckdb_views() WHERE view_name = ? "
            "AND NOT temporary", [name, name]).fetchall()
        return bool(rows)

    # ------------------------------------------------------------------ deduplication

    def dedup_rule(self) -> DedupRule:
        """The rule the ``events_dedup`` view applies."""
        return read_rule(self.con)

    def set_dedup_rule(self, rule: DedupRule) -> None:
        """Redefine ``events_dedup`` with ``rule`` (kept in the database for every reader)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            define_dedup(self.con, rule)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(Msg.T301.format(path=self.path, detail=exc)) from exc

    # ------------------------------------------------------------------ runs

    def start_run(self, *, coder: str, settings: dict[str, Any]) -> int:
        (row,) = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()
        run_id = int(row[0])
        self.con.execute(
            "INSERT INTO runs (run_id, started, coder, settings) VALUES (?, ?, ?, ?)",
            [run_id, dt.datetime.now(), coder, json.dumps(settings, default=str)])
        return run_id

    def finish_run(self, run_id: int, *, articles: int, skipped: int, events: int, quotes: int,
                   errors: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, articles = ?, skipped = ?, events = ?, quotes = ?, "
            "errors = ? WHERE run_id = ?",
            [dt.datetime.now(), articles, skipped, events, quotes, errors, run_id])

    def write_errors(self, run_id: int, errors: Sequence[tuple[str, str]]) -> None:
        if not errors:
            return
        frame = pd.DataFrame([{"run_id": run_id, "location": w, "message": m}
                              for w, m in errors])
        self._insert("errors", frame)

    # ------------------------------------------------------------------ articles

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of ``hashes`` are already stored."""
        return self._known("content_hash", hashes)

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are already taken."""
        return self._known("article_id", ids)

    def _known(self, column: str, values: Iterable[str]) -> set[str]:
        wanted = pd.DataFrame({column: list(set(values))})
        if wanted.empty:
            return set()
        self.con.register("_wanted", wanted)
        try:
            rows = self.con.execute(
                f"SELECT a.{column} FROM articles a JOIN _wanted w USING ({column})").fetchall()
        finally:
            self.con.unregister("_wanted")
        return {r[0] for r in rows}

    def write(self, batch: Sequence[tuple[CodedArticle, str]], run_id: int) -> None:
        """Store coded articles (with their content hashes) in one transaction."""
        if not batch:
            return
        frames = frames_of(batch, run_id)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in TABLES:
                self._insert(table, frames[table])
            upsert_learned(self.con, facts_of(batch))  # what the batch taught, atomically
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(Msg.T301.format(path=self.path, detail=exc)) from exc

    def load_parts(self, parts: Mapping[str, str | Path]) -> None:
        """Load Parquet parts (table name → file, as :mod:`tacitus.store.parts` writes them)
        in one transaction."""
        unknown = set(parts) - {*TABLES, "learned_actors"}
        if unknown:
            raise StoreError(Msg.T301.format(path=self.path, detail=f"no table {unknown}"))
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in TABLES:
                if table in parts:
                    self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)",
                                     [str(parts[table])])
            if "learned_actors" in parts:
                upsert_learned(self.con, parquet=str(parts["learned_actors"]))
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(Msg.T301.format(path=self.path, detail=exc)) from exc

    def copy(self, sql: str, params: Sequence[Any], path: str | Path, *, options: str) -> int:
        """``COPY (sql) TO path (options)``: write a query's result to a file, in DuckDB;
        return the number of rows written.

        ``options`` is the COPY option list (``FORMAT parquet`` …) and comes from Tacitus's code,
        never from a user; the path and the query's values are parameters."""
        try:
            rows = self.con.execute(f"COPY ({sql}) TO ? ({options})",
                                    [*params, str(path)]).fetchall()
        except duckdb.Error as exc:
            raise StoreError(Msg.T305.format(path=str(path), detail=exc)) from exc
        return int(rows[0][0]) if rows else 0

    @contextlib.contextmanager
    def frames(self, frames: Mapping[str, pd.DataFrame]) -> Iterator[None]:
        """Make DataFrames readable by name in queries (lookups), for the ``with`` block."""
        for name, frame in frames.items():
            self.con.register(name, frame)
        try:
            yield
        finally:
            for name in frames:
                self.con.unregister(name)

    def _insert(self, table: str, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        name = f"_incoming_{table}"
        self.con.register(name, frame)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    # ------------------------------------------------------------------ reading

    def count(self, table: str) -> int:
        if table not in (*TABLES, "runs", "errors", "events_dedup", "learned_actors"):
            raise StoreError(Msg.T301.format(path=self.path, detail=f"no table {table!r}"))
        (row,) = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()
        return int(row[0])

    def query(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run a parameterised read query and return a DataFrame."""
        return self.con.execute(sql, list(params)).df()
