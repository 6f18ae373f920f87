"""``tacitus ingest`` and ``tacitus summary``: code into the store, and show what it holds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from tacitus.cli.options import (
    ActorsOpt,
    AgentsOpt,
    DateOpt,
    MinConfOpt,
    PatternsOpt,
    ProcessesOpt,
    make_settings,
    parse_date_option,
)
from tacitus.cli.summary import print_summary
from tacitus.coding import Coder
from tacitus.documents import read_articles
from tacitus.documents.readers import FieldMap
from tacitus.ingest import ingest
from tacitus.store import Store, summarize

__all__ = ["DbOpt", "ingest_command", "summary_command"]

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB database file.")]


def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOpt = Path("tacitus.duckdb"),
    date: DateOpt = None,
    processes: ProcessesOpt = 1,
    min_confidence: MinConfOpt = 0.0,
    patterns: PatternsOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    id_field: Annotated[str, typer.Option(help="JSONL/CSV key of the id.")] = "id",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV key of the title.")] = "title",
    text_field: Annotated[str, typer.Option(help="JSONL/CSV key of the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV key of the date.")] = "date",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Code articles into the database; articles already stored are skipped."""
    settings = make_settings(min_confidence=min_confidence, patterns=patterns, actors=actors,
                             agents=agents)
    console = Console(stderr=True)
    coder = Coder.load(settings)
    fields = FieldMap(id=id_field, title=title_field, text=text_field, date=date_field)
    items = read_articles(paths, date=parse_date_option(date), fields=fields)
    with Store(db) as store, Progress(
        TextColumn("[bold]coding[/]"), BarColumn(), TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(),
        console=console, disable=quiet, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=None, rate=0.0)

        def progress(done: int, failed: int) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, completed=done, rate=done / elapsed)

        report = ingest(items, store, coder, processes=processes, progress=progress)
    for error in report.errors:
        console.print(f"[red]error[/] {error.error}", highlight=False)
    console.print(
        f"[bold]{report.articles}[/] articles coded, {report.skipped} already stored, "
        f"{report.events} events, {report.quotes} quotations, {len(report.errors)} errors "
        f"in {report.seconds:.1f} s → {db}")


def summary_command(db: DbOpt = Path("tacitus.duckdb")) -> None:
    """Summarise a database: events by dyad and code, quotations by speaker."""
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist", param_hint="--db")
    with Store(db, read_only=True) as store:
        print_summary(Console(), summarize(store))
