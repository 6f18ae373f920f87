"""``tacitus demo``: code the bundled example articles into a database and summarise it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.summary import print_summary
from tacitus.coding import Coder
from tacitus.examples import example_articles
from tacitus.ingest import ingest
from tacitus.store import Store, summarize

__all__ = ["demo_command"]


def demo_command(
    db: Annotated[Path, typer.Option("--db", help="Database to create or update.")] = Path(
        "tacitus.duckdb"),
) -> None:
    """Code the bundled example articles into DB and show what was found."""
    console = Console()
    console.print("[bold]Tacitus demo[/]: coding the bundled example articles…")
    coder = Coder.load()
    with Store(db) as store:
        report = ingest(example_articles(), store, coder)
        console.print(
            f"{report.articles} articles coded ({report.skipped} already in {db}), "
            f"{report.events} events, {report.quotes} quotations, "
            f"{len(report.errors)} errors, {report.seconds:.1f} s\n")
        print_summary(console, summarize(store))
    console.print(f"\nThe database is [bold]{db}[/]; try: tacitus summary --db {db}")
