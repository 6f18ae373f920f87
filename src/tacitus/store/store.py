"""The DuckDB store: the one owner of the database file.

Writes go through DataFrames in one transaction per batch (articles with all their actors,
events and quotes), so a run killed at any point leaves only whole articles behind, and the
content hash makes a re-run skip what is already stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd

from tacitus.errors import Msg, StoreError
from tacitus.records import CodedArticle
from tacitus.store.frames import TABLES, frames_of
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
        return applied

    # ------------------------------------------------------------------ runs

    def start_run(self, *, coder: str, settings: dict[str, Any]) -> int:
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
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
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(Msg.T301.format(path=self.path, detail=exc)) from exc

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
        if table not in (*TABLES, "runs", "errors"):
            raise StoreError(Msg.T301.format(path=self.path, detail=f"no table {table!r}"))
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """Run a parameterised read query and return a DataFrame."""
        return self.con.execute(sql, list(params)).df()
