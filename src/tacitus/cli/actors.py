"""``tacitus actors …``: the actors of a store (``top``: the actors in most events)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tacitus.aggregate import top_actors
from tacitus.cli.corpus import (
    DbOpt,
    DedupOpt,
    EndOpt,
    FormatOpt,
    MinConfOpt,
    OutFormat,
    OutputOpt,
    StartOpt,
    emit,
    open_store,
)
from tacitus.cli.options import parse_date_option

__all__ = ["app", "learned_command", "top_command"]

app = typer.Typer(name="actors", help="The actors of a database.", no_args_is_help=True)


class Role(StrEnum):
    any = "any"
    source = "source"
    target = "target"


@app.command("top")
def top_command(
    db: DbOpt = Path("tacitus.duckdb"),
    limit: Annotated[int, typer.Option(min=1, help="How many actors.")] = 20,
    role: Annotated[Role, typer.Option(help="Count events as source, target or either.")] = (
        Role.any),
    dedup: DedupOpt = False,
    start: StartOpt = None,
    end: EndOpt = None,
    min_confidence: MinConfOpt = 0.0,
    fmt: FormatOpt = OutFormat.table,
    output: OutputOpt = None,
) -> None:
    """The actors in most events."""
    table = "events_dedup" if dedup else "events"
    with open_store(db, table=table) as store:
        frame = top_actors(store, limit=limit, role=role.value, start=parse_date_option(start),
                           end=parse_date_option(end), table=table,
                           min_confidence=min_confidence)
    emit(frame, fmt, output, title="Top actors")


@app.command("learned")
def learned_command(
    db: DbOpt = Path("tacitus.duckdb"),
    name: Annotated[str | None, typer.Option(help="Only names containing this text.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many rows.")] = 100,
    fmt: FormatOpt = OutFormat.table,
    output: OutputOpt = None,
) -> None:
    """What the corpus taught: people whose country and role a title gave ("Nigerian police
    spokesman Frank Mba" → NGACOP), used for later mentions of the name alone."""
    with open_store(db, table="learned_actors") as store:
        frame = store.query(
            "SELECT name, alias, code, role, first_seen, last_seen, mentions, evidence, "
            "article_id FROM learned_actors WHERE ? IS NULL OR contains(lower(name), lower(?)) "
            "ORDER BY mentions DESC, name LIMIT ?", [name, name, limit])
    emit(frame, fmt, output, title="Learned actors")
