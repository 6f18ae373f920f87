"""How the CLI shows records to people (rich tables) and to programs (JSON lines)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from tacitus.records import CodedArticle, to_dict

__all__ = ["print_coded_table", "write_json_line"]


def write_json_line(stream: TextIO, value: Any) -> None:
    stream.write(json.dumps(value, ensure_ascii=False) + "\n")


def coded_json(coded: CodedArticle) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(coded)
    return data


def print_coded_table(console: Console, coded: CodedArticle) -> None:
    article = coded.article
    console.rule(f"[bold]{article.title or article.id}[/] ({article.date or 'no date'})")
    table = Table("source", "target", "CAMEO", "name", "PLOVER", "date", "conf", "trigger",
                  title="events", title_justify="left")
    for event in coded.events:
        table.add_row(event.source.code or "", event.target.code or "", event.cameo.code,
                      event.cameo.name, event.plover.event, str(event.date or ""),
                      f"{event.confidence:.2f}", event.trigger.text)
    console.print(table)
    quotes = Table("kind", "speaker", "code", "content", title="quotations",
                   title_justify="left")
    for quote in coded.quotes:
        speaker = quote.speaker
        quotes.add_row(quote.kind, (speaker.name or speaker.span.text) if speaker else "?",
                       speaker.code or "" if speaker else "", _short(quote.content.text))
    console.print(quotes)
    for warning in coded.warnings:
        console.print(f"[yellow]warning[/] {warning}")


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
