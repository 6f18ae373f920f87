"""The Typer application and the registration of every command."""

from __future__ import annotations

import typer

from tacitus.cli import actors, code, corpus, demo, evaluate, export, ingest, quotes
from tacitus.cli.serve import serve_command

app = typer.Typer(
    name="tacitus",
    help="Political event data from news text: who did what to whom, and who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("code")(code.code_command)
app.command("quotes")(quotes.quotes_command)
app.command("ingest")(ingest.ingest_command)
app.command("summary")(ingest.summary_command)
app.command("eval")(evaluate.eval_command)
app.command("demo")(demo.demo_command)
corpus.register(app)  # dyads, network, dedup
app.command("export")(export.export_command)
app.add_typer(actors.app, name="actors")
app.command("serve")(serve_command)
