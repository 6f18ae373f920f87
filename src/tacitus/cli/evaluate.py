"""``tacitus eval``: score the coder on gold-standard files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from tacitus.cli.options import ActorsOpt, AgentsOpt, DateOpt, make_settings, parse_date_option
from tacitus.coding import Coder
from tacitus.errors import GoldFormatError
from tacitus.evaluate import LEVELS, EvalReport, by_category, coverage, evaluate

__all__ = ["eval_command", "report_dict"]


def eval_command(
    gold: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False,
                                               help="Gold JSONL or PETRARCH XML files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[int, typer.Option("--errors", min=0,
                                        help="Show this many mis-coded records.")] = 0,
    categories: Annotated[bool, typer.Option("--categories/--no-categories",
                                             help="Per-category breakdown.")] = True,
    date: DateOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    actor_coverage: Annotated[bool, typer.Option(
        "--actor-coverage", help="Instead, report how many gold actors (by country and by "
        "code) are among the actors resolved in their sentence.")] = False,
) -> None:
    """Code every gold record and report precision, recall and F1 at five levels."""
    coder = Coder.load(make_settings(actors=actors, agents=agents))
    console = Console()
    if actor_coverage:
        for path in gold:
            found = coverage(path, coder, default_date=parse_date_option(date))
            line = {"file": found.name, "actors": found.actors,
                    "country_found": round(found.country_rate, 4),
                    "code_found": round(found.code_rate, 4)}
            if as_json:
                console.print_json(json.dumps(line))
            else:
                console.print(f"{found.name}: {found.actors} gold actors; country found "
                              f"{found.country_rate:.1%}, code found {found.code_rate:.1%}")
        return
    reports: list[EvalReport] = []
    for path in gold:
        try:
            reports.append(evaluate(path, coder, default_date=parse_date_option(date)))
        except GoldFormatError as exc:
            Console(stderr=True).print(f"[red]error[/] {exc}", highlight=False)
            raise typer.Exit(code=1) from exc
    if as_json:
        console.print_json(json.dumps([report_dict(r) for r in reports]))
        return
    for report in reports:
        _print_report(console, report, categories=categories, errors=errors)


def report_dict(report: EvalReport) -> dict[str, Any]:
    def counts(c: Any) -> dict[str, Any]:
        return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 4),
                "recall": round(c.recall, 4), "f1": round(c.f1, 4)}

    return {
        "file": report.name, "records": report.records, "scheme": report.scheme,
        "levels": {k: counts(v) for k, v in report.levels.items()},
        "code_only_records": report.code_only_records,
        "root_hit_rate": round(report.root_hit_rate, 4),
        "code_hit_rate": round(report.code_hit_rate, 4),
        "no_event_records": report.no_event_records, "no_event_clean": report.no_event_clean,
        "categories": {cat: {k: counts(v) for k, v in levels.items()}
                       for cat, levels in by_category(report).items()},
    }


def _print_report(console: Console, report: EvalReport, *, categories: bool, errors: int) -> None:
    console.rule(f"[bold]{report.name}[/] — {report.records} records ({report.scheme})")
    table = Table("level", "P", "R", "F1", "tp", "fp", "fn")
    for level in LEVELS:
        c = report.levels[level]
        if c.tp + c.fp + c.fn:
            table.add_row(level, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}",
                          str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    if report.code_only_records:
        console.print(f"code-only records: {report.code_only_records}; gold root among predicted "
                      f"{report.root_hit_rate:.1%}; exact code among predicted "
                      f"{report.code_hit_rate:.1%}")
    if report.no_event_records:
        console.print(f"no-event records: {report.no_event_clean}/{report.no_event_records} "
                      "coded with no event")
    if categories and len(report.categories) > 1:
        level = "root" if report.code_only_records else "exact"
        cats = Table("category", f"{level} P", "R", "F1", "country F1", "n gold")
        for name, levels in by_category(report).items():
            c, country = levels[level], levels["country"]
            cats.add_row(name, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}",
                         f"{country.f1:.2f}", str(c.tp + c.fn))
        console.print(cats)
    if errors:
        table = Table("id", "text", "gold", "predicted", title="errors", show_lines=True)
        for case in report.errors[:errors]:
            table.add_row(case.id, case.text[:160], "\n".join(case.gold),
                          "\n".join(case.predicted))
        console.print(table)
