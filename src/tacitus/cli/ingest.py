"""``tacitus ingest`` and ``tacitus summary``: code into the store, and show what it holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import rich.progress
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from tacitus.cli.options import (
    ActorsOpt,
    AgentsOpt,
    DateOpt,
    KeepOpt,
    MinConfOpt,
    PatternsOpt,
    ProcessesOpt,
    make_settings,
    parse_date_option,
)
from tacitus.cli.summary import print_summary
from tacitus.config import Settings
from tacitus.documents import BadRecord, count_records, read_articles
from tacitus.documents.readers import FieldMap
from tacitus.errors import TacitusError
from tacitus.ingest import IngestReport, IngestStatus, Progress
from tacitus.records import Article
from tacitus.store import Store, summarize
from tacitus.store.learned import read_learned

__all__ = ["DbOpt", "ingest_command", "summary_command"]

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB database file.")]


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _field(name: str) -> Any:
    return typer.Option(help=f"JSONL/CSV key of the {name}.")


def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files (text, JSONL, CSV, HTML, RSS/Atom), directories, globs, or - for stdin.")],
    db: DbOpt = Path("tacitus.duckdb"),
    date: DateOpt = None,
    processes: ProcessesOpt = 1,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Articles per transaction (and per Dask partition).")] = 64,
    engine: Annotated[Engine, typer.Option(
        help="local: this process (and --processes); dask: a Dask cluster.")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://host:8786); default: a local cluster.")] = None,
    workers: Annotated[int, typer.Option(
        min=1, help="Worker processes of the local Dask cluster.")] = 2,
    parts: Annotated[Path | None, typer.Option(
        help="Directory for the Dask workers' Parquet parts (shared with a remote "
             "cluster); default: a temporary directory.")] = None,
    min_confidence: MinConfOpt = 0.0,
    keep: KeepOpt = None,
    patterns: PatternsOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    id_field: Annotated[str, _field("id")] = "id",
    title_field: Annotated[str, _field("title")] = "title",
    text_field: Annotated[str, _field("text")] = "text",
    date_field: Annotated[str, _field("date")] = "date",
    source_field: Annotated[str, _field("source")] = "source",
    url_field: Annotated[str, _field("URL")] = "url",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Code articles into the database; articles already stored are skipped."""
    settings = make_settings(min_confidence=min_confidence, keep=keep, patterns=patterns,
                             actors=actors, agents=agents)
    console = Console(stderr=True)
    fields = FieldMap(id=id_field, title=title_field, text=text_field, date=date_field,
                      source=source_field, url=url_field)
    items = read_articles(paths, date=parse_date_option(date), fields=fields)
    total = None if quiet else count_records(paths)
    try:
        with Store(db) as store, _progress(console, total, quiet) as progress:
            if engine is Engine.dask:
                from tacitus.distributed import ingest_dask

                report = ingest_dask(items, store, settings, scheduler=scheduler,
                                     workers=workers, partition_size=batch_size,
                                     parts_dir=parts, learned=read_learned(store),
                                     progress=progress)
            else:
                report = _ingest_local(items, store, settings, processes=processes,
                                       batch_size=batch_size, progress=progress)
    except TacitusError as exc:
        console.print(f"[red]error[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=1) from exc
    _print_report(console, report, db)


def _ingest_local(items: Iterable[Article | BadRecord], store: Store, settings: Settings, *,
                  processes: int, batch_size: int, progress: Progress) -> IngestReport:
    from tacitus.coding import Coder
    from tacitus.ingest import ingest

    coder = Coder.load(settings)
    return ingest(items, store, coder, processes=processes, write_every=batch_size,
                  progress=progress)


@contextmanager
def _progress(console: Console, total: int | None,
              quiet: bool) -> Iterator[Progress]:
    """A rich progress bar (rate, and ETA when the total is known) fed by ingest's status."""
    columns: list[ProgressColumn] = [
        TextColumn("[bold]coding[/]"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn()]
    if total is not None:
        columns.append(TextColumn("ETA"))
        columns.append(TimeRemainingColumn())
    with rich.progress.Progress(*columns, console=console, disable=quiet,
                                transient=True) as bar:
        task = bar.add_task("coding", total=total, rate=0.0)

        def update(status: IngestStatus) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, completed=status.seen, rate=status.coded / elapsed)

        yield update


def _print_report(console: Console, report: IngestReport, db: Path) -> None:
    for error in report.errors:
        console.print(f"[red]error[/] {error.error}", highlight=False, soft_wrap=True)
    rate = report.articles / report.seconds if report.seconds else 0.0
    console.print(
        f"[bold]{report.articles}[/] articles coded, {report.skipped} already stored, "
        f"{report.events} events, {report.quotes} quotations, {len(report.errors)} errors "
        f"in {report.seconds:.1f} s ({rate:.1f} articles/s) → {db}", soft_wrap=True)


def summary_command(db: DbOpt = Path("tacitus.duckdb")) -> None:
    """Summarise a database: events by dyad and code, quotations by speaker."""
    if not db.exists():
        raise typer.BadParameter(f"{db} does not exist", param_hint="--db")
    with Store(db, read_only=True) as store:
        print_summary(Console(), summarize(store))
