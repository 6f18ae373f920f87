"""``tacitus export``: a store's events or quotations as PLOVER JSONL, a GDELT-style TSV,
Parquet or CSV (written by DuckDB)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.corpus import DbOpt, open_store
from tacitus.errors import TacitusError
from tacitus.exports import EXPORT_TABLES, ExportFormat, export_table

__all__ = ["export_command"]


def export_command(
    db: DbOpt = Path("tacitus.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="plover: PLOVER JSONL (events); gdelt: GDELT 2.0-style event "
        "TSV (events, events_dedup); parquet, csv: any table.")] = ExportFormat.plover,
    table: Annotated[str, typer.Option(
        help="events, quotes, events_dedup (also articles, actors for parquet/csv).")] = (
        "events"),
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="The file to write (default: stdout).")] = None,
    header: Annotated[bool, typer.Option(
        "--header/--no-header", help="A header line in the GDELT TSV (GDELT's files have "
        "none).")] = False,
) -> None:
    """Export a table of the database."""
    if table not in EXPORT_TABLES[fmt]:
        raise typer.BadParameter(
            f"{fmt.value} exports {', '.join(EXPORT_TABLES[fmt])}, not {table!r}",
            param_hint="--table")
    if fmt is ExportFormat.parquet and output is None:
        raise typer.BadParameter("parquet needs --output FILE", param_hint="--output")
    errors = Console(stderr=True)
    try:
        with open_store(db, table=table) as store:
            sys.stdout.flush()
            rows = export_table(store, fmt=fmt, table=table, header=header,
                                output=output if output is not None else sys.stdout.buffer)
            sys.stdout.buffer.flush()
    except TacitusError as exc:
        errors.print(f"[red]error[/] {exc}", highlight=False)
        raise typer.Exit(code=1) from exc
    if output is not None:
        errors.print(f"{rows} rows of {table} → {output} ({fmt.value})", highlight=False)
