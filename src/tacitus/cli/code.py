"""``tacitus code``: code articles and print the records."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from tacitus.cli.options import (
    ActorsOpt,
    AgentsOpt,
    DateOpt,
    KeepOpt,
    MinConfOpt,
    PatternsOpt,
    ProcessesOpt,
    StatementsOpt,
    make_settings,
    parse_date_option,
)
from tacitus.cli.output import coded_json, print_coded_table, write_json_line
from tacitus.coding import Coder
from tacitus.documents import BadRecord, read_articles
from tacitus.exports import plover_records

__all__ = ["code_command"]


class OutputFormat(StrEnum):
    json = "json"
    table = "table"
    plover = "plover"


def code_command(
    paths: Annotated[list[str], typer.Argument(
        help="Text files (first line = title), JSONL files, directories, or - for stdin.")],
    date: DateOpt = None,
    output: Annotated[OutputFormat, typer.Option(
        "--format", "-f", help="json: one CodedArticle a line; table: for people; "
        "plover: PLOVER JSONL, one event a line.")] = OutputFormat.json,
    min_confidence: MinConfOpt = 0.0,
    keep: KeepOpt = None,
    statements: StatementsOpt = False,
    patterns: PatternsOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    processes: ProcessesOpt = 1,
) -> None:
    """Code articles: print their events, actors and quotations."""
    settings = make_settings(min_confidence=min_confidence, keep=keep, statements=statements,
                             patterns=patterns, actors=actors, agents=agents)
    coder = Coder.load(settings)
    console = Console()
    errors = Console(stderr=True)
    coded_count = failed = 0
    items = read_articles(paths, date=parse_date_option(date))
    for result in coder.code_many(items, processes=processes):
        if isinstance(result, BadRecord):
            failed += 1
            errors.print(f"[red]error[/] {result.error}", highlight=False, soft_wrap=True)
            continue
        coded_count += 1
        if output is OutputFormat.table:
            print_coded_table(console, result)
        elif output is OutputFormat.plover:
            for record in plover_records(result, coder.ontology, coder.knowledge):
                write_json_line(sys.stdout, record)
        else:
            write_json_line(sys.stdout, coded_json(result))
    if failed and not coded_count:
        raise typer.Exit(code=1)
