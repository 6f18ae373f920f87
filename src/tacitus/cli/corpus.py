"""``tacitus dyads``, ``tacitus network`` and ``tacitus dedup``: aggregates of a store.

Every query runs in DuckDB (:mod:`tacitus.aggregate`); this module parses options and writes
the result as a table (for people), CSV, JSON lines or Parquet. The output helpers here are
shared with ``tacitus actors``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from tacitus.aggregate import DyadFilter, dyads, network
from tacitus.cli.options import parse_date_option
from tacitus.errors import Msg, TacitusError
from tacitus.exports import write_frame
from tacitus.store import Store
from tacitus.store.dedup import DedupRule

__all__ = ["DbOpt", "DedupOpt", "EndOpt", "FormatOpt", "MinConfOpt", "OutFormat", "OutputOpt",
           "StartOpt", "emit", "open_store", "register"]


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB database file.")]
DedupOpt = Annotated[bool, typer.Option(
    "--dedup", help="Count deduplicated events (the events_dedup view) instead of mentions.")]
FormatOpt = Annotated[OutFormat, typer.Option(
    "--format", "-f", help="table (for people), csv, json (one object a line) or parquet.")]
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", help="Write to this file (default: stdout; parquet needs a file).")]
StartOpt = Annotated[str | None, typer.Option("--start", help="First date (YYYY-MM-DD).")]
EndOpt = Annotated[str | None, typer.Option("--end", help="Last date (YYYY-MM-DD).")]
MinConfOpt = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Leave out events with a lower confidence.")]

# columns a table for people shows (csv, json and parquet carry every column)
_DYAD_COLUMNS = ("period", "source", "target", "events", "mentions", "verbal_cooperation",
                 "material_cooperation", "verbal_conflict", "material_conflict",
                 "goldstein_sum", "goldstein_mean", "plover_score")


@contextmanager
def open_store(db: Path, *, table: str = "events") -> Iterator[Store]:
    """The database, read-only, with a clear error when it or ``table`` is missing."""
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist", param_hint="--db")
    with Store(db, read_only=True) as store:
        if not store.has_table(table):
            _fail(Msg.T306.format(path=str(db), table=table))
        yield store


def emit(frame: pd.DataFrame, fmt: OutFormat, output: Path | None, *, title: str,
         columns: tuple[str, ...] | None = None) -> None:
    """Write ``frame`` as ``fmt`` to ``output`` (a file) or stdout."""
    if fmt is OutFormat.table:
        shown = frame[[c for c in columns if c in frame.columns]] if columns else frame
        if output is None:
            console = Console()
            if not console.is_terminal:
                console = Console(width=200)
            console.print(_table(title, shown))
        else:
            with output.open("w", encoding="utf-8") as handle:
                Console(file=handle, width=200).print(_table(title, shown))
        return
    if fmt is OutFormat.parquet and output is None:
        raise typer.BadParameter("parquet output needs --output FILE", param_hint="--output")
    sys.stdout.flush()
    try:
        write_frame(frame, fmt.value, output if output is not None else sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except TacitusError as exc:
        _fail(str(exc))


def _table(title: str, frame: pd.DataFrame) -> Table:
    table = Table(*[str(c) for c in frame.columns], title=title, title_justify="left")
    for row in frame.itertuples(index=False):
        table.add_row(*["" if _missing(v) else _cell(v) for v in row])
    return table


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _cell(value: object) -> str:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def _fail(message: str) -> NoReturn:
    Console(stderr=True).print(f"[red]error[/] {message}", highlight=False)
    raise typer.Exit(code=1)


def dyads_command(
    db: DbOpt = Path("tacitus.duckdb"),
    source: Annotated[str | None, typer.Option(
        help="Source actor: a code (USAGOV), a country (USA) or any code prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor, as --source.")] = None,
    by: Annotated[Period, typer.Option("--by", help="The period.")] = Period.week,
    symmetric: Annotated[bool, typer.Option(
        "--symmetric", help="Also count target→source events of the dyad.")] = False,
    dedup: DedupOpt = False,
    start: StartOpt = None,
    end: EndOpt = None,
    min_confidence: MinConfOpt = 0.0,
    fmt: FormatOpt = OutFormat.table,
    output: OutputOpt = None,
) -> None:
    """Events per dyad and period: counts by quad class and CAMEO root, Goldstein, PLOVER."""
    table = "events_dedup" if dedup else "events"
    flt = DyadFilter(source=source, target=target, start=parse_date_option(start),
                     end=parse_date_option(end), min_confidence=min_confidence,
                     symmetric=symmetric)
    with open_store(db, table=table) as store:
        frame = dyads(store, flt, by=by.value, table=table)
    emit(frame, fmt, output, title=f"Events by dyad and {by.value}", columns=_DYAD_COLUMNS)


def network_command(
    db: DbOpt = Path("tacitus.duckdb"),
    source: Annotated[str | None, typer.Option(help="Only edges from this actor prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Only edges to this actor prefix.")] = None,
    min_events: Annotated[int, typer.Option(min=1, help="Leave out lighter edges.")] = 1,
    limit: Annotated[int, typer.Option(min=1, help="At most this many edges.")] = 200,
    dedup: DedupOpt = False,
    start: StartOpt = None,
    end: EndOpt = None,
    min_confidence: MinConfOpt = 0.0,
    fmt: FormatOpt = OutFormat.table,
    output: OutputOpt = None,
) -> None:
    """The actor network: weighted directed edges source → target."""
    table = "events_dedup" if dedup else "events"
    flt = DyadFilter(source=source, target=target, start=parse_date_option(start),
                     end=parse_date_option(end), min_confidence=min_confidence)
    with open_store(db, table=table) as store:
        frame = network(store, min_events=min_events, limit=limit, table=table, flt=flt)
    emit(frame, fmt, output, title="Actor network (edges)")


def dedup_command(
    db: DbOpt = Path("tacitus.duckdb"),
    window_days: Annotated[int | None, typer.Option(
        min=0, max=3660, help="Mentions whose dates chain within N days are one event "
        "(0: the same date).")] = None,
    by_location: Annotated[bool | None, typer.Option(
        "--by-location/--any-location", help="Also require the same location country.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        min=0.0, max=1.0, help="Leave out mentions with a lower confidence.")] = None,
) -> None:
    """Show, or change, the rule that merges event mentions into events_dedup."""
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist", param_hint="--db")
    with Store(db) as store:
        rule = store.dedup_rule()
        if (window_days, by_location, min_confidence) != (None, None, None):
            rule = DedupRule(
                rule.window_days if window_days is None else window_days,
                rule.by_location if by_location is None else by_location,
                rule.min_confidence if min_confidence is None else min_confidence)
            store.set_dedup_rule(rule)
        mentions, merged = store.count("events"), store.count("events_dedup")
    Console().print(
        f"events_dedup: window {rule.window_days} days, "
        f"{'same location country' if rule.by_location else 'any location'}, "
        f"min confidence {rule.min_confidence:g} — {mentions} event mentions → "
        f"{merged} events", soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``tacitus`` app."""
    app.command("dyads")(dyads_command)
    app.command("network")(network_command)
    app.command("dedup")(dedup_command)
