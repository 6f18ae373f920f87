"""Options shared by several commands, defined once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from tacitus.config import Settings
from tacitus.documents import parse_date
from tacitus.errors import InputError

__all__ = [
    "ActorsOpt",
    "AgentsOpt",
    "DateOpt",
    "KeepOpt",
    "MinConfOpt",
    "PatternsOpt",
    "ProcessesOpt",
    "StatementsOpt",
    "make_settings",
    "parse_date_option",
]

DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Date (YYYY-MM-DD) for articles that carry none.")]
MinConfOpt = Annotated[float, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Drop events with a lower confidence.")]
StatementsOpt = Annotated[bool, typer.Option(
    "--statements", help="Also code bare statements (010) where a target is named.")]
PatternsOpt = Annotated[list[Path] | None, typer.Option(
    "--patterns", exists=True, dir_okay=False, help="Extra event pattern file (repeatable).")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", exists=True, dir_okay=False, help="PETRARCH-format actor dictionary.")]
AgentsOpt = Annotated[list[Path] | None, typer.Option(
    "--agents", exists=True, dir_okay=False, help="PETRARCH-format agent dictionary.")]
KeepOpt = Annotated[list[str] | None, typer.Option(
    "--keep", help="Also keep events dropped by default, flagged: negated, hypothetical or "
    "historical (repeatable).")]
ProcessesOpt = Annotated[int, typer.Option(
    "--processes", min=1, help="Worker processes for coding.")]


def parse_date_option(value: str | None) -> dt.date | None:
    try:
        return parse_date(value, where="--date")
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from exc


def make_settings(*, min_confidence: float = 0.0, statements: bool = False,
                  patterns: list[Path] | None = None, actors: list[Path] | None = None,
                  agents: list[Path] | None = None, keep: list[str] | None = None
                  ) -> Settings:
    kept = {k.strip().lower() for item in keep or () for k in item.split(",") if k.strip()}
    unknown = kept - _KEEPABLE
    if unknown:
        raise typer.BadParameter(f"--keep takes {', '.join(sorted(_KEEPABLE))}, not "
                                 f"{', '.join(sorted(unknown))}")
    return Settings(min_confidence=min_confidence, statements=statements,
                    patterns=tuple(patterns or ()), actor_files=tuple(actors or ()),
                    agent_files=tuple(agents or ()), keep_negated="negated" in kept,
                    keep_hypothetical="hypothetical" in kept,
                    keep_historical="historical" in kept)


_KEEPABLE = frozenset({"negated", "hypothetical", "historical"})
