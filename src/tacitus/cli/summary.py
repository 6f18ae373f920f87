"""Print a store summary with rich tables."""

from __future__ import annotations

import pandas as pd
from rich.console import Console
from rich.table import Table

from tacitus.store import Summary

__all__ = ["print_summary"]


def _table(title: str, frame: pd.DataFrame) -> Table:
    table = Table(*[str(c) for c in frame.columns], title=title, title_justify="left")
    for row in frame.itertuples(index=False):
        table.add_row(*["" if pd.isna(v) else str(v) for v in row])
    return table


def print_summary(console: Console, summary: Summary) -> None:
    console.print(
        f"[bold]{summary.articles}[/] articles, [bold]{summary.events}[/] events, "
        f"[bold]{summary.quotes}[/] quotations, {summary.actors} actor mentions")
    console.print(_table("Events by dyad and CAMEO code", summary.dyads))
    console.print(_table("Events by CAMEO root", summary.codes))
    console.print(_table("Quotations by speaker", summary.quotes_by_speaker))
    sample = summary.sample_quotes.copy()
    if not sample.empty:
        sample["content"] = sample["content"].map(
            lambda t: t if len(t) < 100 else t[:99] + "…")
    console.print(_table("Some direct quotations", sample))
