"""Exports of a store to files, written by DuckDB (``COPY … TO``): PLOVER JSONL, a GDELT
2.0-style TSV, Parquet and CSV; and aggregate tables (DataFrames) to CSV, JSON or Parquet.

A path gets the file directly; a stream (stdout) gets the bytes of a temporary file, so every
format is written by the same code.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import IO

import pandas as pd

from tacitus.actors.knowledge import KnowledgeBase
from tacitus.errors import Msg, StoreError
from tacitus.exports.gdelt import GDELT_COLUMNS, GDELT_TABLES, gdelt_select
from tacitus.exports.plover import plover_lookups, plover_select
from tacitus.ontology import Ontology
from tacitus.store import Store

__all__ = ["EXPORT_TABLES", "ExportFormat", "FrameFormat", "export_table", "gdelt_header",
           "write_frame"]

Output = str | Path | IO[bytes]


class ExportFormat(StrEnum):
    plover = "plover"
    gdelt = "gdelt"
    parquet = "parquet"
    csv = "csv"


class FrameFormat(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


_DATA_TABLES = ("events", "quotes", "events_dedup", "articles", "actors")
EXPORT_TABLES: Mapping[ExportFormat, tuple[str, ...]] = {
    ExportFormat.plover: ("events",),
    ExportFormat.gdelt: GDELT_TABLES,
    ExportFormat.parquet: _DATA_TABLES,
    ExportFormat.csv: _DATA_TABLES,
}
_ORDER = {"events": "article_id, event_id", "quotes": "article_id, quote_id",
          "events_dedup": "date, event_id", "articles": "article_id",
          "actors": "article_id, field, start"}


def export_table(store: Store, *, fmt: ExportFormat | str, table: str = "events",
                 output: Output, header: bool | None = None, kb: KnowledgeBase | None = None,
                 ontology: Ontology | None = None) -> int:
    """Write ``table`` of ``store`` in ``fmt`` to ``output`` (a path or a binary stream);
    return the number of rows. ``header`` is for the GDELT TSV (GDELT's files have none)."""
    fmt = _format(fmt)
    if table not in EXPORT_TABLES[fmt]:
        raise StoreError(Msg.T304.format(fmt=fmt.value, table=table,
                                         choices=", ".join(EXPORT_TABLES[fmt])))
    if not store.has_table(table):
        raise StoreError(Msg.T306.format(path=store.path, table=table))
    if fmt is ExportFormat.plover:
        return _plover(store, output, kb, ontology)
    if fmt is ExportFormat.gdelt:
        options = f"FORMAT csv, DELIMITER '\t', QUOTE '', HEADER {'true' if header else 'false'}"
        return _copy(store, gdelt_select(table), [], output, options)
    sql = f"SELECT * FROM {table} ORDER BY {_ORDER[table]}"
    options = "FORMAT parquet" if fmt is ExportFormat.parquet else "FORMAT csv, HEADER true"
    return _copy(store, sql, [], output, options)


def gdelt_header() -> list[str]:
    """The GDELT column names, in order."""
    return [name for name, _ in GDELT_COLUMNS]


def write_frame(frame: pd.DataFrame, fmt: FrameFormat | str, output: Output) -> int:
    """Write an aggregate table as CSV (with a header), JSON lines or Parquet."""
    fmt = FrameFormat(fmt)
    frame = _dates_as_dates(frame)
    options = {FrameFormat.csv: "FORMAT csv, HEADER true", FrameFormat.json: "FORMAT json",
               FrameFormat.parquet: "FORMAT parquet"}[fmt]
    with Store(":memory:") as scratch, scratch.frames({"_frame": frame}):
        return _copy(scratch, "SELECT * FROM _frame", [], output, options)


def _dates_as_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Timestamp columns that hold whole days (DuckDB's DATEs, as pandas reads them) become
    dates again, so that files say ``2013-05-06``, not ``2013-05-06 00:00:00``."""
    changed = {}
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values) and values.dt.tz is None:
            present = values.dropna()
            if (present == present.dt.normalize()).all():
                changed[column] = values.dt.date.astype("object")
    return frame.assign(**changed) if changed else frame


def _format(fmt: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(fmt)
    except ValueError as exc:
        raise StoreError(Msg.T303.format(name=fmt, choices=", ".join(ExportFormat))) from exc


def _plover(store: Store, output: Output, kb: KnowledgeBase | None,
            ontology: Ontology | None) -> int:
    if kb is None:
        from tacitus.actors import load_knowledge

        kb = load_knowledge()
    if ontology is None:
        from tacitus.ontology import load_ontology

        ontology = load_ontology()
    with store.frames(plover_lookups(kb, ontology)):
        return _copy(store, plover_select(), [dt.date.today().isoformat()], output,
                     "FORMAT json")


def _copy(store: Store, sql: str, params: list[object], output: Output, options: str) -> int:
    if isinstance(output, str | Path):
        return store.copy(sql, params, output, options=options)
    with tempfile.TemporaryDirectory(prefix="tacitus-export-") as folder:
        path = Path(folder) / "out"
        rows = store.copy(sql, params, path, options=options)
        try:
            with path.open("rb") as source:
                shutil.copyfileobj(source, output)
        except OSError as exc:
            raise StoreError(Msg.T305.format(path="<stream>", detail=exc)) from exc
    return rows
