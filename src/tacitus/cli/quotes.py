"""``tacitus quotes``: who said what."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.options import DateOpt, parse_date_option
from tacitus.cli.output import write_json_line
from tacitus.coding import Coder
from tacitus.documents import BadRecord, read_articles
from tacitus.records import to_dict

__all__ = ["quotes_command"]


def quotes_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    date: DateOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One quotation a line, as JSON.")] = False,
) -> None:
    """List the quotations of articles: kind, speaker (with actor code), cue and words."""
    coder = Coder.load()
    console, errors = Console(), Console(stderr=True)
    for result in coder.code_many(read_articles(paths, date=parse_date_option(date))):
        if isinstance(result, BadRecord):
            errors.print(f"[red]error[/] {result.error}", highlight=False)
            continue
        if as_json:
            for quote in result.quotes:
                write_json_line(sys.stdout, {"article_id": result.article.id, **to_dict(quote)})
            continue
        table = Table("kind", "speaker", "code", "cue", "words",
                      title=result.article.title or result.article.id, title_justify="left")
        for quote in result.quotes:
            speaker = quote.speaker
            table.add_row(quote.kind, (speaker.name or speaker.span.text) if speaker else "?",
                          (speaker.code or "") if speaker else "",
                          quote.cue.text if quote.cue else "", quote.content.text)
        console.print(table)
